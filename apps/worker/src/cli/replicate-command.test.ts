import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './index';
import { memoryIo } from './memory-io';

const claim = {
  source: 'test',
  metric: 'meanWelfare',
  expected: 'negative',
};

/** Two tiny "presets" as spec files: one with a gated claim and a sweep, one without claims. */
const swept = {
  name: 'tiny-swept',
  world: { numUsers: 40, numItems: 25, numCreators: 5, slateSize: 4 },
  rounds: 2,
  seeds: { count: 3, base: 1 },
  sweep: { axes: [{ path: 'world.click.clickbait', values: [0, 1] }] },
  arms: [
    { name: 'ideal', model: { kind: 'ideal' } },
    { name: 'pop', model: { kind: 'popularity' } },
  ],
  claims: [
    {
      ...claim,
      id: 'pop-below-ideal',
      statement: 'Popularity | below ideal.',
      compare: { kind: 'arms', arm: 'pop', reference: 'ideal' },
      gate: { metric: 'relevanceAucPerUser', min: 0.6, arms: ['pop'] },
    },
    {
      ...claim,
      id: 'clickbait-trend',
      statement: 'Welfare falls with clickbait.',
      compare: { kind: 'trend', arm: 'pop', axis: 'world.click.clickbait' },
    },
  ],
};
const plain = { ...swept, name: 'tiny-plain', sweep: undefined, claims: undefined };

describe('goodhart replicate', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'goodhart-replicate-'));
    await writeFile(join(dir, 'swept.json'), JSON.stringify(swept));
    await writeFile(join(dir, 'plain.json'), JSON.stringify(plain));
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ ...swept, reference: 'nobody' }));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('runs each named spec, prints its verdicts and the totals, and writes markdown and JSON', async () => {
    const io = memoryIo(dir);
    const argv = [
      'replicate',
      '--preset',
      'swept.json',
      'plain.json',
      '--seeds',
      '2',
      '--concurrency',
      '1',
    ];
    expect(await runCli([...argv, '--out', 'table.json'], io), io.stderr()).toBe(0);
    const stdout = io.stdout();
    expect(stdout).toMatch(
      /^tiny-swept \([0-9a-f]{16}\) — 2 seeds, 8 runs, [0-9.]+ s wall, [0-9.]+ s CPU$/m,
    );
    // one verdict per grid point for the arms claim; one for the trend, which spans the axis
    const verdict = '(reproduced|contradicted|no effect|inconclusive)';
    expect(stdout).toMatch(
      new RegExp(`^pop-below-ideal\\s+world\\.click\\.clickbait=0\\s+${verdict}`, 'm'),
    );
    expect(stdout).toMatch(
      new RegExp(`^pop-below-ideal\\s+world\\.click\\.clickbait=1\\s+${verdict}`, 'm'),
    );
    expect(stdout).toMatch(
      new RegExp(`^clickbait-trend\\s+${verdict}\\s+slope of meanWelfare`, 'm'),
    );
    expect(stdout).toMatch(/relevanceAucPerUser: pop \S+ [<≥] 0\.6/);
    expect(stdout).toMatch(/^ {2}pop-below-ideal: Popularity \| below ideal\. \[test\]$/m);
    expect(stdout).toMatch(/^tiny-plain .*\n {2}declares no claims$/m);
    expect(stdout).toMatch(
      /^3 verdicts from 2 preset\(s\) in [0-9.]+ s wall, [0-9.]+ s CPU \(.+, \d+ cores, Node v/m,
    );

    const json = JSON.parse(await readFile(join(dir, 'table.json'), 'utf8'));
    expect(
      json.rows.map((row: { preset: string; claim: { id: string } }) => [row.preset, row.claim.id]),
    ).toEqual([
      ['tiny-swept', 'pop-below-ideal'],
      ['tiny-swept', 'pop-below-ideal'],
      ['tiny-swept', 'clickbait-trend'],
    ]);
    expect(json.rows[0].effect.n).toBe(2);
    expect(json.rows[0].learnability.arms[0].arm).toBe('pop');
    expect(
      json.presets.map((run: { runs: number; seeds: number }) => [run.runs, run.seeds]),
    ).toEqual([
      [8, 2],
      [4, 2],
    ]);
    expect(json.cpuSeconds).toBeGreaterThan(0);

    const markdownIo = memoryIo(dir);
    const one = ['replicate', 'plain.json', '--seeds', '2', '--rounds', '1', '--concurrency', '1'];
    expect(await runCli([...one, '--out', 'table.md'], markdownIo), markdownIo.stderr()).toBe(0);
    const markdown = await readFile(join(dir, 'table.md'), 'utf8');
    expect(markdown).toMatch(/^# Replication table\n\nGenerated .+ s wall, .+ s CPU\.$/m);
    expect(markdown).toMatch(/^\| tiny-plain \| 2 \| 1 \| 4 \| 0 \| [0-9.]+ \| [0-9.]+ \|$/m);
  });

  it('refuses a bad spec, an unknown preset or an unwritable --out before running anything', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['replicate', 'swept.json', 'bad.json'],
        /bad\.json: invalid spec.*\n {2}reference: no arm named "nobody"/,
      ],
      [['replicate', '--preset', 'click-trip'], /unknown preset "click-trip"/],
      [
        ['replicate', 'swept.json', '--out', 'missing-dir/table.md'],
        /--out: cannot write to .*missing-dir \(ENOENT\)/,
      ],
      [
        ['replicate', 'swept.json', '--out', 'table.txt'],
        /--out must end in \.md or \.json, got "table\.txt"/,
      ],
    ];
    for (const [argv, message] of cases) {
      const io = memoryIo(dir);
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr()).toMatch(message);
      expect(io.stderr()).not.toMatch(/replicating/);
    }
  });
});
