import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const workerDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `goodhart <args>` as a real process, the way `pnpm goodhart` starts it: in apps/worker,
 * with INIT_CWD naming the directory the user typed the command in.
 */
function goodhart(args: string[], userDir: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
      cwd: workerDir,
      env: { ...process.env, INIT_CWD: userDir },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const tinySpec = {
  name: 'tiny',
  world: { numUsers: 50, numItems: 30, numCreators: 5, slateSize: 4 },
  rounds: 2,
  seeds: { count: 1, base: 3 },
  arms: [
    { name: 'click', model: { kind: 'mf', embeddingDim: 4 } },
    { name: 'ideal', model: { kind: 'ideal' } },
  ],
  claims: [
    {
      id: 'welfare',
      statement: 'Ideal beats clicks on welfare.',
      source: 'test',
      metric: 'meanWelfare',
      compare: { kind: 'arms', arm: 'ideal', reference: 'click' },
      expected: 'positive',
    },
  ],
};

describe('goodhart command line', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'goodhart-cli-'));
    await writeFile(join(dir, 'tiny.json'), JSON.stringify(tinySpec));
    await writeFile(
      join(dir, 'bad.json'),
      JSON.stringify({ ...tinySpec, rounds: 0, seeds: { count: 1, bsae: 1 } }),
    );
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('runs a spec file, prints the arm, paired and claim tables, and writes JSON and CSV', async () => {
    const { code, stdout, stderr } = await goodhart(
      ['run', 'tiny.json', '--seeds', '2', '--out', 'out.json', '--csv', 'out.csv'],
      dir,
    );
    expect(stderr).toMatch(/run 4\/4 arm=ideal\|seed=4/);
    expect(code).toBe(0);
    expect(stdout).toMatch(/tiny \([0-9a-f]{16}\) — 4 runs on (tensorflow|wasm|cpu)/);
    expect(stdout).toMatch(/^each arm on its own \(unpaired spread\)/m);
    expect(stdout).toMatch(/^metric\s+click\s+ideal$/m);
    expect(stdout).toMatch(/^meanWelfare\s+\S+ \[\S+, \S+\]\s+\S+ \[\S+, \S+\]$/m);
    // the paired table: ideal − click, seed by seed, with the seeds above 0 of 2
    expect(stdout).toMatch(/^paired by seed, arm − click: /m);
    expect(stdout).toMatch(/^meanWelfare\s+\S+ \[\S+, \S+\] [0-2]\/2$/m);
    expect(stdout).toMatch(
      /^welfare\s+(reproduced|contradicted|no effect|inconclusive)\s+meanWelfare: ideal − click\s+\S+ \[\S+, \S+\]\s+[0-2]\/2 positive\s+-$/m,
    );

    const json = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8'));
    expect(json.spec.seeds).toEqual({ count: 2, base: 3 });
    expect(json.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(json.runs).toHaveLength(4);
    expect(json.runs[0].rounds).toHaveLength(2);
    expect(json.summary.map((group: { arm: string }) => group.arm)).toEqual(['click', 'ideal']);
    expect(json.paired).toHaveLength(1);
    expect(json.paired[0]).toMatchObject({ arm: 'ideal', reference: 'click', params: {} });
    expect(json.paired[0].metrics.meanWelfare.n).toBe(2);
    expect(json.verdicts).toHaveLength(1);
    expect(json.verdicts[0].claim.id).toBe('welfare');

    const csv = (await readFile(join(dir, 'out.csv'), 'utf8')).trimEnd().split('\n');
    expect(csv).toHaveLength(1 + 4 * 2);
    // metric columns follow the run identity and the round, in first-seen order
    expect(csv[0]).toMatch(/^key,arm,seed,round,(\w+,)*trainLoss,/);
    expect(csv[1]).toMatch(/^arm=click\|seed=3,click,3,0,/);
    const paired = (await readFile(join(dir, 'out.paired.csv'), 'utf8')).trimEnd().split('\n');
    expect(paired[0]).toBe('arm,reference,metric,mean,lower,upper,n,seedsAboveZero');
    expect(paired).toContainEqual(
      expect.stringMatching(/^ideal,click,meanWelfare,[-0-9.e]+,[-0-9.e]+,[-0-9.e]+,2,[0-2]$/),
    );
  });

  it('prints every wrong field of a bad spec and exits 2; names the presets for an unknown one', async () => {
    const bad = await goodhart(['run', 'bad.json'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/rounds: Too small/);
    expect(bad.stderr).toMatch(/seeds\.bsae: unknown field/);
    const unknown = await goodhart(['run', 'click-trip'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown preset "click-trip"; known presets: click-trap, /);
  });
});
