import { createRng } from '@goodhart/random';
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
    dismissed: new Uint8Array(n),
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

  it('keeps each log’s reward labels with its rows, and drops them with the log', () => {
    const labelsOf = (values: number[]) => ({
      target: Float32Array.from(values, (v) => (v > 0 ? 1 : 0)),
      weight: Float32Array.from(values, Math.abs),
    });
    const window = new TrainingWindow(2, 10);
    window.add(log(0, [1, 2]), labelsOf([5, -5]));
    window.add(log(1, [3]), labelsOf([0.5]));
    window.add(log(2, [4, 5]), labelsOf([-2, 3]));
    const labels = window.data().rewardLabels;
    expect(Array.from(labels?.target ?? [])).toEqual([1, 0, 1]);
    expect(Array.from(labels?.weight ?? [])).toEqual([0.5, 2, 3]);
    // A window with a log added without labels carries none.
    window.add(log(3, [6]));
    expect(window.data().rewardLabels).toBeUndefined();
  });

  it('drops impressions of slots refilled after they were logged', () => {
    const window = new TrainingWindow(5, 10);
    window.add(log(0, [1, 2, 3]));
    window.itemsReplaced(Int32Array.from([2]), 1); // slot 2 holds a new item from round 1 on
    window.add(log(1, [2, 3]));
    expect(Array.from(window.data().item)).toEqual([1, 3, 2, 3]);
  });
});

describe('TrainingWindow.sample', () => {
  function filled(): TrainingWindow {
    const window = new TrainingWindow(3, 100);
    window.add(log(0, [10, 11, 12, 13]));
    window.add(log(1, [20, 21, 22, 23]));
    window.add(log(2, [30, 31]));
    return window;
  }

  it('takes every new impression, then ratio x as many distinct older ones', () => {
    const data = filled().sample(1, 1.5, createRng(7));
    const items = Array.from(data.item);
    expect(items.slice(0, 2)).toEqual([30, 31]);
    // round(1.5 * 2) = 3 of the 8 older impressions, no repeats, none of them new.
    const replayed = items.slice(2);
    expect(replayed).toHaveLength(3);
    expect(new Set(replayed).size).toBe(3);
    for (const item of replayed) expect(item >= 10 && item <= 23).toBe(true);
    // Each row keeps its own fields together.
    for (let k = 0; k < data.length; k++) expect(data.clicked[k]).toBe(data.item[k]! % 2);
  });

  it('replays at most what the window holds, and nothing at ratio 0', () => {
    expect(filled().sample(1, 100, createRng(1)).length).toBe(2 + 8);
    expect(Array.from(filled().sample(2, 0, createRng(1)).item)).toEqual([20, 21, 22, 23, 30, 31]);
  });

  it('draws the same rows for the same seed', () => {
    const a = filled().sample(1, 2, createRng(3));
    const b = filled().sample(1, 2, createRng(3));
    expect(Array.from(a.item)).toEqual(Array.from(b.item));
  });
});
