import { describe, expect, it } from 'vitest';
import { runId } from './run-id';

describe('runId', () => {
  it('is a version-8 uuid that depends on both the experiment and the key', () => {
    const id = runId('0123456789abcdef', 'arm=a|seed=1');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(runId('0123456789abcdef', 'arm=a|seed=1')).toBe(id);
    expect(runId('0123456789abcdef', 'arm=a|seed=2')).not.toBe(id);
    expect(runId('0123456789abcdee', 'arm=a|seed=1')).not.toBe(id);
  });

  it('cannot be confused by moving text between the id and the key', () => {
    expect(runId('ab', 'c')).not.toBe(runId('a', 'bc'));
  });
});
