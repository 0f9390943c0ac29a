import { createRng } from '@goodhart/random';
import { examinationProbabilities, RecommendationEnv, randomPolicy } from '@goodhart/sim';
import { describe, expect, it } from 'vitest';
import {
  excessLoss,
  keepFittable,
  nearestRankQuantile,
  teacherClickTargets,
} from './teacher-labels';

describe('teacher labels', () => {
  it('the teacher labels each logged impression with the probability the world clicked it', () => {
    // The session records each impression's P(click | examined); the teacher's label must be
    // that times the examination probability of the impression's slot (1/(1+k) here). A fixed
    // catalogue: the teacher reads the world after the round, as the runner does at a refit.
    const env = new RecommendationEnv(
      {
        numUsers: 30,
        numItems: 20,
        numCreators: 4,
        itemTurnover: 0,
        creatorAdaptation: { rule: 'none' },
      },
      3,
    );
    const observation = env.reset();
    const slates = randomPolicy(createRng(1))(observation);
    const { log, outcome } = env.step(slates);
    const exam = examinationProbabilities(env.config.slateSize, env.config.examination.eta);
    const teacher = teacherClickTargets(env.world, log, exam);
    expect(teacher).toHaveLength(log.length);
    for (let r = 0; r < log.length; r++) {
      expect(teacher[r]).toBeCloseTo(exam[log.position[r]!]! * outcome.clickProbability[r]!, 6);
    }
    expect(exam[1]).toBeCloseTo(0.5, 12);
  });

  it('excess loss is the KL divergence of the label from the prediction, plain BCE for a 0/1 label', () => {
    expect(excessLoss(1, 0.5)).toBeCloseTo(Math.LN2, 12); // −ln 0.5
    expect(excessLoss(0, 0.2)).toBeCloseTo(0.22314355, 7); // −ln 0.8
    expect(excessLoss(0.2, 0.2)).toBeCloseTo(0, 12); // a perfect fit costs nothing
    // 0.5·ln(0.5/0.25) + 0.5·ln(0.5/0.75) = 0.346574 − 0.202733 = 0.143841
    expect(excessLoss(0.5, 0.25)).toBeCloseTo(0.143841, 5);
    expect(Number.isFinite(excessLoss(1, 0))).toBe(true); // kept off log 0
  });

  it('takes the nearest-rank quantile', () => {
    const values = Float64Array.from([3, 1, 2, 4]);
    expect(nearestRankQuantile(values, 0.5)).toBe(2); // ⌈2⌉ = 2nd smallest
    expect(nearestRankQuantile(values, 0.6)).toBe(3); // ⌈2.4⌉ = 3rd
    expect(nearestRankQuantile(values, 0)).toBe(1);
    expect(nearestRankQuantile(values, 1)).toBe(4);
    expect(Array.from(values)).toEqual([3, 1, 2, 4]); // not sorted in place
    expect(nearestRankQuantile(new Float64Array(0), 0.5)).toBeNaN();
  });

  it('keeps the teacher labels the student fits at least as well as the median of its own', () => {
    // Own excess losses (BCE of the clicks): −ln 0.5 = 0.693, −ln 0.8 = 0.223, −ln 0.8 = 0.223,
    // −ln 0.9 = 0.105; their median (nearest rank, 2nd of 4) is 0.223.
    // Teacher's: KL(0.3‖0.5) = 0.3·ln 0.6 + 0.7·ln 1.4 = 0.082 (kept); KL(0.2‖0.2) = 0 (kept);
    // KL(0.9‖0.2) = 0.9·ln 4.5 + 0.1·ln 0.125 = 1.146 (beyond: the click 0 stays);
    // KL(0.6‖0.9) = 0.6·ln(2/3) + 0.4·ln 4 = 0.311 (beyond: the click 1 stays).
    const { target, kept } = keepFittable(
      [1, 0, 0, 1],
      Float32Array.from([0.3, 0.2, 0.9, 0.6]),
      Float32Array.from([0.5, 0.2, 0.2, 0.9]),
      0.5,
    );
    expect(Array.from(target)).toEqual([Math.fround(0.3), Math.fround(0.2), 0, 1]);
    expect(kept).toBe(2);
    // At the 1.0 quantile the bar is the worst own loss, 0.693: the 0.311 row is kept too.
    expect(
      keepFittable(
        [1, 0, 0, 1],
        Float32Array.from([0.3, 0.2, 0.9, 0.6]),
        Float32Array.from([0.5, 0.2, 0.2, 0.9]),
        1,
      ).kept,
    ).toBe(3);
  });
});
