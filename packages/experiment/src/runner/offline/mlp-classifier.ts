import type { LossFunction, LossOptions } from '@goodhart/core';
import { type Rng, shuffleInPlace } from '@goodhart/random';
import * as tf from '@tensorflow/tfjs-core';

export interface EpochOptions {
  batchSize: number;
  loss: LossFunction;
  lossOptions: LossOptions;
}

/**
 * A binary classifier for the offline scenarios: ReLU hidden layers (none = logistic
 * regression) and one logit, trained by Adam on any of core's logit losses. Written here
 * because core's recommenders score (user, item) pairs and expose no hidden representation,
 * which the linear probe needs. Call core's initBackend() first (it registers gradients).
 */
export class MlpClassifier {
  private readonly layers: { weights: tf.Variable; bias: tf.Variable }[] = [];
  private readonly optimizer: tf.Optimizer;
  private disposed = false;

  constructor(
    private readonly inputDim: number,
    private readonly hidden: readonly number[],
    private readonly l2: number,
    learningRate: number,
    rng: Rng,
  ) {
    const widths = [inputDim, ...hidden, 1];
    for (let layer = 0; layer + 1 < widths.length; layer++) {
      const [fanIn, fanOut] = [widths[layer], widths[layer + 1]];
      // He initialisation for ReLU layers; the output layer starts at zero (p = 0.5).
      const scale = layer + 2 < widths.length ? Math.sqrt(2 / fanIn) : 0;
      const init = new Float32Array(fanIn * fanOut);
      for (let k = 0; k < init.length; k++) init[k] = scale * rng.normal();
      // Inside tidy so the initial values are freed; variables outlive it.
      this.layers.push(
        tf.tidy(() => ({
          weights: tf.variable(tf.tensor2d(init, [fanIn, fanOut])),
          bias: tf.variable(tf.zeros([fanOut])),
        })),
      );
    }
    this.optimizer = tf.train.adam(learningRate);
  }

  /** Width of `represent`'s rows: the last hidden layer, or the input when there is none. */
  get representationDim(): number {
    return this.hidden.length > 0 ? this.hidden[this.hidden.length - 1] : this.inputDim;
  }

  /** One pass over the rows in a random order; returns the mean loss (before the L2 term). */
  fitEpoch(features: Float32Array, labels: Uint8Array, options: EpochOptions, rng: Rng): number {
    this.checkAlive();
    const rows = labels.length;
    const order = shuffleInPlace(
      Int32Array.from({ length: rows }, (_, r) => r),
      rng,
    );
    const batchFeatures = new Float32Array(options.batchSize * this.inputDim);
    const batchLabels = new Float32Array(options.batchSize);
    let total = 0;
    for (let start = 0; start < rows; start += options.batchSize) {
      const size = Math.min(options.batchSize, rows - start);
      for (let b = 0; b < size; b++) {
        const row = order[start + b];
        batchFeatures.set(
          features.subarray(row * this.inputDim, (row + 1) * this.inputDim),
          b * this.inputDim,
        );
        batchLabels[b] = labels[row];
      }
      const lossValue = tf.tidy(() => {
        const x = tf.tensor2d(batchFeatures.subarray(0, size * this.inputDim), [
          size,
          this.inputDim,
        ]);
        const y = tf.tensor1d(batchLabels.subarray(0, size));
        let dataLoss: tf.Scalar | undefined;
        this.optimizer.minimize(
          () => {
            const logits = tf.reshape(this.forward(x).logits, [size]);
            dataLoss = tf.keep(options.loss(y, logits, options.lossOptions));
            return tf.add(dataLoss, tf.mul(tf.scalar(this.l2), this.penalty())) as tf.Scalar;
          },
          false,
          this.variables,
        );
        const value = (dataLoss as tf.Scalar).dataSync()[0];
        (dataLoss as tf.Scalar).dispose();
        return value;
      });
      total += lossValue * size;
    }
    return total / rows;
  }

  /** P(y = 1) for each row. */
  predict(features: Float32Array, rows: number): Float32Array {
    this.checkAlive();
    return readAndDispose(
      tf.tidy(() => {
        const x = tf.tensor2d(features, [rows, this.inputDim]);
        return tf.sigmoid(tf.reshape(this.forward(x).logits, [rows]));
      }),
    );
  }

  /** The last hidden layer's activations (rows x representationDim), or a copy of the input. */
  represent(features: Float32Array, rows: number): Float32Array {
    this.checkAlive();
    if (this.hidden.length === 0) return features.slice(0, rows * this.inputDim);
    return readAndDispose(
      tf.tidy(() => this.forward(tf.tensor2d(features, [rows, this.inputDim])).representation),
    );
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    tf.dispose(this.variables);
    this.optimizer.dispose();
  }

  private get variables(): tf.Variable[] {
    return this.layers.flatMap((layer) => [layer.weights, layer.bias]);
  }

  private forward(x: tf.Tensor2D): { logits: tf.Tensor2D; representation: tf.Tensor2D } {
    let activation = x;
    this.layers.forEach((layer, index) => {
      if (index + 1 === this.layers.length) return;
      activation = tf.relu(tf.add(tf.matMul(activation, layer.weights), layer.bias)) as tf.Tensor2D;
    });
    const output = this.layers[this.layers.length - 1];
    const logits = tf.add(tf.matMul(activation, output.weights), output.bias) as tf.Tensor2D;
    return { logits, representation: activation };
  }

  private penalty(): tf.Scalar {
    let sum: tf.Scalar = tf.scalar(0);
    for (const layer of this.layers) sum = tf.add(sum, tf.sum(tf.square(layer.weights)));
    return sum;
  }

  private checkAlive(): void {
    if (this.disposed) throw new Error('MlpClassifier: used after dispose()');
  }
}

/**
 * The values of a tensor, which is then freed. Read outside tf.tidy: a typed array returned
 * from tidy is walked element by element in search of tensors to keep.
 */
function readAndDispose(tensor: tf.Tensor): Float32Array {
  const values = tensor.dataSync() as Float32Array;
  tensor.dispose();
  return values;
}
