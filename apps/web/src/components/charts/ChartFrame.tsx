import type { ReactNode } from 'react';

/** A titled figure; the description is what a screen reader announces for the chart. */
export function ChartFrame({
  title,
  description,
  note,
  children,
}: {
  title: string;
  description: string;
  note?: string;
  children: ReactNode;
}) {
  return (
    <figure className="chart-card" aria-label={`${title}: ${description}`} style={{ margin: 0 }}>
      <h3>{title}</h3>
      {note ? <p className="legend-note">{note}</p> : null}
      {children}
    </figure>
  );
}
