import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPreset, presetNames } from '@goodhart/experiment';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './index';
import { memoryIo } from './memory-io';

describe('runCli in process', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'goodhart-run-cli-'));
    await writeFile(
      join(dir, 'spec.json'),
      JSON.stringify({ name: 'ok', arms: [{ name: 'a', model: { kind: 'random' } }] }),
    );
    await writeFile(join(dir, 'broken.json'), '{ "name": ');
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('validates a good spec: its name, run count and hash', async () => {
    const io = memoryIo(dir);
    expect(await runCli(['validate', 'spec.json'], io)).toBe(0);
    expect(io.stdout()).toMatch(/^spec\.json: valid — "ok", 3 runs, hash [0-9a-f]{16}\n$/);
  });

  it('lists every preset with its claims: statement, comparison, expected sign and source', async () => {
    const io = memoryIo(dir);
    expect(await runCli(['presets'], io)).toBe(0);
    for (const name of presetNames) {
      const preset = getPreset(name);
      expect(io.stdout()).toContain(`${name}  (${preset.kind}, ${preset.arms.length} arms, `);
      for (const claim of preset.claims ?? []) {
        expect(io.stdout()).toContain(`  ${claim.id}: ${claim.statement}\n`);
        expect(io.stdout()).toContain(`, expected ${claim.expected}; source: ${claim.source}\n`);
      }
    }
  });

  it('exits 2 with a reason for bad flags, unreadable files and broken JSON', async () => {
    const cases: [string[], RegExp][] = [
      [['run', 'spec.json', '--seeds', 'three'], /--seeds must be a positive integer, got "three"/],
      [['run', 'spec.json', '--concurrency', '0'], /--concurrency must be a positive integer/],
      [['run', 'spec.json', '--sedes', '3'], /Unknown option '--sedes'/],
      [['run', 'missing.json'], /cannot read .*missing\.json: ENOENT/],
      [['validate', 'broken.json'], /broken\.json is not valid JSON/],
      [['frobnicate'], /unknown command "frobnicate"/],
    ];
    for (const [argv, message] of cases) {
      const io = memoryIo(dir);
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr()).toMatch(message);
    }
  });

  it('applies --seeds and --rounds before validating', async () => {
    const io = memoryIo(dir);
    expect(await runCli(['run', 'spec.json', '--rounds', '501'], io)).toBe(2);
    expect(io.stderr()).toMatch(/rounds: Too big/);
  });

  it('gives the same results in the same order on run threads as one after another', async () => {
    await writeFile(
      join(dir, 'small.json'),
      JSON.stringify({
        name: 'small',
        world: { numUsers: 40, numItems: 25, numCreators: 5, slateSize: 4 },
        rounds: 2,
        seeds: { count: 2, base: 5 },
        arms: [
          { name: 'mf', model: { kind: 'mf', embeddingDim: 4 } },
          { name: 'popularity', model: { kind: 'popularity' } },
        ],
      }),
    );
    const outputs: unknown[] = [];
    for (const concurrency of ['1', '3']) {
      const io = memoryIo(dir);
      const out = `small-${concurrency}.json`;
      const argv = ['run', 'small.json', '--concurrency', concurrency, '--out', out];
      expect(await runCli(argv, io), io.stderr()).toBe(0);
      expect(io.stdout()).toMatch(
        new RegExp(`4 runs on \\w+, ${concurrency} at once, in [0-9.]+ s`),
      );
      outputs.push(JSON.parse(await readFile(join(dir, out), 'utf8')).runs);
    }
    const [inProcess, threaded] = outputs as { key: string }[][];
    expect(threaded?.map((run) => run.key)).toEqual([
      'arm=mf|seed=5',
      'arm=popularity|seed=5',
      'arm=mf|seed=6',
      'arm=popularity|seed=6',
    ]);
    expect(threaded).toEqual(inProcess);
  });
});
