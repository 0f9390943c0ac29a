import type { InteractionLog } from '@goodhart/sim';
import { describe, expect, it } from 'vitest';
import { ClickedMask } from './clicked-mask';

function log(rows: Array<[user: number, item: number, clicked: 0 | 1]>): InteractionLog {
  const n = rows.length;
  return {
    round: 0,
    length: n,
    user: Int32Array.from(rows, (r) => r[0]),
    item: Int32Array.from(rows, (r) => r[1]),
    position: new Int32Array(n),
    clicked: Uint8Array.from(rows, (r) => r[2]),
    watchTime: new Float32Array(n),
    satisfaction: new Float32Array(n).fill(Number.NaN),
    dismissed: new Uint8Array(n),
  };
}

describe('ClickedMask', () => {
  it("marks each user's clicked items, in the order users are asked for, and forgets refilled slots", () => {
    // Three users, three items. User 0 clicked item 2 (and saw item 0); user 2 clicked 0 and 1.
    const mask = new ClickedMask(3, 3);
    mask.addClicks(
      log([
        [0, 0, 0],
        [0, 2, 1],
        [2, 0, 1],
        [2, 1, 1],
      ]),
    );
    expect([...mask.rowsFor(Int32Array.of(2, 0))]).toEqual([1, 1, 0, 0, 0, 1]);
    // Slot 1 now holds a new item: nobody has clicked it.
    mask.itemsReplaced(Int32Array.of(1));
    expect([...mask.rowsFor(Int32Array.of(2, 1))]).toEqual([1, 0, 0, 0, 0, 0]);
  });
});
