import { describe, expect, it } from 'vitest';
import { logitLoss } from './logit-losses';
import { objectiveOf } from './objective';

describe('objectiveOf', () => {
  it('is the answer loss alone with one output', () => {
    const objective = objectiveOf(logitLoss('bce'));
    const gradient = new Float64Array(2);
    // Rows (y, z) = (1, 0) and (0, 0): ln 2 each, derivatives −0.5 and 0.5, over 2 rows.
    expect(objective.outputs).toBe(1);
    expect(objective.evaluate([0, 0], [1, 0], 2, gradient)).toBeCloseTo(Math.LN2, 12);
    expect(Array.from(gradient)).toEqual([-0.25, 0.25]);
  });

  it('adds λ·Brier of the confidence logit, which only that logit feels', () => {
    const objective = objectiveOf(logitLoss('binary-reward'), 2);
    const gradient = new Float64Array(4);
    // One row y = 1, answer logit 0, confidence logit 0: reward 0.5 + 2 · (0.5 − 1)² = 1.
    // d/d answer = (1 − 2) · 0.25 = −0.25; d/d confidence = 2 · 2 · (−0.5) · 0.25 = −0.5.
    // Row 2 (y = 0, answer 0, confidence 0): the same value; derivatives +0.25 and +0.5.
    // Mean over 2 rows: 1; each derivative halved.
    expect(objective.outputs).toBe(2);
    expect(objective.evaluate([0, 0, 0, 0], [1, 0], 2, gradient)).toBeCloseTo(1, 12);
    expect(Array.from(gradient)).toEqual([-0.125, -0.25, 0.125, 0.25]);
    // Without a gradient buffer it only evaluates.
    expect(objective.evaluate([0, 0, 0, 0], [1, 0], 2)).toBeCloseTo(1, 12);
  });
});
