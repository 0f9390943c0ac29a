import * as tf from '@tensorflow/tfjs-core';
import { cpuUnsortedSegmentSum, wasmUnsortedSegmentSum } from './unsorted-segment-sum';

const ours = new Set<tf.KernelFunc>([
  cpuUnsortedSegmentSum.kernelFunc,
  wasmUnsortedSegmentSum.kernelFunc,
]);

function install(config: tf.KernelConfig, replaceExisting: boolean): void {
  const existing = tf.getKernel(config.kernelName, config.backendName);
  if (existing != null) {
    if (ours.has(existing.kernelFunc) || !replaceExisting) return;
    tf.unregisterKernel(config.kernelName, config.backendName);
  }
  tf.registerKernel(config);
}

/** Adds the kernels our models need that the installed backends lack or run too slowly. */
export function registerCoreKernels(): void {
  // If a later tfjs-backend-wasm ships its own kernel, keep it.
  install(wasmUnsortedSegmentSum, false);
  install(cpuUnsortedSegmentSum, true);
}
