/**
 * `pnpm bench -- --quick` end to end: every case runs in its own child process and prints its
 * table. The figures themselves are never asserted (they depend on the machine); that each
 * case ran, on which backend, with its memory and the targets table, is.
 */
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../e2e/support/app-server';

const run = promisify(execFile);

describe('pnpm bench --quick', () => {
  let output = '';

  beforeAll(async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/main.ts', '--quick'], {
      cwd: path.join(repoRoot, 'bench'),
      maxBuffer: 16 * 1024 * 1024,
    });
    output = stdout;
  });

  it('names the machine: its cores and Node version', () => {
    expect(output).toContain(`machine: ${availableParallelism()} cores`);
    expect(output).toContain(`Node ${process.version}`);
  });

  it('prints a table for every case, each with its backend and peak memory', () => {
    for (const title of [
      '## Content filtering, T-RECS style',
      '## Click-trap preset, arm click-bce, 10,000 × 5,000',
      '## sim oracle and true scores, 10,000 × 5,000',
      '## Training throughput (examples per second)',
      '## Metrics on 10,000 users',
    ]) {
      expect(output).toContain(title);
    }
    const sections = output.split('\n## ').slice(1);
    for (const section of sections.filter((s) => !s.startsWith('Targets'))) {
      expect(section).toMatch(/^backend: \S/m);
      expect(section).toMatch(/peak memory \(.+\): maxRSS \d+ MiB/);
    }
    // The click-trap round and training run on TensorFlow.js: wasm here, as the default.
    expect(output).toMatch(/## Click-trap[^\n]*\nbackend: wasm/);
    for (const phase of ['recommend', 'simulate', 'train', 'oracle', 'metrics']) {
      expect(output).toMatch(new RegExp(`\\n${phase}[^\\n]*\\s\\d+\\.\\d{3}\\s+\\d+%`));
    }
    expect(output).toMatch(/\nwasm\s+mf \(click head\)\s+[\d,]+/);
    expect(output).toMatch(/\ncpu\s+mmoe \(click, satisfaction, watch time\)\s+[\d,]+/);
  });

  it('states the issue targets with a measured figure and a verdict for each', () => {
    const targets = output.slice(output.indexOf('## Targets'));
    expect(targets).toMatch(
      /content:large\S*\s+[\d.]+ CPU s\/step, peak \d+ MiB\s+≤ [\d.]+ CPU s\/step, < \d+ MiB\s+(yes|NO)/,
    );
    expect(targets).toMatch(/click-trap:10000x5000\S*\s+[\d.]+ s\/round\s+≤ 2 s\/round\s+(yes|NO)/);
  });
});
