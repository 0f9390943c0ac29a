import type { TrainingData } from '@goodhart/core';
import { createRng } from '@goodhart/random';
import { itemTerms, meanClickUtility, RecommendationEnv, trueRelevance } from '@goodhart/sim';
import { describe, expect, it } from 'vitest';
import {
  el2nScores,
  keepHardest,
  keepRandom,
  prunedCount,
  subsetRows,
  utilityWeights,
} from './data-selection';

describe('data selection', () => {
  it('scores each row by EL2N, √2·|p − y|', () => {
    // A click predicted at 0.9: ‖(0.9, 0.1) − (1, 0)‖ = √(0.01 + 0.01) = 0.141421;
    // a skip predicted at 0.9: ‖(0.9, 0.1) − (0, 1)‖ = √(0.81 + 0.81) = 1.272792.
    const scores = el2nScores([1, 0, 0], Float32Array.from([0.9, 0.9, 0.25]));
    expect(scores[0]).toBeCloseTo(0.141421, 5);
    expect(scores[1]).toBeCloseTo(1.272792, 5);
    expect(scores[2]).toBeCloseTo(0.353553, 5); // √2 · 0.25
  });

  it('removes the easiest ⌊f·n⌋ rows, keeping the rest in order', () => {
    expect(prunedCount(10, 0.25)).toBe(2);
    expect(prunedCount(7, 0.5)).toBe(3);
    // Scores 0.5, 0.1, 0.9, 0.1, 0.3: pruning 0.4 of 5 removes 2, the two 0.1s (rows 1, 3).
    const scores = Float64Array.from([0.5, 0.1, 0.9, 0.1, 0.3]);
    expect(Array.from(keepHardest(scores, 0.4))).toEqual([0, 2, 4]);
    // 0.2 of 5 removes 1: of the tied 0.1s the earlier, row 1.
    expect(Array.from(keepHardest(scores, 0.2))).toEqual([0, 2, 3, 4]);
    // 0.6 removes 3: the 0.1s and the 0.3.
    expect(Array.from(keepHardest(scores, 0.6))).toEqual([0, 2]);
  });

  it('removes the same number of rows at random, reproducibly', () => {
    const kept = keepRandom(10, 0.25, createRng(3));
    expect(kept).toHaveLength(8);
    expect(new Set(kept).size).toBe(8);
    expect(Array.from(kept)).toEqual([...kept].sort((a, b) => a - b));
    expect(keepRandom(10, 0.25, createRng(3))).toEqual(kept);
  });

  it('subsets every per-row array and shares the catalogue', () => {
    const data: TrainingData = {
      user: Int32Array.of(0, 1, 2),
      item: Int32Array.of(5, 6, 7),
      position: Int32Array.of(0, 1, 2),
      clicked: Uint8Array.of(1, 0, 1),
      watchTime: Float32Array.of(3, 0, 4),
      satisfaction: Float32Array.of(Number.NaN, Number.NaN, 1),
      clickWeight: Float32Array.of(1, 2, 3),
      numUsers: 3,
      numItems: 8,
      itemFeatures: new Float32Array(8),
      itemFeatureDim: 1,
    };
    const picked = subsetRows(data, Int32Array.of(0, 2));
    expect(Array.from(picked.item)).toEqual([5, 7]);
    expect(Array.from(picked.clicked)).toEqual([1, 1]);
    expect(Array.from(picked.satisfaction)).toEqual([Number.NaN, 1]);
    expect(Array.from(picked.clickWeight ?? [])).toEqual([1, 3]);
    expect(picked.propensity).toBeUndefined();
    expect(picked.itemFeatures).toBe(data.itemFeatures);
  });

  it('weighs rows by exp(sharpness · E[utility | click]), scaled to mean 1', () => {
    const env = new RecommendationEnv({ numUsers: 10, numItems: 12, numCreators: 3 }, 2);
    const world = env.world;
    const rows = { user: Int32Array.of(0, 3, 7), item: Int32Array.of(1, 4, 11) };
    const weights = utilityWeights(world, rows, 1);
    const terms = itemTerms(world);
    const raw = [0, 1, 2].map((r) =>
      Math.exp(
        meanClickUtility(
          world,
          terms,
          rows.item[r]!,
          trueRelevance(world, rows.user[r]!, rows.item[r]!),
        ),
      ),
    );
    const mean = raw.reduce((sum, value) => sum + value, 0) / 3;
    raw.forEach((value, r) => {
      expect(weights[r]).toBeCloseTo(value / mean, 5);
    });
    expect(weights[0]! + weights[1]! + weights[2]!).toBeCloseTo(3, 5);
    // Sharpness 2 squares each ratio: w2_a / w2_b = (w1_a / w1_b)².
    const sharper = utilityWeights(world, rows, 2);
    expect(sharper[0]! / sharper[1]!).toBeCloseTo((weights[0]! / weights[1]!) ** 2, 4);
  });
});
