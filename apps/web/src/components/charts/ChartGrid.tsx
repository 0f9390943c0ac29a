'use client';

import { useState } from 'react';
import type { ChartSeries } from '../../lib/chart-rows';
import { orderMetrics } from '../../lib/key-metrics';
import { MetricChart, type SeriesStyle } from './MetricChart';

/**
 * One chart per metric: the key metrics in view, every other metric one click away in a
 * disclosure (dozens of charts at once would bury the few that test the claim).
 */
export function ChartGrid({
  bands,
  keyMetrics,
  xLabel,
  styleOf,
  showBands,
}: {
  bands: Readonly<Record<string, readonly ChartSeries[]>>;
  /** Metrics to show first, in order; those without data are skipped. */
  keyMetrics: readonly string[];
  xLabel?: string;
  styleOf?: (series: ChartSeries, index: number) => SeriesStyle;
  showBands?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const names = Object.keys(bands);
  const wanted = keyMetrics.filter((m) => names.includes(m));
  const shown = wanted.length > 0 ? wanted : orderMetrics(names, []).slice(0, 6);
  const rest = orderMetrics(names, []).filter((m) => !shown.includes(m));
  return (
    <>
      <div className="grid-charts">
        {shown.map((metric) => (
          <MetricChart
            key={metric}
            title={metric}
            series={bands[metric] ?? []}
            xLabel={xLabel}
            styleOf={styleOf}
            showBands={showBands}
          />
        ))}
      </div>
      {rest.length > 0 ? (
        <details className="more-charts" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>All other metrics ({rest.length})</summary>
          {/* Drawn only when open: dozens of hidden charts cost seconds on a slow machine. */}
          {open ? (
            <div className="grid-charts">
              {rest.map((metric) => (
                <MetricChart
                  key={metric}
                  title={metric}
                  series={bands[metric] ?? []}
                  xLabel={xLabel}
                />
              ))}
            </div>
          ) : null}
        </details>
      ) : null}
    </>
  );
}
