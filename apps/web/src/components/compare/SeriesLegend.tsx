'use client';

export interface LegendEntry {
  label: string;
  color: string;
  dash?: string;
}

/**
 * One legend for every chart of a comparison, beside the plots (above them on a narrow screen),
 * scrolling when long, so the plots keep their size however many series there are. Clicking an
 * entry hides or shows its series; "only" shows that series alone (again: all of them).
 */
export function SeriesLegend({
  entries,
  hidden,
  onChange,
}: {
  entries: readonly LegendEntry[];
  hidden: ReadonlySet<string>;
  onChange: (hidden: Set<string>) => void;
}) {
  const labels = entries.map((e) => e.label);
  const toggle = (label: string) => {
    const next = new Set(hidden);
    if (next.has(label)) next.delete(label);
    else next.add(label);
    onChange(next);
  };
  const solo = (label: string) => {
    const alone = !hidden.has(label) && hidden.size === labels.length - 1;
    onChange(alone ? new Set() : new Set(labels.filter((l) => l !== label)));
  };
  return (
    <fieldset className="series-legend">
      <legend>
        Series: {labels.length - hidden.size} of {labels.length} shown
      </legend>
      <div className="series-legend-head">
        <span className="hint">click to hide or show</span>
        {hidden.size > 0 ? (
          <button type="button" className="link-button" onClick={() => onChange(new Set())}>
            show all
          </button>
        ) : null}
      </div>
      <ul>
        {entries.map((entry) => {
          const shown = !hidden.has(entry.label);
          return (
            <li key={entry.label} data-series={entry.label} data-shown={shown}>
              <button
                type="button"
                className="legend-entry"
                aria-pressed={shown}
                onClick={() => toggle(entry.label)}
              >
                <svg width="22" height="10" aria-hidden="true">
                  <line
                    x1="1"
                    y1="5"
                    x2="21"
                    y2="5"
                    stroke={entry.color}
                    strokeWidth="2.5"
                    strokeDasharray={entry.dash}
                  />
                </svg>
                <span className="legend-label">{entry.label}</span>
              </button>
              <button
                type="button"
                className="link-button"
                aria-label={`Show only ${entry.label}`}
                onClick={() => solo(entry.label)}
              >
                only
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
