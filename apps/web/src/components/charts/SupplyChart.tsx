'use client';

import type { ChartSeries } from '../../lib/chart-rows';
import { MetricChart } from './MetricChart';
import { seriesColor } from './palette';

/** The per-round metrics that describe creator supply. */
export const supplyMetrics = ['meanQualitySupply', 'clickbaitShareSupply'] as const;

/**
 * Creator supply over rounds on one chart: per arm, the mean quality of what creators offer
 * (solid) and its clickbait share (dashed), in the arm's colour, so a drift toward clickbait
 * shows as the two lines crossing.
 */
export function SupplyChart({
  quality,
  clickbait,
}: {
  quality: readonly ChartSeries[];
  clickbait: readonly ChartSeries[];
}) {
  const series = [
    ...quality.map((s) => ({ ...s, label: `${s.label} · quality` })),
    ...clickbait.map((s) => ({ ...s, label: `${s.label} · clickbait` })),
  ];
  return (
    <MetricChart
      title="quality vs clickbait of supply"
      series={series}
      height={260}
      styleOf={(_, i) => ({
        color: seriesColor(i % Math.max(1, quality.length)),
        dash: i >= quality.length ? '5 3' : undefined,
      })}
    />
  );
}
