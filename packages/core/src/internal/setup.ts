import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { registerCoreGradients } from './gradients/register';
import { registerCoreKernels } from './kernels/register';

let done = false;

/**
 * Registers our gradients and kernels, once. Called by `initBackend` and by every model
 * before its first forward pass (tfjs decides what to save for the backward pass when the
 * forward op runs, so gradients must exist by then).
 */
export function ensureTensorSetup(): void {
  if (done) return;
  registerCoreGradients();
  registerCoreKernels();
  done = true;
}
