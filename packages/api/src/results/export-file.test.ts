import type { ExperimentRecord } from '@goodhart/store';
import { describe, expect, it } from 'vitest';
import { csvField, exportCsv } from './export-file';
import type { RunRounds } from './run-rounds';

const experiment: ExperimentRecord = {
  id: '0123456789abcdef',
  name: 'Click trap, small',
  preset: null,
  status: 'succeeded',
  createdAt: '2026-01-01T00:00:00.000Z',
  cancelled: false,
  counts: { queued: 0, running: 0, succeeded: 1, failed: 0, cancelled: 0 },
  totalRuns: 1,
  arms: ['a,b'],
  spec: {},
};

const run: RunRounds = {
  runId: 'r',
  key: 'arm=a,b|rounds=2|seed=1',
  group: 'arm=a,b|rounds=2',
  arm: 'a,b',
  seed: 1,
  params: { rounds: 2 },
  status: 'succeeded',
  summary: { ctr: 0.5 },
  rounds: [
    { round: 0, metrics: { ctr: 0.25, welfare: null } },
    { round: 1, metrics: { ctr: 0.5, welfare: 1.5 } },
  ],
};

describe('exportCsv', () => {
  it('writes one row per run and round, params and metrics as columns, quoting as needed', () => {
    const file = exportCsv(experiment, [run]);
    expect(file.filename).toBe('click-trap-small-0123456789abcdef.csv');
    expect(file.contentType).toBe('text/csv');
    expect(file.body).toBe(
      [
        'experiment_id,run_key,arm,seed,rounds,round,ctr,welfare',
        '0123456789abcdef,"arm=a,b|rounds=2|seed=1","a,b",1,2,0,0.25,',
        '0123456789abcdef,"arm=a,b|rounds=2|seed=1","a,b",1,2,1,0.5,1.5',
        '',
      ].join('\n'),
    );
  });
});

describe('csvField', () => {
  it('doubles quotes inside a quoted field and leaves plain text alone', () => {
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});
