import { type ClassifierLossName, classifierLossNames } from '../../spec/offline-arm-schema';

/**
 * Per-example losses of one logit z (p = σ(z)) against a 0/1 label y, with their derivative
 * in z: the plain-array twins of core's registered losses of the same names, for the offline
 * runner's DenseNetwork (logit-losses.test.ts checks both against core's TensorFlow.js
 * losses and their gradients, so the two cannot drift apart).
 */
export interface LogitLoss {
  value(y: number, z: number): number;
  /** d value / d z. */
  derivative(y: number, z: number): number;
}

export interface LogitLossOptions {
  /** Weight of positive and negative examples (weighted-bce). */
  classWeights?: { positive: number; negative: number };
  /** Weight of the Brier term (bce-brier, binary-reward-brier). */
  lambda?: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** ln(1 + e^z) without overflow. */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** BCE softplus(z) − y·z; derivative σ(z) − y. */
const bce: LogitLoss = {
  value: (y, z) => softplus(z) - y * z,
  derivative: (y, z) => sigmoid(z) - y,
};

/** Brier (σ(z) − y)²; derivative 2(σ − y)·σ(1 − σ). */
export const brierOfLogit: LogitLoss = {
  value: (y, z) => (sigmoid(z) - y) ** 2,
  derivative: (y, z) => {
    const p = sigmoid(z);
    return 2 * (p - y) * p * (1 - p);
  },
};

/**
 * Expected 0-1 loss of an answer drawn with P(answer = 1) = σ(z): y(1 − σ) + (1 − y)σ, the
 * negative of the binary (correctness) reward; derivative (1 − 2y)·σ(1 − σ).
 */
const binaryReward: LogitLoss = {
  value: (y, z) => {
    const p = sigmoid(z);
    return y * (1 - p) + (1 - y) * p;
  },
  derivative: (y, z) => {
    const p = sigmoid(z);
    return (1 - 2 * y) * p * (1 - p);
  },
};

function weightedBce(positive: number, negative: number): LogitLoss {
  return {
    value: (y, z) => positive * y * softplus(-z) + negative * (1 - y) * softplus(z),
    derivative: (y, z) => {
      const p = sigmoid(z);
      return -positive * y * (1 - p) + negative * (1 - y) * p;
    },
  };
}

function plus(first: LogitLoss, second: LogitLoss, lambda: number): LogitLoss {
  return {
    value: (y, z) => first.value(y, z) + lambda * second.value(y, z),
    derivative: (y, z) => first.derivative(y, z) + lambda * second.derivative(y, z),
  };
}

/** The loss called `name`; throws naming the known ones, or the option it is missing. */
export function logitLoss(name: string, options: LogitLossOptions = {}): LogitLoss {
  const lambda = options.lambda ?? 1;
  switch (name as ClassifierLossName) {
    case 'bce':
      return bce;
    case 'weighted-bce': {
      if (options.classWeights === undefined) {
        throw new Error('logitLoss: weighted-bce needs options.classWeights');
      }
      return weightedBce(options.classWeights.positive, options.classWeights.negative);
    }
    case 'brier':
      return brierOfLogit;
    case 'bce-brier':
      return plus(bce, brierOfLogit, lambda);
    case 'binary-reward':
      return binaryReward;
    case 'binary-reward-brier':
      return plus(binaryReward, brierOfLogit, lambda);
    default:
      throw new Error(`unknown logit loss "${name}"; known: ${classifierLossNames.join(', ')}`);
  }
}
