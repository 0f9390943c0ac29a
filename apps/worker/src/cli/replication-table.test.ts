import { describe, expect, it } from 'vitest';
import { type Replication, replicationMarkdown } from './replication-table';

describe('replicationMarkdown', () => {
  it('gives the machine and times, one row per verdict and one per preset, with pipes escaped', () => {
    const replication: Replication = {
      generatedAt: '2026-11-28T03:00:00.000Z',
      machine: { cpu: 'Test CPU', cores: 2, loadAverage: [1, 0.5, 0.25], node: 'v22.0.0' },
      seconds: 61.4,
      cpuSeconds: 118.6,
      presets: [
        {
          preset: 'p',
          hash: 'h',
          seeds: 5,
          rounds: 20,
          runs: 10,
          claims: 1,
          seconds: 61.4,
          cpuSeconds: 118.6,
        },
      ],
      rows: [
        {
          preset: 'p',
          hash: 'h',
          claim: {
            id: 'c',
            statement: 'a | b',
            source: 'seed',
            metric: 'm',
            compare: { kind: 'zero', arm: 'x' },
            expected: 'positive',
          },
          params: { k: 1 },
          verdict: 'no effect',
          reason: 'interval spans 0',
          effect: { mean: 0.1, lower: -0.1, upper: 0.3, n: 5, agreeing: 4 },
        },
      ],
    };
    const lines = replicationMarkdown(replication).split('\n');
    expect(lines[2]).toBe(
      'Generated 2026-11-28T03:00:00.000Z on Test CPU, 2 cores, load average 1.00 0.50 0.25 at start, Node v22.0.0: 61 s wall, 119 s CPU.',
    );
    expect(lines).toContain(
      '| p | **c** (at k=1): a \\| b | seed | no effect | m of x | 0.1 [-0.1, 0.3] | 4/5 positive | - |',
    );
    expect(lines).toContain('| p | 5 | 20 | 10 | 1 | 61.4 | 118.6 |');
  });
});
