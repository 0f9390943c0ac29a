import type { InteractionLog } from '@goodhart/sim';
import { describe, expect, it } from 'vitest';
import { TrainingWindow } from './training-window';

function log(round: number, items: number[]): InteractionLog {
  const n = items.length;
  return {
    round,
    length: n,
    user: Int32Array.from(items, (_, k) => k),
    item: Int32Array.from(items),
    position: new Int32Array(n),
    clicked: Uint8Array.from(items, (item) => item % 2),
    watchTime: Float32Array.from(items, (item) => item / 10),
    satisfaction: new Float32Array(n).fill(Number.NaN),
  };
}

describe('TrainingWindow', () => {
  it('keeps the last N rounds of logs, oldest first', () => {
    const window = new TrainingWindow(2, 10);
    window.add(log(0, [1, 2]));
    window.add(log(1, [3]));
    window.add(log(2, [4, 5]));
    const data = window.data();
    expect(Array.from(data.item)).toEqual([3, 4, 5]);
    expect(Array.from(data.clicked)).toEqual([1, 0, 1]);
    expect(data.watchTime[2]).toBeCloseTo(0.5);
    expect(data.length).toBe(3);
  });

  it('drops impressions of slots refilled after they were logged', () => {
    const window = new TrainingWindow(5, 10);
    window.add(log(0, [1, 2, 3]));
    window.itemsReplaced(Int32Array.from([2]), 1); // slot 2 holds a new item from round 1 on
    window.add(log(1, [2, 3]));
    expect(Array.from(window.data().item)).toEqual([1, 3, 2, 3]);
  });
});
