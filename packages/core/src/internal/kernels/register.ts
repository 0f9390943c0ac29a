import * as tf from '@tensorflow/tfjs-core';
import { wasmAdamStep } from './adam-step';
import { wasmGatherRows } from './gather-rows';
import { wasmSharedIdentity } from './shared-identity';
import { cpuUnsortedSegmentSum, wasmUnsortedSegmentSum } from './unsorted-segment-sum';

const ours = new Set<tf.KernelFunc>([
  wasmAdamStep.kernelFunc,
  wasmSharedIdentity.kernelFunc,
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

/** Wraps the wasm backend's GatherV2 with a row-copy fast path (see gather-rows), once. */
function installWasmGather(): void {
  const existing = tf.getKernel(tf.GatherV2, 'wasm');
  if (existing == null || ours.has(existing.kernelFunc)) return;
  const config = wasmGatherRows(existing);
  ours.add(config.kernelFunc);
  tf.unregisterKernel(tf.GatherV2, 'wasm');
  tf.registerKernel(config);
}

/** Adds the kernels our models need that the installed backends lack or run too slowly. */
export function registerCoreKernels(): void {
  // If a later tfjs-backend-wasm ships its own kernel, keep it.
  install(wasmUnsortedSegmentSum, false);
  install(cpuUnsortedSegmentSum, true);
  installWasmGather();
  if (tf.getKernel(tf.Identity, 'wasm') != null) install(wasmSharedIdentity, true);
  install(wasmAdamStep, true);
}
