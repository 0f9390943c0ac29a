'use client';

import { type ChartOptions, smoothingWindows } from '../../lib/chart-options';

/**
 * The controls above a page's metric charts: interval bands, smoothing, log scale and what the
 * x axis counts. `impressions` is offered only where the runs report active users and the world
 * has slates (a feedback loop), since impressions are counted from them.
 */
export function ChartControls({
  options,
  onChange,
  impressions,
  xLabel,
}: {
  options: ChartOptions;
  onChange: (options: ChartOptions) => void;
  impressions: boolean;
  xLabel: string;
}) {
  return (
    <fieldset className="chart-controls">
      <legend className="visually-hidden">Chart options</legend>
      <label>
        <input
          type="checkbox"
          checked={options.bands}
          onChange={(e) => onChange({ ...options, bands: e.target.checked })}
        />
        Intervals
      </label>
      <label>
        Smoothing
        <select
          value={options.smoothing}
          onChange={(e) => onChange({ ...options, smoothing: Number(e.target.value) })}
        >
          {smoothingWindows.map((w) => (
            <option key={w} value={w}>
              {w === 1 ? 'none' : `${w} ${xLabel}s`}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={options.logScale}
          onChange={(e) => onChange({ ...options, logScale: e.target.checked })}
        />
        Log scale
      </label>
      <label>
        x axis
        <select
          value={options.x}
          onChange={(e) =>
            onChange({ ...options, x: e.target.value === 'impressions' ? 'impressions' : 'round' })
          }
        >
          <option value="round">{xLabel}</option>
          {impressions ? <option value="impressions">cumulative impressions</option> : null}
        </select>
      </label>
    </fieldset>
  );
}
