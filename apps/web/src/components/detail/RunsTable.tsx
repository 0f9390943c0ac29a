'use client';

import { formatDuration, formatNumber } from '../../lib/format';
import type { RunSummary } from '../../trpc/types';
import { ProgressBar } from '../ui/ProgressBar';
import { ScrollBox } from '../ui/ScrollBox';
import { StatusBadge } from '../ui/StatusBadge';

/** Live progress of every run: one arm, one sweep point, one seed. */
export function RunsTable({
  runs,
  metric,
}: {
  runs: readonly RunSummary[];
  metric: string | null;
}) {
  const swept = [...new Set(runs.flatMap((r) => Object.keys(r.params)))];
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
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} data-run-status={run.status}>
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
              {metric ? <td className="num">{formatNumber(run.latestMetrics?.[metric])}</td> : null}
              <td>{run.backend ?? '–'}</td>
              <td className="num">
                {run.attempt}/{run.maxAttempts}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
