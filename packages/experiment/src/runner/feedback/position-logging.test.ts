import type { InteractionLog } from '@goodhart/sim';
import { describe, expect, test } from 'vitest';
import { PositionLogging } from './position-logging';

/** A log of impressions (user, slot, clicked); the other columns do not matter here. */
function logOf(rows: Array<[number, number, number]>): InteractionLog {
  const n = rows.length;
  return {
    round: 0,
    length: n,
    user: Int32Array.from(rows, (r) => r[0]),
    item: new Int32Array(n),
    position: Int32Array.from(rows, (r) => r[1]),
    clicked: Uint8Array.from(rows, (r) => r[2]),
    watchTime: new Float32Array(n),
    satisfaction: new Float32Array(n).fill(Number.NaN),
  };
}

describe('PositionLogging', () => {
  test('corrects nothing before anything was randomised', () => {
    expect(Array.from(new PositionLogging(3, 2).curve())).toEqual([1, 1]);
  });

  test('estimates the curve from the impressions of the rows the decision rule randomised', () => {
    const logging = new PositionLogging(3, 2);
    const users = Int32Array.of(2, 0);
    // The decision rule shuffled row 0 (user 2), not row 1 (user 0).
    logging.randomisedRows(2).set([1, 0]);
    logging.served(users, false);
    // User 2 (randomised): slot 0 clicked twice of 2, slot 1 once of 2 → θ̂_1 = 0.5 / 1.
    // User 0 (ranked) clicks only at slot 1, which would say θ̂_1 = 1 if it counted.
    logging.logged(
      logOf([
        [2, 0, 1],
        [2, 1, 1],
        [2, 0, 1],
        [2, 1, 0],
        [0, 0, 0],
        [0, 1, 1],
      ]),
    );
    expect(Array.from(logging.curve())).toEqual([1, 0.5]);
    // Against the world's 1 / (1 + k): worst error 0 at both slots.
    expect(logging.curveError([1, 0.5])).toBe(0);
  });

  test('a start-up round counts every row as randomised', () => {
    const logging = new PositionLogging(2, 2);
    logging.randomisedRows(2).fill(0);
    logging.served(Int32Array.of(0, 1), true);
    // CTR 2/2 at slot 0 and 1/4 at slot 1: θ̂_1 = 0.25.
    logging.logged(
      logOf([
        [0, 0, 1],
        [1, 0, 1],
        [0, 1, 0],
        [1, 1, 1],
        [0, 1, 0],
        [1, 1, 0],
      ]),
    );
    expect(Array.from(logging.curve())).toEqual([1, 0.25]);
    expect(logging.curveError([1, 0.5])).toBe(0.25);
  });
});
