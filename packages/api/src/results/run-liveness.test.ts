import { describe, expect, it } from 'vitest';
import { runLiveness } from './run-liveness';

const at = (iso: string) => Date.parse(iso);

describe('runLiveness', () => {
  it('counts the silence of a running run and calls it stalled past the lease', () => {
    const run = { status: 'running' as const, heartbeatAt: '2026-11-27T10:00:00.000Z' };
    expect(runLiveness(run, 60_000, at('2026-11-27T10:00:45.000Z'))).toEqual({
      silentForMs: 45_000,
      stalled: false,
    });
    expect(runLiveness(run, 60_000, at('2026-11-27T10:01:00.000Z')).stalled).toBe(false);
    expect(runLiveness(run, 60_000, at('2026-11-27T10:01:00.001Z'))).toEqual({
      silentForMs: 60_001,
      stalled: true,
    });
  });

  it('says nothing of runs that are not running', () => {
    for (const status of ['queued', 'succeeded', 'failed', 'cancelled'] as const) {
      expect(
        runLiveness({ status, heartbeatAt: '2026-11-27T09:00:00.000Z' }, 1, at('2026-11-28')),
      ).toEqual({ silentForMs: null, stalled: false });
    }
  });
});
