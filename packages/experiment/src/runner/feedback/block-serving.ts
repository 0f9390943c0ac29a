import type { HeadScoreBuffers, HeadScores, ItemBatch, ScoringModel } from '@goodhart/core';

/**
 * Users × items cells one block of scores holds per head: 2²⁰ floats, 4 MB. A block is scored,
 * its slates chosen and what the round's metrics read of it kept before the next block is
 * scored into the same arrays, so a round's memory no longer grows with active users × items
 * (10,000 × 5,000 took 200 MB per head as one array). Small enough that a block's read-back
 * reuses memory the allocator already holds, large enough that a block's fixed costs (a
 * tensor upload, the decision rule's set-up) vanish beside its scoring.
 */
export const defaultBlockCells = 1 << 20;

export interface BlockServing {
  model: ScoringModel;
  users: Int32Array;
  items: ItemBatch;
  slateSize: number;
  /** Cells per block (users × items); a block holds at least one user. */
  blockCells: number;
  buffers: HeadScoreBuffers;
  /**
   * The round's slates when they are not the model's (start-up rounds): the model still
   * scores every block, for the metrics, but no decision is made.
   */
  fixedSlates?: Int32Array;
  /** The decision rule on rows [rowStart, rowStart + rows) of the round's users. */
  decide(heads: HeadScores, rowStart: number, rows: number): Int32Array;
  /** Reads a block's scores before the next block overwrites them. */
  onBlock?(heads: HeadScores, rowStart: number, rows: number): void;
}

export interface ServedRound {
  /** users.length × slateSize item ids, best first. */
  slates: Int32Array;
  /** The click head's score of each slate slot (users.length × slateSize); absent without one. */
  slateClickScores: Float32Array | undefined;
}

/**
 * Scores the round's users block by block and chooses each block's slates straight away.
 * Every cell is scored, and every slate chosen, exactly as one call over all the users would:
 * models score each user's row on its own, and the decision rule treats rows one at a time
 * and draws its random numbers row after row, so cutting the rows into blocks changes no
 * number (tested against one block).
 */
export function serveInBlocks(serving: BlockServing): ServedRound {
  const { model, users, items, slateSize: k, buffers, fixedSlates } = serving;
  const n = items.numItems;
  const slates = fixedSlates ?? new Int32Array(users.length * k);
  const slateClickScores = model.heads.includes('click')
    ? new Float32Array(users.length * k)
    : undefined;
  const blockRows = Math.max(1, Math.floor(serving.blockCells / Math.max(1, n)));
  for (let start = 0; start < users.length; start += blockRows) {
    const rows = Math.min(blockRows, users.length - start);
    const heads = model.predict(
      users.subarray(start, start + rows),
      items,
      buffers.for(model.heads, rows * n),
    );
    if (fixedSlates === undefined) slates.set(serving.decide(heads, start, rows), start * k);
    serving.onBlock?.(heads, start, rows);
    const click = heads.click;
    if (slateClickScores !== undefined && click !== undefined) {
      for (let r = 0; r < rows; r++) {
        for (let j = 0; j < k; j++) {
          const slot = (start + r) * k + j;
          const item = slates[slot]!;
          slateClickScores[slot] = item < 0 ? Number.NaN : click[r * n + item]!;
        }
      }
    }
  }
  return { slates, slateClickScores };
}
