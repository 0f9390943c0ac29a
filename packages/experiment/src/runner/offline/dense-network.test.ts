import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { DenseNetwork } from './dense-network';
import { logitLoss } from './logit-losses';
import { objectiveOf } from './objective';

/**
 * 2 inputs → 2 ReLU units → 1 logit, parameters laid out layer by layer, weights row-major
 * [fanIn × fanOut] then biases: W0 = [[1, −1], [2, 0.5]], b0 = [0, 0.5], W1 = [[1], [−2]],
 * b1 = [0.1].
 */
function tinyNetwork(l2 = 0, learningRate = 0.1): DenseNetwork {
  const network = new DenseNetwork(
    { inputDim: 2, hidden: [2], outputs: 1, l2, learningRate },
    createRng(1),
  );
  network.parameters.set([1, -1, 2, 0.5, 0, 0.5, 1, -2, 0.1]);
  return network;
}

const bce = objectiveOf(logitLoss('bce'));

describe('DenseNetwork', () => {
  it('computes logits and the hidden representation by hand', () => {
    const network = tinyNetwork();
    // x = [1, 1]: hidden [1 + 2, −1 + 0.5 + 0.5] = [3, 0], logit 3 − 0 + 0.1 = 3.1.
    // x = [1, −1]: hidden ReLU([−1, −1]) = [0, 0], logit 0.1.
    // x = [0, 1]: hidden [2, 1], logit 2 − 2 + 0.1 = 0.1.
    const x = [1, 1, 1, -1, 0, 1];
    const logits = network.logits(x, 3);
    expect(logits[0]).toBeCloseTo(3.1, 12);
    expect(logits[1]).toBeCloseTo(0.1, 12);
    expect(logits[2]).toBeCloseTo(0.1, 12);
    expect(Array.from(network.represent(x, 3))).toEqual([3, 0, 0, 0, 2, 1]);
    expect(network.representationDim).toBe(2);
  });

  it('backpropagates BCE by hand: only the active unit and its inputs get gradient', () => {
    const network = tinyNetwork();
    // y = 1 at logit 3.1: dz = σ(3.1) − 1 = −0.0431073. dW1 = h · dz = [3dz, 0],
    // db1 = dz; through W1 and the ReLU mask [1, 0]: dh = [dz, 0]; dW0 = x ⊗ dh =
    // [[dz, 0], [dz, 0]]; db0 = [dz, 0].
    const dz = -0.0431073;
    const { loss, gradient } = network.backpropagate([1, 1], 1, (logits, g) =>
      bce.evaluate(logits, [1], 1, g),
    );
    expect(loss).toBeCloseTo(Math.log1p(Math.exp(-3.1)), 12);
    const expected = [dz, 0, dz, 0, dz, 0, 3 * dz, 0, dz];
    for (const [k, value] of expected.entries()) {
      expect(gradient[k], `parameter ${k}`).toBeCloseTo(value, 6);
    }
  });

  it('adds the L2 term 2·l2·w to the weights only, and matches finite differences', () => {
    const network = new DenseNetwork(
      { inputDim: 3, hidden: [4, 3], outputs: 2, l2: 0.01, learningRate: 0.1 },
      createRng(7),
    );
    const rng = createRng(8);
    const x = Array.from({ length: 5 * 3 }, () => rng.normal());
    const y = [1, 0, 0, 1, 1];
    const objective = objectiveOf(logitLoss('binary-reward'), 2);
    const penalised = () => {
      let squares = 0;
      // The two weight blocks and the output weights: every parameter but the biases.
      const biases = new Set([12, 13, 14, 15, 28, 29, 30, 37, 38]);
      network.parameters.forEach((w, k) => {
        if (!biases.has(k)) squares += w * w;
      });
      return objective.evaluate(network.logits(x, 5), y, 5) + 0.01 * squares;
    };
    const analytic = network
      .backpropagate(x, 5, (logits, g) => objective.evaluate(logits, y, 5, g))
      .gradient.slice();
    expect(analytic).toHaveLength(39); // 3·4 + 4 + 4·3 + 3 + 3·2 + 2
    for (let k = 0; k < analytic.length; k++) {
      const saved = network.parameters[k]!;
      network.parameters[k] = saved + 1e-6;
      const up = penalised();
      network.parameters[k] = saved - 1e-6;
      const down = penalised();
      network.parameters[k] = saved;
      expect(analytic[k], `parameter ${k}`).toBeCloseTo((up - down) / 2e-6, 6);
    }
  });

  it("takes Adam's first step: each parameter moves by the learning rate against its gradient", () => {
    const network = tinyNetwork(0, 0.1);
    // m̂ = g and v̂ = g² after one step, so the step is 0.1 · g/(|g| + 1e-8): ±0.1 where the
    // gradient is non-zero (every dz above is negative, so those parameters rise), 0 elsewhere.
    network.step([1, 1], 1, (logits, g) => bce.evaluate(logits, [1], 1, g));
    const expected = [1.1, -1, 2.1, 0.5, 0.1, 0.5, 1.1, -2, 0.2];
    for (const [k, value] of expected.entries()) {
      expect(network.parameters[k]).toBeCloseTo(value, 6);
    }
  });

  it('restores a snapshot, starts its output layer at zero, and is seeded', () => {
    const config = { inputDim: 4, hidden: [8], outputs: 2, l2: 0, learningRate: 0.01 };
    const first = new DenseNetwork(config, createRng(3));
    const second = new DenseNetwork(config, createRng(3));
    expect(Array.from(first.parameters)).toEqual(Array.from(second.parameters));
    expect(Array.from(first.logits([1, 2, 3, 4], 1))).toEqual([0, 0]);
    const saved = first.snapshot();
    first.step([1, 2, 3, 4], 1, (logits, g) => bce.evaluate(logits, [1], 1, g));
    expect(Array.from(first.parameters)).not.toEqual(Array.from(saved));
    first.restore(saved);
    expect(Array.from(first.parameters)).toEqual(Array.from(saved));
    expect(() => first.restore(new Float64Array(3))).toThrow('snapshot has 3 values, expected 58');
    expect(() => first.logits([1, 2], 1)).toThrow('features has 2 values, expected at least 1*4');
  });
});
