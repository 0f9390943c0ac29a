import type { StepResult } from '@goodhart/sim';
import { describe, expect, it } from 'vitest';
import { ConsumptionHistory } from './consumption';
import { type RoundInputs, roundMetrics } from './round-metrics';

/**
 * One round of a hand-made world: 3 users of whom 0 and 2 came (so a user id is not its row),
 * 4 items of which item 3 is never shown, slates of 2, 3 creators. Values are dyadic so the
 * Float32 arrays hold them exactly.
 *
 *   impression  user item pos clicked watch utility relevance
 *   0           0    0    0   1       4     1       0.75
 *   1           0    1    1   0       0     0       0.25
 *   2           2    0    0   1       2     0.5     0.5
 *   3           2    2    1   1       6     1       0.5
 */
function handWorld(): RoundInputs {
  const step: StepResult = {
    log: {
      round: 1,
      length: 4,
      user: Int32Array.from([0, 0, 2, 2]),
      item: Int32Array.from([0, 1, 0, 2]),
      position: Int32Array.from([0, 1, 0, 1]),
      clicked: Uint8Array.from([1, 0, 1, 1]),
      watchTime: Float32Array.from([4, 0, 2, 6]),
      satisfaction: Float32Array.from([Number.NaN, Number.NaN, Number.NaN, Number.NaN]),
    },
    outcome: {
      round: 1,
      numUsers: 3,
      numItems: 4,
      utility: Float32Array.from([1, 0, 0.5, 1]),
      relevance: Float32Array.from([0.75, 0.25, 0.5, 0.5]),
      examined: Uint8Array.from([1, 1, 1, 1]),
      clickProbability: Float32Array.from([0.5, 0.5, 0.5, 0.5]),
      activeUsers: Int32Array.from([0, 2]),
      welfare: Float32Array.from([1, 1.5]),
      items: {
        quality: Float32Array.from([0.5, 0.25, 1, 0]),
        clickbait: Float32Array.from([0.125, 0.875, 0.25, 0.5]),
        polarity: Float32Array.from([0.5, -1, 0, 1]),
        duration: Float32Array.from([10, 2, 6, 8]),
        misinformation: Uint8Array.from([0, 1, 0, 0]),
        creator: Int32Array.from([0, 1, 1, 2]),
        impressions: Int32Array.from([2, 1, 1, 0]),
        clicks: Int32Array.from([2, 0, 1, 0]),
      },
      creators: {
        clickbaitEffort: Float32Array.from([0, 0, 0]),
        qualitySkill: Float32Array.from([0, 0, 0]),
        impressions: Int32Array.from([2, 2, 0]),
        clicks: Int32Array.from([2, 1, 0]),
      },
      users: {
        opinion: Float32Array.from([0.75, -0.25, -0.5]),
        recentWelfare: Float32Array.from([0, 0, 0]),
      },
    },
    observation: {
      round: 2,
      activeUsers: Int32Array.from([0, 1, 2]),
      numUsers: 3,
      numItems: 4,
      slateSize: 2,
      itemFeatures: new Float32Array(4 * 2),
      itemFeatureDim: 2,
      replacedItems: new Int32Array(0),
    },
  };
  // A previous round: user 0 clicked slot 2, whose item was then replaced. The new item in
  // slot 2 (clicked by user 2 now) is another item, so users 0 and 2 share only item 0.
  const consumption = new ConsumptionHistory(4);
  consumption.addClicks({
    round: 0,
    length: 1,
    user: Int32Array.from([0]),
    item: Int32Array.from([2]),
    position: Int32Array.from([0]),
    clicked: Uint8Array.from([1]),
    watchTime: Float32Array.from([1]),
    satisfaction: Float32Array.from([Number.NaN]),
  });
  consumption.itemsReplaced(Int32Array.from([2]));
  consumption.addClicks(step.log);
  return {
    step,
    slates: Int32Array.from([0, 1, 0, 2]),
    slateSize: 2,
    // Topic vectors: item 0 (1, 0), item 1 (0, 1), item 2 (1, 1), item 3 (0, 0).
    topics: Float32Array.from([1, 0, 0, 1, 1, 1, 0, 0]),
    topicDim: 2,
    // The click head at each slot of the slates above (user 0: items 0, 1; user 2: items 0, 2).
    slateClickScores: Float32Array.from([0.75, 0.25, 0.5, 0.875]),
    clickScoresAreProbabilities: true,
    learnt: {
      relevanceAucPerUser: 0.75,
      ndcgAt10: 0.875,
      examinedClickAuc: 0.625,
      atDepths: { recallAt5: 0.5 },
    },
    policyUtility: Float32Array.from([1, 1.5]),
    oracleUtility: Float32Array.from([2, 2]),
    randomUtility: Float32Array.from([0.5, 0.5]),
    homogenizationSimilarPairs: 0.25,
    trainLoss: 0.5,
    trainLossVsConstant: -0.125,
    consumption,
    firstRoundActiveUsers: 4,
    startup: true,
  };
}

describe('roundMetrics', () => {
  it('computes every metric of a hand-made round', () => {
    const metrics = roundMetrics(handWorld());
    const expected: Record<string, number> = {
      // Passed through from the loop and the relevance probe.
      startup: 1,
      trainLoss: 0.5,
      trainLossVsConstant: -0.125,
      relevanceAucPerUser: 0.75,
      ndcgAt10: 0.875,
      examinedClickAuc: 0.625,
      recallAt5: 0.5,
      homogenizationSimilarPairs: 0.25,
      activeUsers: 2,
      // 2 active of the first round's 4.
      retention: 0.5,
      // Opinions 0.75, −0.25, −0.5: mean 0; variance (0.5625 + 0.0625 + 0.25) / 3 = 0.875 / 3;
      // mean |opinion| (0.75 + 0.25 + 0.5) / 3 = 0.5.
      polarization: 0.875 / 3,
      opinionExtremity: 0.5,
      // Supply, every item alike: clickbait (0.125 + 0.875 + 0.25 + 0.5) / 4 = 0.4375;
      // quality (0.5 + 0.25 + 1 + 0) / 4 = 0.4375.
      clickbaitShareSupply: 0.4375,
      meanQualitySupply: 0.4375,
      // Clicks by identity: user 0 {0, old 2}, user 1 {}, user 2 {0, new 2}. Jaccard:
      // (0, 1) 0, (0, 2) 1/3 (one shared of three), (1, 2) 0; mean over 3 pairs 1/9.
      homogenization: 1 / 9,
      // 3 clicks of 4 impressions.
      ctr: 0.75,
      // Welfare 1 and 1.5.
      meanWelfare: 1.25,
      // Policy (1, 1.5), oracle (2, 2), random (0.5, 0.5): regret (1 + 0.5) / 2; relative
      // 2.5 / 4; normalised (0.5 + 1) / (1.5 + 1.5).
      regret: 0.75,
      relativeUtility: 0.625,
      utilityNormalised: 0.5,
      // Relevance of the impressions (0.75 + 0.25 + 0.5 + 0.5) / 4.
      meanRelevanceExposed: 0.5,
      // Watch time (4 + 0 + 2 + 6) per active user: 12 / 2.
      watchTime: 6,
      // Exposure per item (2, 1, 1, 0) of 4 impressions: clickbait
      // (2·0.125 + 0.875 + 0.25) / 4 = 0.34375; quality (2·0.5 + 0.25 + 1) / 4 = 0.5625.
      clickbaitShareExposure: 0.34375,
      meanQualityExposure: 0.5625,
      // Creators' impressions (2, 2, 0): Gini, sorted (0, 2, 2), Σ(2i − n − 1)·x / (n·total) =
      // (−2·0 + 0·2 + 2·2) / (3·4) = 1/3; HHI 0.5² + 0.5² = 0.5.
      creatorGini: 1 / 3,
      creatorHhi: 0.5,
      // Items 0, 1, 2 shown of 4.
      coverage: 0.75,
      // Exposure (2, 1, 1, 0) sorted (0, 1, 1, 2): (−3·0 − 1·1 + 1·1 + 3·2) / (4·4) = 0.375.
      exposureGini: 0.375,
      // Slate (0, 1): cosine 0, distance 1; slate (0, 2): cosine 1/√2; mean of the two.
      intraListDiversity: (1 + (1 - Math.SQRT1_2)) / 2,
      // Durations of the impressions (10 + 2 + 10 + 6) / 4.
      meanDurationExposed: 7,
      // Item 1 is misinformation, shown once of 4.
      misinformationExposure: 0.25,
      // |polarity| weighted by exposure (2·0.5 + 1 + 0) / 4.
      polarizingExposure: 0.5,
      // Shown scores (0.75, 0.25, 0.5, 0.875) against clicks (1, 0, 1, 1): each in its own of
      // 10 bins, ECE (0.25 + 0.25 + 0.5 + 0.125) / 4 = 0.28125; Brier
      // (0.0625 + 0.0625 + 0.25 + 0.015625) / 4 = 0.09765625.
      ece: 0.28125,
      brier: 0.09765625,
    };
    expect(Object.keys(metrics).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, value] of Object.entries(expected)) {
      expect(metrics[name], name).toBeCloseTo(value, 12);
    }
  });

  it('leaves calibration out when the click scores are not probabilities', () => {
    const metrics = roundMetrics({ ...handWorld(), clickScoresAreProbabilities: false });
    expect(metrics.ece).toBeNaN();
    expect(metrics.brier).toBeNaN();
    expect(metrics.ctr).toBe(0.75);
  });

  it('gives NaN for every per-impression metric of a round no one came to', () => {
    const inputs = handWorld();
    const empty: RoundInputs = {
      ...inputs,
      step: {
        ...inputs.step,
        outcome: { ...inputs.step.outcome, activeUsers: new Int32Array(0) },
      },
    };
    const metrics = roundMetrics(empty);
    expect(metrics.activeUsers).toBe(0);
    expect(metrics.retention).toBe(0);
    for (const name of ['ctr', 'regret', 'coverage', 'exposureGini', 'ece', 'brier']) {
      expect(metrics[name], name).toBeNaN();
    }
    // Supply and society are measured even then.
    expect(metrics.meanQualitySupply).toBe(0.4375);
  });
});
