import { describe, expect, it } from 'vitest';
import { emptyCounts, experimentStatus } from './experiment-status';

describe('experimentStatus', () => {
  const counts = (partial: Partial<ReturnType<typeof emptyCounts>>) => ({
    ...emptyCounts(),
    ...partial,
  });

  it('is cancelled once cancelled, whatever the runs say', () => {
    expect(experimentStatus(counts({ running: 2, succeeded: 1 }), true)).toBe('cancelled');
  });

  it('is running while any run runs, even with others queued or failed', () => {
    expect(experimentStatus(counts({ queued: 3, running: 1, failed: 1 }), false)).toBe('running');
  });

  it('is queued while runs wait and none runs', () => {
    expect(experimentStatus(counts({ queued: 1, succeeded: 4 }), false)).toBe('queued');
  });

  it('is failed when all are done and one failed, succeeded when all succeeded', () => {
    expect(experimentStatus(counts({ succeeded: 7, failed: 1 }), false)).toBe('failed');
    expect(experimentStatus(counts({ succeeded: 8 }), false)).toBe('succeeded');
  });
});
