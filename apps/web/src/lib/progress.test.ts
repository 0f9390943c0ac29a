import { describe, expect, it } from 'vitest';
import {
  hasUnseenRounds,
  isActive,
  isResumable,
  isSettling,
  listProgress,
  roundsFraction,
  runsFraction,
} from './progress';

describe('isSettling', () => {
  it('keeps a cancelled experiment live while a run still runs or waits', () => {
    expect(isSettling({ status: 'cancelled', counts: { running: 1, cancelled: 3 } })).toBe(true);
    expect(isSettling({ status: 'cancelled', counts: { queued: 1 } })).toBe(true);
    expect(isSettling({ status: 'cancelled', counts: { cancelled: 4 } })).toBe(false);
    expect(isSettling({ status: 'running', counts: {} })).toBe(true);
    expect(isSettling({ status: 'succeeded', counts: { succeeded: 4 } })).toBe(false);
  });
});

describe('isResumable', () => {
  it('is a cancelled or failed experiment with nothing left running', () => {
    expect(isResumable({ status: 'cancelled', counts: { cancelled: 4 } })).toBe(true);
    expect(isResumable({ status: 'failed', counts: { failed: 1, succeeded: 3 } })).toBe(true);
    expect(isResumable({ status: 'cancelled', counts: { running: 1 } })).toBe(false);
    expect(isResumable({ status: 'succeeded', counts: { succeeded: 4 } })).toBe(false);
  });
});

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

describe('listProgress', () => {
  const row = { counts: { succeeded: 4 }, totalRuns: 4 };
  const running = {
    experiment: { status: 'running' },
    runs: [
      { status: 'succeeded', currentRound: 8, totalRounds: 8 },
      { status: 'running', currentRound: 6, totalRounds: 8 },
    ],
  };

  it('counts rounds when the details were read in the state the row shows', () => {
    // (8 + 6) / 16 rounds.
    expect(listProgress({ ...row, status: 'running' }, running)).toBe(14 / 16);
  });

  it("takes the row's own counts while its details lag behind it", () => {
    // The list already says succeeded (4 of 4 runs); the details still hold the running read.
    expect(listProgress({ ...row, status: 'succeeded' }, running)).toBe(1);
    expect(
      listProgress({ status: 'running', counts: { succeeded: 1 }, totalRuns: 4 }, undefined),
    ).toBe(0.25);
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

describe('hasUnseenRounds', () => {
  const runs = [{ currentRound: 3 }, { currentRound: 2 }];
  it('is true while the held rounds are fewer than the rounds the runs report', () => {
    expect(hasUnseenRounds([{ rounds: [0, 1, 2] }, { rounds: [0] }], runs)).toBe(true);
    expect(hasUnseenRounds(undefined, runs)).toBe(true);
  });
  it('is false once every finished round is held', () => {
    expect(hasUnseenRounds([{ rounds: [0, 1, 2] }, { rounds: [0, 1] }], runs)).toBe(false);
    expect(hasUnseenRounds(undefined, [{ currentRound: 0 }])).toBe(false);
  });
});
