'use client';

import { metricBounds } from '@goodhart/experiment/results';
import { useMemo, useState } from 'react';
import { type ChartOptions, defaultChartOptions } from '../../lib/chart-options';
import type { ChartSeries } from '../../lib/chart-rows';
import { cumulativeImpressions } from '../../lib/chart-transform';
import { orderMetrics } from '../../lib/key-metrics';
import { MetricChart } from './MetricChart';

/**
 * One chart per metric: the key metrics in view, every other metric one click away in a
 * disclosure (dozens of charts at once would bury the few that test the claim), drawn as
 * `options` say (chart-options).
 */
export function ChartGrid({
  bands,
  keyMetrics,
  xLabel = 'round',
  options = defaultChartOptions,
  slateSize = null,
  picked,
}: {
  bands: Readonly<Record<string, readonly ChartSeries[]>>;
  /** Metrics to show first, in order; those without data are skipped. */
  keyMetrics: readonly string[];
  /** Metrics picked to show instead of the key ones (the metric picker). */
  picked?: readonly string[];
  xLabel?: string;
  options?: ChartOptions;
  /** Items per slate, to count impressions from active users (null: no impressions axis). */
  slateSize?: number | null;
}) {
  const [open, setOpen] = useState(false);
  const activeUsers = bands.activeUsers;
  const xs = useMemo(
    () =>
      options.x === 'impressions' && activeUsers && slateSize !== null
        ? cumulativeImpressions(activeUsers, slateSize)
        : undefined,
    [options.x, activeUsers, slateSize],
  );
  const names = Object.keys(bands);
  const wanted = (picked ?? keyMetrics).filter((m) => names.includes(m));
  const shown =
    wanted.length > 0 || picked !== undefined ? wanted : orderMetrics(names, []).slice(0, 6);
  const rest = orderMetrics(names, []).filter((m) => !shown.includes(m));
  const chart = (metric: string) => (
    <MetricChart
      key={metric}
      title={metric}
      series={bands[metric] ?? []}
      xLabel={xs ? 'impressions' : xLabel}
      showBands={options.bands}
      smoothing={options.smoothing}
      logScale={options.logScale}
      bounds={metricBounds(metric)}
      xs={xs}
    />
  );
  return (
    <>
      <div className="grid-charts">{shown.map(chart)}</div>
      {rest.length > 0 ? (
        <details className="more-charts" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>All other metrics ({rest.length})</summary>
          {/* Drawn only when open: dozens of hidden charts cost seconds on a slow machine. */}
          {open ? <div className="grid-charts">{rest.map(chart)}</div> : null}
        </details>
      ) : null}
    </>
  );
}
