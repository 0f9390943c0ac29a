'use client';

import { Fragment, useState } from 'react';
import { formatDuration, formatNumber } from '../../lib/format';
import type { RunSummary } from '../../trpc/types';
import { ProgressBar } from '../ui/ProgressBar';
import { ScrollBox } from '../ui/ScrollBox';
import { StatusBadge } from '../ui/StatusBadge';
import { RunLog } from './RunLog';

/**
 * Live progress of every run: one arm, one sweep point, one seed. Each run's log (attempts,
 * rounds, how it ended, a failure's stack) opens in a row under it.
 */
export function RunsTable({
  runs,
  metric,
}: {
  runs: readonly RunSummary[];
  metric: string | null;
}) {
  const swept = [...new Set(runs.flatMap((r) => Object.keys(r.params)))];
  const [openLogs, setOpenLogs] = useState<ReadonlySet<string>>(new Set());
  const toggleLog = (id: string) =>
    setOpenLogs((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const columns = swept.length + (metric ? 8 : 7);
  return (
    <ScrollBox label="Runs" style={{ maxHeight: 360, overflowY: 'auto' }}>
      <table className="data" aria-label="Runs">
        <thead>
          <tr>
            <th scope="col">Arm</th>
            {swept.map((p) => (
              <th scope="col" key={p} className="mono">
                {p}
              </th>
            ))}
            <th scope="col" className="num">
              Seed
            </th>
            <th scope="col">Status</th>
            <th scope="col">Rounds</th>
            {metric ? (
              <th scope="col" className="num">
                {metric} (latest)
              </th>
            ) : null}
            <th scope="col">Backend</th>
            <th scope="col" className="num">
              Attempt
            </th>
            <th scope="col">Log</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <Fragment key={run.id}>
              <tr data-run-status={run.status} data-run-key={run.key}>
                <td className="mono">{run.arm}</td>
                {swept.map((p) => (
                  <td key={p} className="mono">
                    {String(run.params[p] ?? '–')}
                  </td>
                ))}
                <td className="num">{run.seed}</td>
                <td>
                  <StatusBadge status={run.status} />
                  {run.error ? (
                    <span className="field-error" style={{ marginLeft: 6 }} title={run.error}>
                      {run.error.slice(0, 60)}
                    </span>
                  ) : null}
                  {run.stalled ? (
                    <span
                      className="field-error"
                      style={{ marginLeft: 6 }}
                      data-stalled
                      title={`Worker ${run.workerId ?? '?'} has not reported for ${formatDuration(run.silentForMs ?? 0)}, longer than its lease: it has most likely stopped. The next worker that asks for work takes this run again as a new attempt (${run.attempt} of ${run.maxAttempts} used).`}
                    >
                      worker silent {formatDuration(run.silentForMs ?? 0)}
                    </span>
                  ) : null}
                </td>
                <td>
                  <ProgressBar
                    fraction={run.totalRounds === 0 ? 0 : run.currentRound / run.totalRounds}
                    status={run.status}
                    label={`Rounds finished by run ${run.key}`}
                    detail={`${run.currentRound}/${run.totalRounds}`}
                  />
                </td>
                {metric ? (
                  <td className="num">{formatNumber(run.latestMetrics?.[metric])}</td>
                ) : null}
                <td>{run.backend ?? '–'}</td>
                <td className="num">
                  {run.attempt}/{run.maxAttempts}
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={openLogs.has(run.id)}
                    aria-controls={`run-log-${run.id}`}
                    aria-label={`${openLogs.has(run.id) ? 'Hide' : 'Show'} the log of run ${run.key}`}
                    onClick={() => toggleLog(run.id)}
                  >
                    {openLogs.has(run.id) ? 'Hide' : 'Show'}
                  </button>
                </td>
              </tr>
              {openLogs.has(run.id) ? (
                <tr id={`run-log-${run.id}`} className="run-log-row">
                  <td colSpan={columns}>
                    <RunLog run={run} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
