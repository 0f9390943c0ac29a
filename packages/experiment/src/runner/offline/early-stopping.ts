/**
 * Early stopping on a validation loss: keep the epoch with the lowest loss so far, stop once
 * `patience` epochs in a row have not beaten it. A NaN loss never counts as better.
 */
export class EarlyStopping {
  /** The epoch whose loss is the lowest so far (-1 before the first). */
  bestEpoch = -1;
  bestLoss = Number.POSITIVE_INFINITY;

  constructor(readonly patience: number) {
    if (!Number.isInteger(patience) || patience < 1) {
      throw new Error(`EarlyStopping: patience must be an integer >= 1, got ${patience}`);
    }
  }

  /**
   * Records epoch `epoch`'s validation loss: 'best' when it is the lowest so far (keep these
   * weights), 'stop' when the last `patience` epochs all failed to beat the best, else 'wait'.
   */
  observe(epoch: number, loss: number): 'best' | 'wait' | 'stop' {
    if (loss < this.bestLoss) {
      this.bestLoss = loss;
      this.bestEpoch = epoch;
      return 'best';
    }
    return epoch - this.bestEpoch >= this.patience ? 'stop' : 'wait';
  }
}
