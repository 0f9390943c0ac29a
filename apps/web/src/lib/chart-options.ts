/** How the metric charts are drawn: the controls above them, and part of the page's URL. */
export interface ChartOptions {
  /** Shaded 95% intervals across seeds. */
  bands: boolean;
  /** Trailing moving average over this many rounds (1: none). */
  smoothing: number;
  /** A logarithmic y axis (only where every value is above 0). */
  logScale: boolean;
  /** What the x axis counts: rounds (epochs offline), or impressions served so far. */
  x: 'round' | 'impressions';
}

export const smoothingWindows = [1, 3, 5, 9] as const;

export const defaultChartOptions: ChartOptions = {
  bands: true,
  smoothing: 1,
  logScale: false,
  x: 'round',
};

/** Reads what chartOptionsParams wrote; anything missing or malformed is the default. */
export function chartOptionsFrom(params: { get(key: string): string | null }): ChartOptions {
  const smoothing = Number(params.get('smooth'));
  return {
    bands: params.get('bands') !== 'off',
    smoothing: (smoothingWindows as readonly number[]).includes(smoothing) ? smoothing : 1,
    logScale: params.get('log') === '1',
    x: params.get('x') === 'impressions' ? 'impressions' : 'round',
  };
}

/** The query parameters of the options: only those not at their default (null: removed). */
export function chartOptionsParams(options: ChartOptions): Record<string, string | null> {
  return {
    bands: options.bands ? null : 'off',
    smooth: options.smoothing > 1 ? String(options.smoothing) : null,
    log: options.logScale ? '1' : null,
    x: options.x === 'impressions' ? 'impressions' : null,
  };
}
