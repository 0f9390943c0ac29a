import { auc } from '@goodhart/metrics';
import { fitLinearProbe } from '../../internal/linear-probe';

/**
 * Representation quality: a linear probe fitted on the training rows' representation,
 * scored by AUC on the test rows' representation.
 */
export function probeAuc(
  train: { representation: Float32Array; labels: Uint8Array; rows: number },
  test: { representation: Float32Array; labels: Uint8Array; rows: number },
  dim: number,
): number {
  const probe = fitLinearProbe(train.representation, train.labels, train.rows, dim, {
    iterations: 12,
  });
  return auc(probe.predict(test.representation, test.rows), test.labels);
}
