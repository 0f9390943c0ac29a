import { describe, expect, it } from 'vitest';
import { isActive, roundsFraction, runsFraction } from './progress';

describe('roundsFraction', () => {
  it('adds the rounds of every run, counting a succeeded run as whole', () => {
    const runs = [
      { status: 'succeeded', currentRound: 3, totalRounds: 4 },
      { status: 'running', currentRound: 2, totalRounds: 4 },
      { status: 'queued', currentRound: 0, totalRounds: 2 },
    ];
    expect(roundsFraction(runs)).toBe(6 / 10);
    expect(roundsFraction([])).toBe(0);
  });
});

describe('runsFraction', () => {
  it('counts every final state as finished', () => {
    expect(runsFraction({ succeeded: 2, failed: 1, running: 1 }, 8)).toBe(3 / 8);
  });
});

describe('isActive', () => {
  it('is true only while runs wait or run', () => {
    expect(['queued', 'running', 'succeeded', 'cancelled'].map(isActive)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
