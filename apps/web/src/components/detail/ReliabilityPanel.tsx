'use client';

import { useQuery } from '@tanstack/react-query';
import { poolReliability, type RunBins } from '../../lib/reliability';
import { ReliabilityChart } from '../charts/ReliabilityChart';

async function fetchRunDetails(id: string): Promise<RunBins[]> {
  const response = await fetch(`/api/experiments/${id}/details`);
  if (!response.ok) throw new Error(`run details: HTTP ${response.status}`);
  const body = (await response.json()) as { runs: RunBins[] };
  return body.runs;
}

/**
 * The reliability diagram of runs that report calibration bins (the offline classification
 * presets), pooled over seeds per arm. Renders nothing for experiments without bins.
 */
export function ReliabilityPanel({ id, finishedRuns }: { id: string; finishedRuns: number }) {
  const details = useQuery({
    // Keyed by the finished-run count, so each newly finished run's bins are fetched.
    queryKey: ['run-details', id, finishedRuns],
    queryFn: () => fetchRunDetails(id),
    enabled: finishedRuns > 0,
    placeholderData: (previous) => previous,
  });
  const series = poolReliability(details.data ?? []);
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
