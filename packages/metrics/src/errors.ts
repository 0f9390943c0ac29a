/**
 * Thrown when a metric receives malformed input: arrays of different lengths, an empty array,
 * a probability outside [0, 1], an item id outside the catalogue. Such input is a programming
 * error in the caller, so it fails loudly. A well-formed input that merely leaves a metric
 * undefined (AUC with only one class present, say) is not an error: the metric returns NaN and
 * says so in its documentation.
 */
export class MetricInputError extends Error {
  /** The metric that refused the input, e.g. `brierScore`. */
  readonly metric: string;
  /** The argument at fault, e.g. `labels` or `options.bins`. */
  readonly argument: string;

  constructor(metric: string, argument: string, reason: string) {
    super(`${metric}: ${argument} ${reason}`);
    this.name = 'MetricInputError';
    this.metric = metric;
    this.argument = argument;
  }
}
