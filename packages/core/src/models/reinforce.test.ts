import { createRng } from '@goodhart/random';
import { beforeAll, describe, expect, test } from 'vitest';
import { initBackend } from '../backend';
import { createModel } from './create-model';
import { type RowBatch, sampleCandidates, takeRows } from './internal/batch';
import type { TrainingData } from './types';

beforeAll(async () => {
  await initBackend('cpu');
});

/** Logs of `rows` impressions: user u, item i, clicked and dismissed as given. */
function logs(
  rows: Array<[user: number, item: number, clicked: 0 | 1, dismissed: 0 | 1]>,
  numUsers: number,
  numItems: number,
): TrainingData {
  const n = rows.length;
  return {
    user: Int32Array.from(rows, (r) => r[0]),
    item: Int32Array.from(rows, (r) => r[1]),
    position: new Int32Array(n),
    clicked: Uint8Array.from(rows, (r) => r[2]),
    dismissed: Uint8Array.from(rows, (r) => r[3]),
    watchTime: new Float32Array(n),
    satisfaction: new Float32Array(n).fill(Number.NaN),
    numUsers,
    numItems,
    itemFeatures: new Float32Array(numItems),
    itemFeatureDim: 1,
  };
}

function batchOf(data: TrainingData): RowBatch {
  const order = Int32Array.from({ length: data.user.length }, (_, r) => r);
  return takeRows(data, order, 0, order.length, 50);
}

describe('sampleCandidates', () => {
  // Rows: click on item 3, dismissal of item 1, nothing on item 2, click on item 0.
  const data = logs(
    [
      [0, 3, 1, 0],
      [0, 1, 0, 1],
      [1, 2, 0, 0],
      [1, 0, 1, 0],
    ],
    2,
    5,
  );

  test('gives clicks +1 and dismissals −1, in batch order, each with its user', () => {
    const both = sampleCandidates(batchOf(data), 2, 5, createRng(1), 'both');
    expect(both.rows).toBe(3);
    expect(both.width).toBe(3);
    expect([...both.reward]).toEqual([1, -1, 1]);
    expect([both.item[0], both.item[3], both.item[6]]).toEqual([3, 1, 0]);
    expect([...both.user]).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1]);
    const negative = sampleCandidates(batchOf(data), 2, 5, createRng(1), 'negative');
    expect([...negative.reward]).toEqual([-1]);
    expect(negative.item[0]).toBe(1);
  });

  test("'positive' draws what it drew before dismissals existed", () => {
    const positive = sampleCandidates(batchOf(data), 2, 5, createRng(1));
    expect([...positive.reward]).toEqual([1, 1]);
    // The same draws as without any dismissal logged.
    const noDismissals = { ...data, dismissed: undefined };
    expect([...sampleCandidates(batchOf(noDismissals), 2, 5, createRng(1)).item]).toEqual([
      ...positive.item,
    ]);
  });
});

describe('reinforce-softmax on the click head', () => {
  // Four users, six items; every user dismisses item 0 again and again, clicks nothing.
  const rows: Array<[number, number, 0 | 1, 0 | 1]> = [];
  for (let repeat = 0; repeat < 40; repeat++) for (let u = 0; u < 4; u++) rows.push([u, 0, 0, 1]);
  const data = logs(rows, 4, 6);
  const users = Int32Array.from([0, 1, 2, 3]);
  const catalogue = { numItems: 6, itemFeatures: data.itemFeatures, itemFeatureDim: 1 };

  function scoresAfterFit(reinforce: 'positive' | 'negative' | 'both'): {
    loss: number;
    scores: Float32Array;
  } {
    const model = createModel(
      {
        kind: 'mf',
        embeddingDim: 4,
        learningRate: 0.05,
        batchSize: 16,
        epochs: 3,
        heads: { click: { loss: 'reinforce-softmax', options: { reinforce, negatives: 5 } } },
      },
      { numUsers: 4, numItems: 6, itemFeatureDim: 1, rng: createRng(2) },
    );
    const loss = model.fit(data).loss;
    const scores = Float32Array.from(model.predict(users, catalogue).click as Float32Array);
    model.dispose();
    return { loss, scores };
  }

  test('negative reinforcement pushes the dismissed item below every other', () => {
    const { scores } = scoresAfterFit('negative');
    for (let u = 0; u < 4; u++) {
      const row = scores.subarray(u * 6, u * 6 + 6);
      expect(row[0]).toBeLessThan(Math.min(...row.subarray(1)));
    }
  });

  test('positive reinforcement has nothing to learn from dismissals alone', () => {
    // No click, so no row to reinforce: the loss is the L2 term only and item 0 is not singled
    // out (its score is not the lowest for every user, as it is after negative reinforcement).
    const { scores } = scoresAfterFit('positive');
    const lowestEverywhere = [0, 1, 2, 3].every((u) => {
      const row = scores.subarray(u * 6, u * 6 + 6);
      return row[0]! < Math.min(...row.subarray(1));
    });
    expect(lowestEverywhere).toBe(false);
  });

  test('reinforce belongs to reinforce-softmax only', () => {
    expect(() =>
      createModel(
        { kind: 'mf', heads: { click: { loss: 'bce', options: { reinforce: 'negative' } } } },
        { numUsers: 4, numItems: 6, itemFeatureDim: 1, rng: createRng(2) },
      ),
    ).toThrow(/reinforce is an option of reinforce-softmax/);
  });
});
