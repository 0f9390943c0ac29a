'use client';

import type { AppRouter } from '@goodhart/api';
import type { UseQueryResult } from '@tanstack/react-query';
import type { TRPCClientErrorLike } from '@trpc/client';
import { orderMetrics } from '../../lib/key-metrics';
import { errorMessage } from '../../trpc/errors';
import type { ExperimentRounds } from '../../trpc/types';
import { MetricChart } from '../charts/MetricChart';
import { ErrorState, Loading } from '../states/States';

/** Every per-round metric as a chart: one line per arm, a band for the interval across seeds. */
export function MetricCharts({
  rounds,
  highlight,
}: {
  rounds: UseQueryResult<ExperimentRounds, TRPCClientErrorLike<AppRouter>>;
  highlight: readonly string[];
}) {
  return (
    <section className="panel" aria-labelledby="charts-heading">
      <div className="panel-head">
        <h2 id="charts-heading">Metrics over rounds</h2>
        <span className="hint">one line per arm; shaded band: 95% interval across seeds</span>
      </div>
      {rounds.isPending ? (
        <Loading label="Loading metrics…" />
      ) : rounds.isError ? (
        <ErrorState title="Could not load metrics" message={errorMessage(rounds.error)} />
      ) : Object.keys(rounds.data.bands).length === 0 ? (
        <p className="subtitle">No round has finished yet; charts appear after the first.</p>
      ) : (
        <div className="grid-charts">
          {orderMetrics(Object.keys(rounds.data.bands), highlight).map((metric) => (
            <MetricChart key={metric} title={metric} series={rounds.data.bands[metric] ?? []} />
          ))}
        </div>
      )}
    </section>
  );
}
