'use client';

import { useQuery } from '@tanstack/react-query';
import { poolReliability } from '../../lib/reliability';
import { useTRPC } from '../../trpc/client';
import { ReliabilityChart } from '../charts/ReliabilityChart';

/**
 * The reliability diagram of runs that report calibration bins (the offline classification
 * presets), pooled over seeds per arm. Renders nothing for experiments without bins.
 */
export function ReliabilityPanel({ id, finishedRuns }: { id: string; finishedRuns: number }) {
  const trpc = useTRPC();
  const details = useQuery(
    trpc.experiments.details.queryOptions(
      { id },
      {
        enabled: finishedRuns > 0,
        // Fetched again only while more runs have succeeded than it holds details for, so each
        // newly finished run's bins arrive without polling a finished experiment.
        refetchInterval: (query) =>
          !query.state.error && (query.state.data?.runs.length ?? 0) < finishedRuns ? 2_000 : false,
      },
    ),
  );
  const series = poolReliability(details.data?.runs ?? []);
  if (series.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="reliability-heading">
      <div className="panel-head">
        <h2 id="reliability-heading">Calibration</h2>
        <span className="hint">held-out predictions of the final model, pooled over seeds</span>
      </div>
      <div style={{ maxWidth: 620 }}>
        <ReliabilityChart series={series} height={320} />
      </div>
    </section>
  );
}
