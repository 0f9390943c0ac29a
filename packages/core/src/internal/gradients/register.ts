import * as tf from '@tensorflow/tfjs-core';
// Every gradient tfjs has. tfjs-core registers its own only from its ES-module build
// (`dist/register_all_gradients`, whose extensionless imports plain Node and tsx cannot
// load), and its Node bundle has none. The union package's Node bundle (`dist/tf.node.js`)
// carries them all and registers them when it is loaded.
import '@tensorflow/tfjs';
import { batchMatMulGrad, logGrad, softmaxGrad } from './own-gradients';

/** The gradients we keep in place of upstream's, each for a measured reason (own-gradients.ts). */
export const coreGradients: readonly tf.GradConfig[] = [batchMatMulGrad, softmaxGrad, logGrad];

/** Upstream's gradient for each kernel we keep our own of, as loading `@tensorflow/tfjs` left it. */
export const upstreamGradients: ReadonlyMap<string, tf.GradConfig | undefined> = new Map(
  coreGradients.map((config) => [config.kernelName, tf.getGradient(config.kernelName)]),
);

/**
 * Puts ours in place of upstream's. A kernel whose gradient is no longer upstream's (somebody
 * else registered theirs, or ours is there already) is left alone.
 */
export function registerCoreGradients(): void {
  for (const config of coreGradients) {
    if (tf.getGradient(config.kernelName) === upstreamGradients.get(config.kernelName)) {
      tf.registerGradient(config);
    }
  }
}
