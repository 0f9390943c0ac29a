import type { Rng } from '@goodhart/random';

export interface DenseNetworkConfig {
  inputDim: number;
  /** ReLU hidden layer widths; [] is a linear model (logistic regression per output). */
  hidden: readonly number[];
  /** Logits out: 1 for a classifier, 2 for an answer and a confidence head. */
  outputs: number;
  /** Penalty l2·Σw² on every weight (not the biases), added to the loss. */
  l2: number;
  learningRate: number;
}

/** Adam's constants (Kingma & Ba 2015's defaults). */
const beta1 = 0.9;
const beta2 = 0.999;
const epsilon = 1e-8;

interface Layer {
  fanIn: number;
  fanOut: number;
  /** Offsets into `parameters`: weights [fanIn × fanOut] row-major, then fanOut biases. */
  weights: number;
  biases: number;
}

/**
 * A small fully connected network in plain typed arrays: ReLU hidden layers, `outputs`
 * logits, trained by Adam on the mean of any per-row loss whose gradient in the logits the
 * caller gives. The offline scenarios train hundreds of such models per preset, each to
 * convergence; TensorFlow.js spends 2.6–4 ms of per-op overhead on every Adam step even of a
 * 17-parameter logistic regression (wasm, measured in README "offline runner"), this runs a
 * step in microseconds. Deterministic: every random draw is from the `rng` given.
 */
export class DenseNetwork {
  readonly parameters: Float64Array;
  private readonly layers: Layer[] = [];
  private readonly gradient: Float64Array;
  private readonly moment1: Float64Array;
  private readonly moment2: Float64Array;
  private steps = 0;
  /** Per layer, the batch's activations into it (index 0: the input); grown on demand. */
  private activations: Float64Array[] = [];

  constructor(
    readonly config: DenseNetworkConfig,
    rng: Rng,
  ) {
    const widths = [config.inputDim, ...config.hidden, config.outputs];
    let size = 0;
    for (let l = 0; l + 1 < widths.length; l++) {
      const layer = { fanIn: widths[l]!, fanOut: widths[l + 1]!, weights: size, biases: 0 };
      layer.biases = size + layer.fanIn * layer.fanOut;
      size = layer.biases + layer.fanOut;
      this.layers.push(layer);
    }
    this.parameters = new Float64Array(size);
    // He initialisation for ReLU layers; the output layer starts at zero (every logit 0).
    this.layers.forEach((layer, index) => {
      if (index + 1 === this.layers.length) return;
      const scale = Math.sqrt(2 / layer.fanIn);
      for (let k = 0; k < layer.fanIn * layer.fanOut; k++) {
        this.parameters[layer.weights + k] = scale * rng.normal();
      }
    });
    this.gradient = new Float64Array(size);
    this.moment1 = new Float64Array(size);
    this.moment2 = new Float64Array(size);
  }

  /** Width of `represent`'s rows: the last hidden layer, or the input when there is none. */
  get representationDim(): number {
    const { hidden, inputDim } = this.config;
    return hidden.at(-1) ?? inputDim;
  }

  /** The logits, rows × outputs, row-major. */
  logits(features: ArrayLike<number>, rows: number): Float64Array {
    this.forward(features, rows);
    return this.activations[this.layers.length]!.slice(0, rows * this.config.outputs);
  }

  /** The last hidden layer's activations (rows × representationDim), or the input itself. */
  represent(features: ArrayLike<number>, rows: number): Float64Array {
    this.forward(features, rows);
    const last = this.layers.length - 1;
    return this.activations[last]!.slice(0, rows * this.representationDim);
  }

  /**
   * One Adam step on a batch. `lossGradient` gets the batch's logits and fills `gradient`
   * (same shape) with d(mean loss)/d(logit); it returns the mean loss, which `step` returns.
   */
  step(
    features: ArrayLike<number>,
    rows: number,
    lossGradient: (logits: Float64Array, gradient: Float64Array) => number,
  ): number {
    const loss = this.backpropagate(features, rows, lossGradient).loss;
    this.adam();
    return loss;
  }

  /**
   * The batch's mean loss and d(mean loss + l2·Σw²)/d(parameter), laid out as `parameters`
   * (a view, overwritten by the next call); nothing is updated.
   */
  backpropagate(
    features: ArrayLike<number>,
    rows: number,
    lossGradient: (logits: Float64Array, gradient: Float64Array) => number,
  ): { loss: number; gradient: Float64Array } {
    this.forward(features, rows);
    const logits = this.activations[this.layers.length]!.subarray(0, rows * this.config.outputs);
    const upstream = new Float64Array(logits.length);
    const loss = lossGradient(logits, upstream);
    this.backward(upstream, rows);
    return { loss, gradient: this.gradient };
  }

  /** A copy of every parameter, for `restore` (early stopping keeps the best epoch's). */
  snapshot(): Float64Array {
    return this.parameters.slice();
  }

  restore(snapshot: Float64Array): void {
    if (snapshot.length !== this.parameters.length) {
      throw new Error(
        `DenseNetwork.restore: snapshot has ${snapshot.length} values, expected ${this.parameters.length}`,
      );
    }
    this.parameters.set(snapshot);
  }

  private forward(features: ArrayLike<number>, rows: number): void {
    const { inputDim } = this.config;
    if (features.length < rows * inputDim) {
      throw new Error(
        `DenseNetwork: features has ${features.length} values, expected at least ${rows}*${inputDim}`,
      );
    }
    const input = this.buffer(0, rows * inputDim);
    for (let k = 0; k < rows * inputDim; k++) input[k] = features[k]!;
    const last = this.layers.length - 1;
    for (let index = 0; index <= last; index++) {
      const { fanIn, fanOut, weights, biases } = this.layers[index]!;
      const w = this.parameters.subarray(weights, biases);
      const b = this.parameters.subarray(biases, biases + fanOut);
      affine(
        this.activations[index]!,
        w,
        b,
        this.buffer(index + 1, rows * fanOut),
        rows,
        fanIn,
        fanOut,
        index < last,
      );
    }
  }

  /** Fills `gradient` with d(mean loss + l2·Σw²)/d(parameter), from d(mean loss)/d(logit). */
  private backward(upstream: Float64Array, rows: number): void {
    const g = this.gradient;
    g.fill(0);
    let delta = upstream;
    for (let index = this.layers.length - 1; index >= 0; index--) {
      const { fanIn, fanOut, weights, biases } = this.layers[index]!;
      const w = this.parameters.subarray(weights, biases);
      const from = this.activations[index]!;
      const gw = g.subarray(weights, biases);
      const gb = g.subarray(biases, biases + fanOut);
      affineGradient(from, delta, gw, gb, rows, fanIn, fanOut);
      const decay = 2 * this.config.l2;
      for (let k = 0; k < gw.length; k++) gw[k]! += decay * w[k]!;
      if (index > 0) delta = backThroughRelu(from, delta, w, rows, fanIn, fanOut);
    }
  }

  private adam(): void {
    this.steps++;
    const rate = this.config.learningRate;
    const correction1 = 1 - beta1 ** this.steps;
    const correction2 = 1 - beta2 ** this.steps;
    const { parameters: p, gradient: g, moment1: m, moment2: v } = this;
    for (let k = 0; k < p.length; k++) {
      m[k] = beta1 * m[k]! + (1 - beta1) * g[k]!;
      v[k] = beta2 * v[k]! + (1 - beta2) * g[k]! * g[k]!;
      p[k]! -= (rate * (m[k]! / correction1)) / (Math.sqrt(v[k]! / correction2) + epsilon);
    }
  }

  private buffer(index: number, size: number): Float64Array {
    const existing = this.activations[index];
    if (existing !== undefined && existing.length >= size) return existing;
    const grown = new Float64Array(size);
    this.activations[index] = grown;
    return grown;
  }
}

/** to = from·W + b, row by row; then ReLU when `relu`. W is [fanIn × fanOut] row-major. */
function affine(
  from: Float64Array,
  w: Float64Array,
  b: Float64Array,
  to: Float64Array,
  rows: number,
  fanIn: number,
  fanOut: number,
  relu: boolean,
): void {
  for (let r = 0; r < rows; r++) {
    const o = r * fanOut;
    const f = r * fanIn;
    for (let j = 0; j < fanOut; j++) to[o + j] = b[j]!;
    for (let i = 0; i < fanIn; i++) {
      const a = from[f + i]!;
      if (a === 0) continue;
      const row = i * fanOut;
      for (let j = 0; j < fanOut; j++) to[o + j]! += a * w[row + j]!;
    }
    if (relu) for (let j = 0; j < fanOut; j++) if (to[o + j]! < 0) to[o + j] = 0;
  }
}

/** Adds d/dW = fromᵀ·delta and d/db = Σ delta over the batch. */
function affineGradient(
  from: Float64Array,
  delta: Float64Array,
  gw: Float64Array,
  gb: Float64Array,
  rows: number,
  fanIn: number,
  fanOut: number,
): void {
  for (let r = 0; r < rows; r++) {
    const o = r * fanOut;
    const f = r * fanIn;
    for (let j = 0; j < fanOut; j++) gb[j]! += delta[o + j]!;
    for (let i = 0; i < fanIn; i++) {
      const a = from[f + i]!;
      if (a === 0) continue;
      const row = i * fanOut;
      for (let j = 0; j < fanOut; j++) gw[row + j]! += a * delta[o + j]!;
    }
  }
}

/** delta·Wᵀ, passed back only where the ReLU activation below was positive. */
function backThroughRelu(
  from: Float64Array,
  delta: Float64Array,
  w: Float64Array,
  rows: number,
  fanIn: number,
  fanOut: number,
): Float64Array {
  const below = new Float64Array(rows * fanIn);
  for (let r = 0; r < rows; r++) {
    const o = r * fanOut;
    const f = r * fanIn;
    for (let i = 0; i < fanIn; i++) {
      if (from[f + i]! <= 0) continue;
      const row = i * fanOut;
      let back = 0;
      for (let j = 0; j < fanOut; j++) back += w[row + j]! * delta[o + j]!;
      below[f + i] = back;
    }
  }
  return below;
}
