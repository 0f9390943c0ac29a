import { auc } from '@goodhart/metrics';
import { fitLinearProbe } from '../../internal/linear-probe';
import type { DenseNetwork } from './dense-network';
import type { Split } from './offline-data';

/**
 * Representation quality: a linear probe fitted on the training rows' representation,
 * scored by AUC on the test rows' representation.
 */
export function probeAuc(
  train: { representation: Float64Array; labels: Uint8Array; rows: number },
  test: { representation: Float64Array; labels: Uint8Array; rows: number },
  dim: number,
): number {
  const probe = fitLinearProbe(train.representation, train.labels, train.rows, dim, {
    iterations: 12,
  });
  return auc(probe.predict(test.representation, test.rows), test.labels);
}

/** Rows the probe reads from each split: enough for a stable AUC, cheap once per run. */
const probeRows = 2_000;

/** The probe on the network's last hidden layer: its first 2,000 fit and test rows. */
export function probeOn(network: DenseNetwork, fit: Split, test: Split): number {
  const train = Math.min(fit.rows, probeRows);
  const held = Math.min(test.rows, probeRows);
  return probeAuc(
    {
      representation: network.represent(fit.features, train),
      labels: fit.labels.subarray(0, train),
      rows: train,
    },
    {
      representation: network.represent(test.features, held),
      labels: test.labels.subarray(0, held),
      rows: held,
    },
    network.representationDim,
  );
}
