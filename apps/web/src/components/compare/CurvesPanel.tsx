'use client';

import { metricBounds } from '@goodhart/experiment/results';
import { useState } from 'react';
import { smoothingWindows } from '../../lib/chart-options';
import { yScaleOf } from '../../lib/chart-transform';
import { type ColourBy, compareStyleSlots, sweptParams } from '../../lib/compare-styles';
import { type CompareView, compareViewFrom, compareViewParams } from '../../lib/compare-view';
import { orderMetrics } from '../../lib/key-metrics';
import type { CompareResult } from '../../trpc/types';
import { MetricChart, type SeriesStyle } from '../charts/MetricChart';
import { seriesColor } from '../charts/palette';
import { MetricPicker } from '../metrics/MetricPicker';
import { useUrlParams } from '../ui/useUrlParams';
import { SeriesLegend } from './SeriesLegend';

const dashes = [undefined, '6 3', '2 2', '8 3 2 3'];
/** Beyond this many series in one chart, each metric splits into small multiples by default. */
const manySeries = 6;

type Curve = CompareResult['curves'][string][number];

/**
 * Compare's curves, readable with many series: a metric picker, one legend for all charts
 * beside them (click to hide, "only" to solo), colour by arm, experiment or a swept parameter,
 * and small multiples (one chart per experiment, or per arm) when many series share a chart.
 */
export function CurvesPanel({
  result,
  keyCurves,
}: {
  result: CompareResult;
  /** The metrics the specs highlight: picked at first. */
  keyCurves: readonly string[];
}) {
  const names = orderMetrics(Object.keys(result.curves), []);
  const firstPicked = keyCurves.filter((m) => names.includes(m));
  // The view lives in the URL (compare-view), so a link reproduces it; hiding series does not
  // (series labels are long, and hiding is a glance, not a view).
  const [params, setParams] = useUrlParams();
  const view = compareViewFrom(params);
  const set = (changes: Partial<CompareView>) => setParams(compareViewParams(changes));
  const metrics = view.metrics ?? (firstPicked.length > 0 ? firstPicked : names.slice(0, 4));
  const colourBy = view.colourBy;
  const [hidden, setHidden] = useState<Set<string>>(new Set());

  const all: readonly Curve[] = Object.values(result.curves)[0] ?? [];
  const experimentName = (id: string) =>
    result.columns.find((c) => c.experimentId === id)?.name ?? id;
  const slots = compareStyleSlots(
    all,
    result.columns.map((c) => c.experimentId),
    colourBy,
    experimentName,
  );
  const styleOf = (series: { label: string }, index: number): SeriesStyle => {
    const slot = slots.get(series.label);
    return slot
      ? { color: seriesColor(slot.colorIndex), dash: dashes[slot.dashIndex % dashes.length] }
      : { color: seriesColor(index) };
  };
  const visibleCount = all.filter((s) => !hidden.has(s.label)).length;
  const facets = [...new Set(all.map((s) => slots.get(s.label)?.facet ?? ''))];
  const split = (view.split ?? visibleCount > manySeries) && facets.length > 1;
  // Overlaid bands of many series blur into one another; off by default beyond three.
  const showBands = view.bands ?? visibleCount <= 3;
  const swept = sweptParams(all);

  const charts = metrics.flatMap((metric) => {
    const series = (result.curves[metric] ?? []).filter((s) => !hidden.has(s.label));
    if (!split) return [{ key: metric, metric, title: metric, series, yScale: undefined }];
    const yScale = yScaleOf(series, metricBounds(metric), showBands);
    // A facet whose series never report this metric (an offline task's loss, say) is left out.
    return facets
      .map((facet) => ({
        key: `${metric}|${facet}`,
        metric,
        title: `${metric} · ${facet}`,
        series: series.filter((s) => slots.get(s.label)?.facet === facet),
        yScale,
      }))
      .filter((chart) => chart.series.some((s) => s.points.some((p) => p.mean !== null)));
  });

  return (
    <section className="panel" aria-labelledby="curves-heading">
      <div className="panel-head">
        <h2 id="curves-heading">Curves</h2>
        <span className="hint">
          colour: {colourBy.replace(/^param:/, '')}; dash
          {split ? ' and chart' : ''}: {colourBy === 'arm' ? 'experiment' : 'arm'}
        </span>
      </div>
      <div className="toolbar curves-controls">
        <MetricPicker metrics={names} picked={metrics} onChange={(m) => set({ metrics: m })} />
        <label className="inline-field">
          Colour by
          <select value={colourBy} onChange={(e) => set({ colourBy: e.target.value as ColourBy })}>
            <option value="arm">arm</option>
            <option value="experiment">experiment</option>
            {swept.map((path) => (
              <option key={path} value={`param:${path}`}>
                {path}
              </option>
            ))}
          </select>
        </label>
        <label className="summary-toggle">
          <input
            type="checkbox"
            checked={split}
            disabled={facets.length <= 1}
            onChange={(e) => set({ split: e.target.checked })}
          />
          Small multiples (one chart per {colourBy === 'arm' ? 'experiment' : 'arm'})
        </label>
        <label className="summary-toggle">
          <input
            type="checkbox"
            checked={showBands}
            onChange={(e) => set({ bands: e.target.checked })}
          />
          95% bands across seeds
        </label>
        <label className="inline-field">
          Smoothing
          <select
            value={view.smoothing}
            onChange={(e) => set({ smoothing: Number(e.target.value) })}
          >
            {smoothingWindows.map((w) => (
              <option key={w} value={w}>
                {w === 1 ? 'none' : `${w} rounds`}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="curves-layout">
        <div className={split ? 'grid-charts small' : 'grid-charts'} data-split={split}>
          {metrics.length === 0 ? <p className="subtitle">Pick a metric to chart.</p> : null}
          {charts.map((chart) => (
            <MetricChart
              key={chart.key}
              title={chart.title}
              series={chart.series}
              styleOf={styleOf}
              showBands={showBands}
              legend={false}
              height={split ? 170 : 240}
              yScale={chart.yScale}
              bounds={metricBounds(chart.metric)}
              smoothing={view.smoothing}
            />
          ))}
        </div>
        <SeriesLegend
          entries={all.map((s, i) => ({ label: s.label, ...styleOf(s, i) }))}
          hidden={hidden}
          onChange={setHidden}
        />
      </div>
    </section>
  );
}
