import * as tf from '@tensorflow/tfjs-core';
import {
  addGrad,
  batchMatMulGrad,
  maximumGrad,
  minimumGrad,
  multiplyGrad,
  realDivGrad,
  squaredDifferenceGrad,
  subGrad,
} from './arithmetic';
import { maxGrad, meanGrad, softmaxGrad, sumGrad } from './reductions';
import {
  concatGrad,
  expandDimsGrad,
  gatherGrad,
  packGrad,
  reshapeGrad,
  sliceGrad,
  tileGrad,
  transposeGrad,
} from './shape';
import {
  absGrad,
  castGrad,
  clipByValueGrad,
  expGrad,
  identityGrad,
  log1pGrad,
  logGrad,
  negGrad,
  reluGrad,
  sigmoidGrad,
  softplusGrad,
  sqrtGrad,
  squareGrad,
  tanhGrad,
} from './unary';

/**
 * Gradients for every kernel our losses and models differentiate through.
 *
 * Why this exists: `@tensorflow/tfjs-core`'s own gradients live in its ES-module build
 * (`dist/register_all_gradients`), which plain Node and tsx cannot load (extensionless
 * imports), and its Node bundle does not include them. The union `@tensorflow/tfjs` package
 * would, but it drags in layers/converter/webgl. So we register our own, tested against
 * finite differences, and never override a gradient someone else already registered.
 */
export const coreGradients: readonly tf.GradConfig[] = [
  addGrad,
  subGrad,
  multiplyGrad,
  realDivGrad,
  maximumGrad,
  minimumGrad,
  squaredDifferenceGrad,
  batchMatMulGrad,
  negGrad,
  squareGrad,
  sqrtGrad,
  expGrad,
  logGrad,
  log1pGrad,
  sigmoidGrad,
  softplusGrad,
  tanhGrad,
  reluGrad,
  absGrad,
  clipByValueGrad,
  identityGrad,
  castGrad,
  sumGrad,
  meanGrad,
  maxGrad,
  softmaxGrad,
  reshapeGrad,
  expandDimsGrad,
  transposeGrad,
  gatherGrad,
  concatGrad,
  packGrad,
  sliceGrad,
  tileGrad,
];

export function registerMissingGradients(): void {
  for (const config of coreGradients) {
    if (tf.getGradient(config.kernelName) == null) tf.registerGradient(config);
  }
}
