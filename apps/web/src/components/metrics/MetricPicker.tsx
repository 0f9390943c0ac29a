'use client';

import { useId, useState } from 'react';
import { groupMetrics, metricInfo, searchMetrics } from '../../lib/metric-catalogue';

/**
 * Which metrics to chart: a search box over names, groups and one-line definitions, and the
 * metrics grouped (welfare, engagement, diversity, …) with a tick each. Closed, it says how
 * many are picked; open, it lists them all.
 */
export function MetricPicker({
  metrics,
  picked,
  onChange,
}: {
  metrics: readonly string[];
  picked: readonly string[];
  onChange: (picked: string[]) => void;
}) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const found = searchMetrics(metrics, query);
  const toggle = (metric: string, on: boolean) =>
    onChange(
      on
        ? metrics.filter((m) => m === metric || picked.includes(m))
        : picked.filter((m) => m !== metric),
    );
  return (
    <details className="metric-picker">
      <summary>
        Metrics ({picked.length} of {metrics.length})
      </summary>
      <div className="metric-picker-body">
        <label htmlFor={searchId} className="visually-hidden">
          Search metrics
        </label>
        <input
          id={searchId}
          type="search"
          placeholder="Search metrics: name, group or meaning"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {found.length === 0 ? <p className="hint">No metric matches “{query}”.</p> : null}
        {groupMetrics(found).map(({ group, metrics: inGroup }) => (
          <fieldset key={group}>
            <legend>{group}</legend>
            {inGroup.map((metric) => {
              const definition = metricInfo(metric).definition;
              return (
                <label key={metric} className="metric-option">
                  <input
                    type="checkbox"
                    checked={picked.includes(metric)}
                    onChange={(e) => toggle(metric, e.target.checked)}
                  />
                  <span className="mono">{metric}</span>
                  {definition ? <span className="metric-definition">{definition}</span> : null}
                </label>
              );
            })}
          </fieldset>
        ))}
      </div>
    </details>
  );
}
