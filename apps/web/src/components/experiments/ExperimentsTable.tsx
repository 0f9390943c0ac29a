'use client';

import Link from 'next/link';
import { formatNumber, formatRelativeTime } from '../../lib/format';
import type { MetricRange } from '../../lib/key-metrics';
import { type SortDirection, type SortValue, sortRows } from '../../lib/sort';
import type { ExperimentSummary } from '../../trpc/types';
import { ProgressBar } from '../ui/ProgressBar';
import { ScrollBox } from '../ui/ScrollBox';
import { SortableHeader } from '../ui/SortableHeader';
import { StatusBadge } from '../ui/StatusBadge';

export interface Row {
  experiment: ExperimentSummary;
  /** Done, from 0 to 1 (listProgress). */
  progress: number;
  ranges: Record<string, MetricRange | null>;
}

const statusOrder: Record<string, number> = {
  running: 0,
  queued: 1,
  failed: 2,
  cancelled: 3,
  succeeded: 4,
};

function sortValue(row: Row, key: string): SortValue {
  switch (key) {
    case 'name':
      return row.experiment.name;
    case 'preset':
      return row.experiment.preset;
    case 'status':
      return statusOrder[row.experiment.status] ?? 9;
    case 'progress':
      return row.progress;
    case 'created':
      return Date.parse(row.experiment.createdAt);
    default:
      return row.ranges[key]?.high;
  }
}

export function ExperimentsTable({
  rows,
  keyMetrics,
  sort,
  onSort,
  selected,
  onToggle,
  highlightId,
}: {
  rows: readonly Row[];
  keyMetrics: readonly string[];
  sort: { key: string; direction: SortDirection };
  onSort: (key: string) => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  highlightId?: string | null;
}) {
  const sorted = sortRows(rows, (row) => sortValue(row, sort.key), sort.direction);
  const header = (key: string, label: string, numeric?: boolean, title?: string) => (
    <SortableHeader
      label={label}
      active={sort.key === key}
      direction={sort.direction}
      onSort={() => onSort(key)}
      numeric={numeric}
      title={title}
    />
  );
  return (
    <ScrollBox label="Experiments">
      <table className="data" aria-label="Experiments">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Select for comparison</span>
            </th>
            {header('name', 'Name')}
            {header('preset', 'Preset')}
            {header('status', 'Status')}
            {header('progress', 'Progress')}
            {header('created', 'Created')}
            {keyMetrics.map((metric) =>
              header(
                metric,
                metric,
                true,
                `${metric}: lowest – highest arm mean (sorts by highest)`,
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const e = row.experiment;
            const fraction = row.progress;
            return (
              <tr
                key={e.id}
                data-experiment-id={e.id}
                data-status={e.status}
                style={e.id === highlightId ? { background: 'var(--accent-soft)' } : undefined}
              >
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select ${e.name} for comparison`}
                    checked={selected.has(e.id)}
                    onChange={() => onToggle(e.id)}
                  />
                </td>
                <td>
                  <Link href={`/experiments/${e.id}`}>{e.name}</Link>
                  <div className="mono" style={{ color: 'var(--faint)', fontSize: 11 }}>
                    {e.id.slice(0, 12)} · {e.totalRuns} runs · {e.arms.length} arms
                  </div>
                </td>
                <td>{e.preset ? <span className="badge preset">{e.preset}</span> : '–'}</td>
                <td>
                  <StatusBadge status={e.status} />
                </td>
                <td>
                  <ProgressBar
                    fraction={fraction}
                    status={e.status}
                    label={`Progress of ${e.name}`}
                  />
                </td>
                <td title={new Date(e.createdAt).toLocaleString()}>
                  {formatRelativeTime(e.createdAt)}
                </td>
                {keyMetrics.map((metric) => {
                  const range = row.ranges[metric];
                  return (
                    <td
                      key={metric}
                      className="num"
                      title={range?.byGroup
                        .map((g) => `${g.label}: ${formatNumber(g.mean)}`)
                        .join('\n')}
                    >
                      {range
                        ? range.low === range.high
                          ? formatNumber(range.high)
                          : `${formatNumber(range.low)} – ${formatNumber(range.high)}`
                        : '–'}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
