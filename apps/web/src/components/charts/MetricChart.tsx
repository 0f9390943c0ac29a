'use client';

import type { Bounds } from '@goodhart/experiment/results';
import { memo, useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { type ChartSeries, hasBands, seriesSummary, toChartRows } from '../../lib/chart-rows';
import {
  logScaleFits,
  smoothSeries,
  withX,
  type YScale,
  yScaleOf,
} from '../../lib/chart-transform';
import { formatNumber } from '../../lib/format';
import { ChartFrame } from './ChartFrame';
import { IntervalTooltip } from './IntervalTooltip';
import { seriesColor } from './palette';

const axisTick = { fontSize: 11, fill: '#5d6575' };

export interface SeriesStyle {
  color: string;
  /** An SVG dash array, e.g. '5 3'; solid when absent. */
  dash?: string;
}

const defaultStyle = (_: ChartSeries, index: number): SeriesStyle => ({
  color: seriesColor(index),
});

/**
 * A metric over rounds: one line per series (arm), a shaded band for the interval across seeds.
 * Memoised: a poll that did not touch a metric keeps its series objects, and its chart is not
 * drawn again.
 */
export const MetricChart = memo(function MetricChart({
  title,
  series,
  height = 220,
  styleOf = defaultStyle,
  showBands = true,
  xLabel = 'round',
  legend = true,
  yScale,
  bounds,
  smoothing = 1,
  logScale = false,
  xs,
}: {
  title: string;
  series: readonly ChartSeries[];
  height?: number;
  /** Colour and dash of series i: series about one arm can share a colour, differ in dash. */
  styleOf?: (series: ChartSeries, index: number) => SeriesStyle;
  /** Draw the interval bands (many overlaid series can turn them into a wash). */
  showBands?: boolean;
  /** What the x axis counts: feedback rounds, or training epochs offline. */
  xLabel?: string;
  /** Recharts' own legend; off where one legend serves many charts (Compare). */
  legend?: boolean;
  /** A shared y axis, so small multiples of one metric read on one scale. */
  yScale?: YScale;
  /** The metric's bounds (metricBounds): the y axis never passes them. */
  bounds?: Bounds;
  /** Trailing moving average over this many rounds (1: none). */
  smoothing?: number;
  /** A log y axis, where every value is above 0 (else linear, and the note says why). */
  logScale?: boolean;
  /** Another x axis: per series label, round → x (cumulative impressions); absent: rounds. */
  xs?: ReadonlyMap<string, ReadonlyMap<number, number>>;
}) {
  const drawn = useMemo(() => {
    const placed = xs ? withX(series, xs) : [...series];
    return smoothSeries(placed, smoothing);
  }, [series, xs, smoothing]);
  const rows = toChartRows(drawn);
  const bands = showBands && hasBands(drawn);
  const log = logScale && logScaleFits(drawn);
  const scale = log ? undefined : (yScale ?? yScaleOf(drawn, bounds, bands));
  const notes = [
    bands ? 'shaded: 95% interval across seeds' : undefined,
    smoothing > 1 ? `smoothed: mean of the last ${smoothing} points` : undefined,
    logScale && !log ? 'linear: a log scale needs every value above 0' : undefined,
  ].filter(Boolean);
  return (
    <ChartFrame
      title={title}
      description={`${title} per ${xLabel}, one line per ${series.length === 1 ? 'arm' : 'series'} (${series.map((s) => s.label).join(', ')}); ${seriesSummary(drawn, xLabel, formatNumber)}`}
      note={notes.length > 0 ? notes.join('; ') : undefined}
    >
      <ComposedChart
        data={rows}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 6, right: 12, bottom: 0, left: 0 }}
      >
        <CartesianGrid stroke="#eef0f4" vertical={false} />
        <XAxis
          dataKey="round"
          type="number"
          domain={['dataMin', 'dataMax']}
          allowDecimals={false}
          tickFormatter={(v: number) => formatNumber(v)}
          tick={axisTick}
          tickLine={false}
          label={{
            value: xLabel,
            position: 'insideBottomRight',
            offset: -2,
            fontSize: 11,
            fill: '#8a91a0',
          }}
        />
        <YAxis
          width={52}
          scale={log ? 'log' : 'auto'}
          domain={scale?.domain ?? ['auto', 'auto']}
          ticks={scale?.ticks}
          allowDataOverflow={scale !== undefined}
          tick={axisTick}
          tickLine={false}
          axisLine={false}
          tickFormatter={(v: number) => formatNumber(v)}
        />
        <Tooltip
          content={<IntervalTooltip xLabel={xLabel} seriesLabels={drawn.map((s) => s.label)} />}
        />
        {legend ? <Legend wrapperStyle={{ fontSize: 12 }} iconType="plainline" /> : null}
        {bands
          ? drawn.map((s, i) => (
              <Area
                key={`band-${s.label}`}
                dataKey={`b${i}`}
                name={`${s.label} interval`}
                stroke="none"
                fill={styleOf(s, i).color}
                fillOpacity={0.16}
                isAnimationActive={false}
                legendType="none"
                tooltipType="none"
                connectNulls
              />
            ))
          : null}
        {drawn.map((s, i) => (
          <Line
            key={`line-${s.label}`}
            dataKey={`m${i}`}
            name={s.label}
            stroke={styleOf(s, i).color}
            strokeWidth={1.8}
            strokeDasharray={styleOf(s, i).dash}
            dot={rows.length <= 2}
            isAnimationActive={false}
            connectNulls
          />
        ))}
      </ComposedChart>
    </ChartFrame>
  );
});
