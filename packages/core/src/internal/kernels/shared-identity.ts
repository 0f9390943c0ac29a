import * as tf from '@tensorflow/tfjs-core';

/** The part of a backend that counts the tensors sharing one block of data. */
interface RefCountingBackend {
  incRef(dataId: tf.DataId): void;
}

/**
 * Identity that shares its input's data, as the cpu backend's does, instead of copying it as
 * tfjs-backend-wasm's does. The engine clones (Identity) every tensor a gradient needs later,
 * so with the copy each training step duplicated whole embedding tables just to keep them for
 * the backward pass. Sharing is safe because tensors are immutable: a variable's `assign`
 * swaps in new data rather than writing over the old, and no kernel writes into its inputs.
 */
export const wasmSharedIdentity: tf.KernelConfig = {
  kernelName: tf.Identity,
  backendName: 'wasm',
  kernelFunc: ({ inputs, backend }) => {
    const { x } = inputs as tf.IdentityInputs;
    if (x === undefined) throw new Error('Identity: input x is required');
    (backend as unknown as RefCountingBackend).incRef(x.dataId);
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
  },
};
