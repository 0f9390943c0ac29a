'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client';
import { errorMessage } from '../../trpc/errors';
import type { RunSummary } from '../../trpc/types';

/** As many lines as the store keeps of one run (its bound, runLogBounds.linesPerRun). */
const linesShown = 500;

/**
 * One run's log as the worker and the store wrote it: attempts started, a line per round, how
 * the attempt ended and, under a failure, its error's stack (open, since that is what one came
 * to read). Polled while the run can still write to it.
 */
export function RunLog({ run }: { run: RunSummary }) {
  const trpc = useTRPC();
  const live = run.status === 'queued' || run.status === 'running';
  const logs = useQuery(
    trpc.experiments.logs.queryOptions(
      { runId: run.id, limit: linesShown },
      { refetchInterval: live ? 2_500 : false },
    ),
  );
  if (logs.isPending) return <p className="run-log-note">Loading the log…</p>;
  if (logs.isError) {
    return <p className="field-error">Could not load the log: {errorMessage(logs.error)}</p>;
  }
  if (logs.data.length === 0) return <p className="run-log-note">Nothing logged yet.</p>;
  return (
    <div className="run-log">
      <ol aria-label={`Log of run ${run.key}`}>
        {logs.data.map((line, k) => (
          // Lines have no id of their own; their order never changes once written.
          // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
          <li key={k} data-log-level={line.level}>
            <time dateTime={line.at} className="mono">
              {line.at.slice(11, 19)}
            </time>
            <span className={`run-log-level level-${line.level}`}>{line.level}</span>
            <span className="run-log-message">{line.message}</span>
            {line.detail ? (
              <details open={line.level === 'error'} className="run-log-detail">
                <summary>Stack</summary>
                <pre>{line.detail}</pre>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
      {logs.data.length === linesShown ? (
        <p className="run-log-note">
          The newest {linesShown} lines: the store keeps no more of a run.
        </p>
      ) : null}
    </div>
  );
}
