import { describeEffect, formatNumber, type PairedComparison } from '@goodhart/experiment';
import { renderGroupTable } from './group-table';

/**
 * Each arm minus the reference arm, seed by seed: `mean [lower, upper] k/n`, the mean paired
 * difference, its 95% interval and how many of the n seeds with a value on both sides differ
 * by more than 0. One seed gives no interval, only the difference.
 */
export function renderPairedTable(
  comparisons: readonly PairedComparison[],
  metrics: readonly string[],
): string {
  return renderGroupTable(
    comparisons.map((comparison) => {
      const cells: Record<string, string> = {};
      for (const metric of metrics) {
        const effect = comparison.metrics[metric];
        if (effect === undefined || effect.n === 0) continue;
        const figure = effect.n > 1 ? describeEffect(effect) : formatNumber(effect.mean);
        cells[metric] = `${figure} ${effect.agreeing}/${effect.n}`;
      }
      return { group: comparison.group, arm: comparison.arm, cells };
    }),
    metrics,
  );
}
