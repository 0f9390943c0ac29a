import * as tf from '@tensorflow/tfjs-core';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/** Labels and predictions must be tensors of the same shape; labels come back as float32. */
export function checkPair(
  loss: string,
  labels: unknown,
  predictions: unknown,
): [tf.Tensor, tf.Tensor] {
  if (!(labels instanceof tf.Tensor)) {
    throw new Error(`${loss}: labels must be a tf.Tensor, got ${describe(labels)}`);
  }
  if (!(predictions instanceof tf.Tensor)) {
    throw new Error(`${loss}: predictions must be a tf.Tensor, got ${describe(predictions)}`);
  }
  if (!tf.util.arraysEqual(labels.shape, predictions.shape)) {
    throw new Error(
      `${loss}: labels shape [${labels.shape}] does not match predictions shape [${predictions.shape}]`,
    );
  }
  if (predictions.dtype !== 'float32') {
    throw new Error(`${loss}: predictions must be float32, got ${predictions.dtype}`);
  }
  return [labels.dtype === 'float32' ? labels : tf.cast(labels, 'float32'), predictions];
}

/** An optional per-example tensor option: absent, or a tensor whose shape is `shape`. */
export function checkTensorOption(
  loss: string,
  name: string,
  value: unknown,
  shape: number[],
): tf.Tensor | undefined {
  if (value === undefined) return undefined;
  if (!(value instanceof tf.Tensor)) {
    throw new Error(`${loss}: options.${name} must be a tf.Tensor, got ${describe(value)}`);
  }
  if (!tf.util.arraysEqual(value.shape, shape)) {
    throw new Error(`${loss}: options.${name} shape [${value.shape}] must be [${shape}]`);
  }
  return value.dtype === 'float32' ? value : tf.cast(value, 'float32');
}

export function requireTensorOption(
  loss: string,
  name: string,
  value: unknown,
  shape: number[],
): tf.Tensor {
  const tensor = checkTensorOption(loss, name, value, shape);
  if (tensor === undefined) throw new Error(`${loss}: options.${name} is required`);
  return tensor;
}

interface NumberRule {
  min?: number;
  max?: number;
  /** The minimum itself is not allowed. */
  aboveMin?: boolean;
}

/** An optional finite number option within bounds; returns `fallback` when absent. */
export function numberOption(
  loss: string,
  name: string,
  value: unknown,
  fallback: number,
  rule: NumberRule = {},
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`${loss}: options.${name} must be a finite number, got ${String(value)}`);
  }
  const { min, max, aboveMin = false } = rule;
  if (min !== undefined && (aboveMin ? value <= min : value < min)) {
    throw new Error(
      `${loss}: options.${name} must be ${aboveMin ? '>' : '>='} ${min}, got ${value}`,
    );
  }
  if (max !== undefined && value > max) {
    throw new Error(`${loss}: options.${name} must be <= ${max}, got ${value}`);
  }
  return value;
}

/** Mean of per-example losses, or Σ w·ℓ / Σ w with weights (0 when every weight is 0). */
export function weightedMean(perExample: tf.Tensor, weights?: tf.Tensor): tf.Scalar {
  if (weights === undefined) return tf.mean(perExample);
  const total = tf.sum(tf.mul(perExample, weights));
  return tf.div(total, tf.maximum(tf.sum(weights), tf.scalar(1e-12)));
}
