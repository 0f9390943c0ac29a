import { describe, expect, it } from 'vitest';
import { parseWorkerArgs } from './worker-command';

describe('parseWorkerArgs', () => {
  it('reads --concurrency, --id and --once', () => {
    expect(parseWorkerArgs(['--concurrency', '3', '--id', 'box-1', '--once'], {})).toEqual({
      concurrency: 3,
      workerId: 'box-1',
      once: true,
    });
  });

  it('falls back to GOODHART_WORKER_CONCURRENCY, else leaves the choice to the worker', () => {
    expect(parseWorkerArgs([], { GOODHART_WORKER_CONCURRENCY: '5' }).concurrency).toBe(5);
    expect(parseWorkerArgs([], {})).toEqual({
      concurrency: undefined,
      workerId: undefined,
      once: false,
    });
  });

  it('rejects a concurrency that is not a positive integer, and stray arguments', () => {
    expect(() => parseWorkerArgs(['--concurrency', '0'], {})).toThrow(
      '--concurrency must be a positive integer, got "0"',
    );
    expect(() => parseWorkerArgs(['--concurrency', '1.5'], {})).toThrow('positive integer');
    expect(() => parseWorkerArgs(['extra'], {})).toThrow('unexpected argument "extra"');
    expect(() => parseWorkerArgs(['--bogus'], {})).toThrow();
  });
});
