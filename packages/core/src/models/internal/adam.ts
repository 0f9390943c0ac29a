import * as tf from '@tensorflow/tfjs-core';
import { AdamStep, type AdamStepAttrs } from '../../internal/kernels/adam-step';

const f32 = Math.fround;

interface Moments {
  first: tf.Variable;
  second: tf.Variable;
}

/**
 * Adam computing what tf.train.adam computes, bit for bit, with each variable's update fused
 * into one kernel (AdamStep, four float32 lanes at a time) where the backend has it (wasm).
 * tfjs's optimizer runs a dozen elementwise kernels per variable per step, each writing a
 * whole tensor: dense updates of 10,000-user embedding tables cost more than the rest of the
 * training step. On any other backend this is tf.train.adam itself.
 */
export class Adam {
  private readonly learningRate: number;
  private readonly beta1 = 0.9;
  private readonly beta2 = 0.999;
  private readonly fallback: tf.Optimizer | undefined;
  private readonly moments = new Map<tf.Variable, Moments>();
  // β^t, held as tfjs holds them: float32 scalars multiplied by β after every step.
  private accBeta1 = f32(this.beta1);
  private accBeta2 = f32(this.beta2);

  constructor(learningRate: number) {
    this.learningRate = learningRate;
    const fused = tf.getKernel(AdamStep, tf.getBackend()) != null;
    this.fallback = fused ? undefined : tf.train.adam(learningRate, this.beta1, this.beta2);
  }

  /** One step down the gradient of `loss` with respect to `variables`. */
  minimize(loss: () => tf.Scalar, variables: tf.Variable[]): void {
    if (this.fallback !== undefined) {
      this.fallback.minimize(loss, false, variables);
      return;
    }
    const { value, grads } = tf.variableGrads(loss, variables);
    try {
      this.apply(variables, grads);
    } finally {
      value.dispose();
      tf.dispose(grads);
    }
  }

  private apply(variables: tf.Variable[], gradients: tf.NamedTensorMap): void {
    const attrs: AdamStepAttrs = {
      beta1: f32(this.beta1),
      oneMinusBeta1: f32(1 - this.beta1),
      beta2: f32(this.beta2),
      oneMinusBeta2: f32(1 - this.beta2),
      oneMinusAccBeta1: f32(1 - this.accBeta1),
      oneMinusAccBeta2: f32(1 - this.accBeta2),
      epsilon: f32(tf.backend().epsilon()),
      negativeLearningRate: f32(-this.learningRate),
    };
    tf.tidy(() => {
      for (const variable of variables) {
        const gradient = gradients[variable.name];
        if (gradient === undefined) continue;
        const { first, second } = this.momentsOf(variable);
        const outputs = tf
          .engine()
          .runKernel(
            AdamStep,
            { x: variable, m: first, v: second, gradient },
            attrs as unknown as tf.NamedAttrMap,
          ) as tf.Tensor[];
        const [value, firstMoment, secondMoment] = outputs;
        if (value === undefined || firstMoment === undefined || secondMoment === undefined) {
          throw new Error(`adam: the ${AdamStep} kernel gave ${outputs.length} outputs, not 3`);
        }
        variable.assign(value);
        first.assign(firstMoment);
        second.assign(secondMoment);
      }
    });
    this.accBeta1 = f32(this.accBeta1 * f32(this.beta1));
    this.accBeta2 = f32(this.accBeta2 * f32(this.beta2));
  }

  private momentsOf(variable: tf.Variable): Moments {
    let moments = this.moments.get(variable);
    if (moments === undefined) {
      moments = tf.tidy(() => ({
        first: tf.zerosLike(variable).variable(false),
        second: tf.zerosLike(variable).variable(false),
      }));
      this.moments.set(variable, moments);
    }
    return moments;
  }

  dispose(): void {
    this.fallback?.dispose();
    for (const { first, second } of this.moments.values()) tf.dispose([first, second]);
    this.moments.clear();
  }
}
