import { createRng } from '@goodhart/random';
import { describe, expect, test } from 'vitest';
import { combineHeads } from './combine-heads';
import { createDecisionRule } from './decision-rule';
import { epsilonGreedy, softmaxSample } from './exploration';
import { mmrRerank } from './mmr';
import { applyThreshold, thresholdFor, utilityAdjust } from './threshold';
import { topK } from './top-k';

const f32 = (values: number[]) => Float32Array.from(values);

describe('combineHeads', () => {
  test('is the weighted sum of the heads', () => {
    const score = combineHeads(
      { click: f32([0.5, 0.25]), satisfaction: f32([1, 0]), watchTime: f32([10, 20]) },
      { click: 2, watchTime: 0.1 },
    );
    expect(Array.from(score)).toEqual([2, 2.5]);
  });
  test('hands back a lone head of weight 1 itself, and copies otherwise', () => {
    const click = f32([0.5, 0.25]);
    const watchTime = f32([10, 20]);
    expect(combineHeads({ click, watchTime }, { click: 1 })).toBe(click);
    const doubled = combineHeads({ click, watchTime }, { click: 2 });
    expect(doubled).not.toBe(click);
    expect(Array.from(doubled)).toEqual([1, 0.5]);
    expect(Array.from(click)).toEqual([0.5, 0.25]);
  });
  test('writes the sum into a long enough array it is given, over what was there', () => {
    const into = f32([9, 9, 9]);
    const score = combineHeads(
      { click: f32([1, 2]), satisfaction: f32([3, 4]) },
      { click: 1, satisfaction: 1 },
      into,
    );
    expect(score.buffer).toBe(into.buffer);
    expect(Array.from(score)).toEqual([4, 6]);
    const fresh = combineHeads({ click: f32([1, 2, 3, 4]) }, { click: 2 }, into);
    expect(fresh.buffer).not.toBe(into.buffer);
    expect(Array.from(fresh)).toEqual([2, 4, 6, 8]);
  });
  test('refuses a weighted head the model lacks', () => {
    expect(() => combineHeads({ click: f32([1]) }, { satisfaction: 1 })).toThrow(
      'combineHeads: weights.satisfaction is 1 but the model has no satisfaction head (it has click)',
    );
    expect(() => combineHeads({ click: f32([1]), watchTime: f32([1, 2]) }, { click: 1 })).toThrow(
      'combineHeads: heads.watchTime has 2 scores, another head has 1',
    );
  });
});

describe('topK', () => {
  test('best first, ties to the lower column, NaN last', () => {
    const scores = [0.1, 0.9, Number.NaN, 0.9, 0.5, /* row 2 */ 3, 2, 1, 0, -1];
    expect(Array.from(topK(scores, 2, 5, 3))).toEqual([1, 3, 4, 0, 1, 2]);
  });
  test('skips excluded items and pads with -1', () => {
    const scores = [5, 4, 3, 2];
    expect(Array.from(topK(scores, 1, 4, 3, Uint8Array.of(1, 0, 1, 1)))).toEqual([1, -1, -1]);
    const shared = Uint8Array.of(0, 1, 0);
    expect(Array.from(topK([1, 2, 3, 3, 2, 1], 2, 3, 2, shared))).toEqual([2, 0, 0, 2]);
  });
  test('agrees with a full sort on random rows', () => {
    const rng = createRng(5);
    const rows = 50;
    const cols = 200;
    const scores = Float32Array.from(
      { length: rows * cols },
      () => Math.round(rng.next() * 40) / 40,
    );
    const got = topK(scores, rows, cols, 10);
    for (let r = 0; r < rows; r++) {
      const order = Array.from({ length: cols }, (_, c) => c).sort(
        (a, b) => scores[r * cols + b]! - scores[r * cols + a]! || a - b,
      );
      expect(Array.from(got.subarray(r * 10, r * 10 + 10))).toEqual(order.slice(0, 10));
    }
  });
  test('checks its shape', () => {
    expect(() => topK([1, 2], 1, 2, 3)).toThrow('topK: k (3) exceeds the number of items (2)');
    expect(() => topK([1, 2, 3], 1, 2, 1)).toThrow('topK: scores has 3 entries, rows * cols is 2');
  });
});

describe('thresholds', () => {
  test('cFP / (cFP + cFN), and the utility that changes sign there', () => {
    expect(thresholdFor(1, 3)).toBe(0.25);
    expect(Array.from(applyThreshold([0.2, 0.25, 0.9], 0.25))).toEqual([0, 1, 1]);
    // p·cFN − (1 − p)·cFP with cFP = 1, cFN = 3
    expect(Array.from(utilityAdjust([0, 0.25, 1], 1, 3))).toEqual([-1, 0, 3]);
    expect(() => thresholdFor(0, 0)).toThrow(/not both 0/);
  });
});

describe('mmrRerank', () => {
  // Items 0 and 1 point the same way, item 2 elsewhere; scores favour 0, then 1, then 2.
  const itemFeatures = f32([1, 0, 1, 0.01, 0, 1]);
  const base = { scores: [1, 0.9, 0.5], rows: 1, cols: 3, itemFeatures, itemFeatureDim: 2, k: 2 };

  test('λ = 1 is plain top-k', () => {
    expect(Array.from(mmrRerank({ ...base, lambda: 1 }))).toEqual([0, 1]);
  });
  test('a lower λ trades the near-duplicate for a different item', () => {
    // Scaled relevance is 1, 0.8, 0. Second pick at λ = 0.3: item 1 scores
    // 0.3·0.8 − 0.7·(cos ≈ 1) ≈ −0.46, item 2 scores 0.3·0 − 0.7·0 = 0.
    expect(Array.from(mmrRerank({ ...base, lambda: 0.3 }))).toEqual([0, 2]);
  });
});

describe('exploration', () => {
  const ranked = Int32Array.of(0, 1, 2, 3, 4, 5);

  test('epsilon 0 changes nothing; epsilon 1 replaces every slot with items not in the slate', () => {
    expect(epsilonGreedy(createRng(1), 0)(ranked, 2, 3, 50)).toEqual(ranked);
    const explored = epsilonGreedy(createRng(1), 1)(ranked, 2, 3, 50);
    for (let r = 0; r < 2; r++) {
      const row = Array.from(explored.subarray(r * 3, r * 3 + 3));
      expect(new Set(row).size).toBe(3);
      for (const item of row) expect(item).toBeGreaterThanOrEqual(0);
    }
    expect(explored).not.toEqual(ranked);
  });

  test('epsilon is the share of slots replaced', () => {
    const rows = 2000;
    const slates = Int32Array.from({ length: rows * 5 }, (_, i) => i % 5);
    const explored = epsilonGreedy(createRng(2), 0.2)(slates, rows, 5, 1000);
    let changed = 0;
    for (let i = 0; i < explored.length; i++) if (explored[i] !== slates[i]) changed++;
    expect(changed / explored.length).toBeCloseTo(0.2, 1);
  });

  test('softmax sampling picks the top item with probability ∝ exp(score / T)', () => {
    const perturb = softmaxSample(createRng(3), 1);
    const scores = f32([Math.log(1), Math.log(2), Math.log(3)]);
    const counts = [0, 0, 0];
    const draws = 6000;
    for (let d = 0; d < draws; d++) counts[topK(perturb(scores), 1, 3, 1)[0]!]!++;
    expect(counts[0]! / draws).toBeCloseTo(1 / 6, 1);
    expect(counts[1]! / draws).toBeCloseTo(2 / 6, 1);
    expect(counts[2]! / draws).toBeCloseTo(3 / 6, 1);
  });
});

describe('createDecisionRule', () => {
  const heads = {
    click: f32([0.9, 0.1, 0.5, 0.2, 0.8, 0.4]),
    satisfaction: f32([0, 1, 0, 1, 0, 0]),
  };
  const context = { rows: 2, cols: 3, k: 2 };

  test('ranks by click alone by default, by the weighted heads when asked', () => {
    expect(Array.from(createDecisionRule({})(heads, context))).toEqual([0, 2, 1, 2]);
    const rule = createDecisionRule({ weights: { click: 1, satisfaction: 1 } });
    expect(Array.from(rule(heads, context))).toEqual([1, 0, 0, 1]);
  });

  test("a rule called again with other scores ranks them, not the last call's", () => {
    const rule = createDecisionRule({ weights: { click: 1, satisfaction: 1 } });
    expect(Array.from(rule(heads, context))).toEqual([1, 0, 0, 1]);
    const flipped = { click: f32([0, 0, 1, 0, 0, 0]), satisfaction: f32([0, 1, 0, 1, 0, 0]) };
    expect(Array.from(rule(flipped, context))).toEqual([1, 2, 0, 1]);
    const oneRow = { click: f32([0.1, 0.3, 0.2]), satisfaction: f32([0, 0, 0]) };
    expect(Array.from(rule(oneRow, { ...context, rows: 1 }))).toEqual([1, 2]);
    expect(Array.from(rule(heads, context))).toEqual([1, 0, 0, 1]);
  });

  test('explores reproducibly from the rng it is given', () => {
    const rule = createDecisionRule({ exploration: { kind: 'softmax', temperature: 0.1 } });
    const a = rule(heads, { ...context, rng: createRng(4) });
    expect(rule(heads, { ...context, rng: createRng(4) })).toEqual(a);
    expect(() => rule(heads, context)).toThrow(
      'decision rule: softmax exploration needs context.rng',
    );
  });

  test('MMR needs item features; bad specs name their field', () => {
    const rule = createDecisionRule({ rerank: { kind: 'mmr', lambda: 0.5 } });
    expect(() => rule(heads, context)).toThrow(/needs context.itemFeatures/);
    const features = f32([1, 0, 0, 1, 1, 1]);
    expect(rule(heads, { ...context, itemFeatures: features, itemFeatureDim: 2 })).toHaveLength(4);
    expect(() => createDecisionRule({ rerank: { kind: 'mmr', lambda: 2 } })).toThrow(
      /invalid decision rule: rerank.lambda/,
    );
    expect(() => createDecisionRule({ exploration: { kind: 'ucb' } } as never)).toThrow(
      /invalid decision rule: exploration/,
    );
  });
});
