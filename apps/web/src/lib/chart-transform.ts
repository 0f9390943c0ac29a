import type { Bounds } from '@goodhart/experiment/results';
import type { ChartPoint, ChartSeries } from './chart-rows';

/**
 * Trailing moving average over the last `window` rounds (window 1: unchanged), of the mean and
 * of each interval bound, skipping rounds without a value. Trailing, not centred, so a point
 * never uses a round after it: the last point of a live run does not move when the next
 * round arrives, and the smoothed curve lags the raw one by (window − 1)/2 rounds.
 */
export function smoothSeries(series: readonly ChartSeries[], window: number): ChartSeries[] {
  if (window <= 1) return [...series];
  return series.map((s) => {
    const points = s.points.map((point, i) => {
      const recent = s.points.slice(Math.max(0, i - window + 1), i + 1);
      return {
        ...point,
        mean: point.mean === null ? null : average(recent.map((p) => p.mean)),
        low: point.low === null ? null : average(recent.map((p) => p.low)),
        high: point.high === null ? null : average(recent.map((p) => p.high)),
      };
    });
    return { ...s, points };
  });
}

function average(values: readonly (number | null)[]): number | null {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return finite.length === 0 ? null : finite.reduce((a, b) => a + b, 0) / finite.length;
}

/**
 * Per series label, round → impressions served up to and including that round: every active
 * user is shown one slate of `slateSize` items a round, so it is slateSize × the running sum of
 * the series' mean active users (its `activeUsers` band). Arms that keep users longer serve
 * more impressions by the same round, which is what this axis shows.
 */
export function cumulativeImpressions(
  activeUsers: readonly ChartSeries[],
  slateSize: number,
): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const s of activeUsers) {
    let total = 0;
    const byRound = new Map<number, number>();
    for (const p of [...s.points].sort((a, b) => a.round - b.round)) {
      if (p.mean === null || !Number.isFinite(p.mean)) continue;
      total += p.mean * slateSize;
      byRound.set(p.round, total);
    }
    out.set(s.label, byRound);
  }
  return out;
}

/** The series with x taken from `xs` (by label, then round); points without an x are left out. */
export function withX(
  series: readonly ChartSeries[],
  xs: ReadonlyMap<string, ReadonlyMap<number, number>>,
): ChartSeries[] {
  return series.map((s) => ({
    ...s,
    points: s.points.flatMap((p): ChartPoint[] => {
      const x = xs.get(s.label)?.get(p.round);
      return x === undefined ? [] : [{ ...p, round: x }];
    }),
  }));
}

/** A log axis draws only positive values: every mean and interval bound must be above 0. */
export function logScaleFits(series: readonly ChartSeries[]): boolean {
  return series.every((s) =>
    s.points.every((p) =>
      [p.mean, p.low, p.high].every((v) => v === null || !Number.isFinite(v) || v > 0),
    ),
  );
}

/** A y axis: its range and the ticks drawn on it (round numbers, both ends among them). */
export interface YScale {
  domain: [number, number];
  ticks: number[];
}

/**
 * The y axis: the data's range (means, and intervals when drawn) widened to round numbers
 * (steps of 1, 2, 2.5 or 5 times a power of ten, about four of them), never past the
 * metric's bounds: a share's axis does not run below 0 or above 1 however its data sit.
 * Undefined without data, for Recharts' own.
 */
export function yScaleOf(
  series: readonly ChartSeries[],
  bounds: Bounds | undefined,
  withBands: boolean,
): YScale | undefined {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const s of series) {
    for (const p of s.points) {
      for (const v of withBands ? [p.mean, p.low, p.high] : [p.mean]) {
        if (v === null || !Number.isFinite(v)) continue;
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
  }
  if (low > high) return undefined;
  if (low === high) {
    const pad = Math.abs(low) * 0.1 || 1;
    low -= pad;
    high += pad;
  }
  const step = niceStep((high - low) / 4);
  const from = clamp(round(Math.floor(low / step) * step), bounds);
  const to = clamp(round(Math.ceil(high / step) * step), bounds);
  const ticks: number[] = [];
  for (let k = Math.ceil(from / step - 1e-9); k * step <= to + step * 1e-9; k++) {
    ticks.push(round(k * step));
  }
  return { domain: [from, to], ticks };
}

/** Without the float noise of multiplying a step (0.30000000000000004 → 0.3). */
const round = (value: number): number => Number(value.toPrecision(12));

/** The round step (1, 2, 2.5 or 5 times a power of ten) at or above `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / power;
  const nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
  return nice * power;
}

function clamp(value: number, bounds: Bounds | undefined): number {
  if (bounds === undefined) return value;
  return Math.min(bounds.upper, Math.max(bounds.lower, value));
}
