'use client';

import type { AppRouter } from '@goodhart/api';
import type { UseQueryResult } from '@tanstack/react-query';
import type { TRPCClientErrorLike } from '@trpc/client';
import { highlightedRoundMetrics } from '../../lib/key-metrics';
import { errorMessage } from '../../trpc/errors';
import type { ExperimentRounds } from '../../trpc/types';
import { ChartGrid } from '../charts/ChartGrid';
import { SupplyChart, supplyMetrics } from '../charts/SupplyChart';
import { ErrorState, Loading } from '../states/States';

/**
 * Every per-round metric as a chart: one line per arm, a band for the interval across seeds.
 * The spec's highlighted metrics come first; the rest sit in a disclosure below them.
 */
export function MetricCharts({
  rounds,
  highlight,
  xLabel,
}: {
  rounds: UseQueryResult<ExperimentRounds, TRPCClientErrorLike<AppRouter>>;
  highlight: readonly string[];
  xLabel: string;
}) {
  if (rounds.isPending)
    return (
      <Panel>
        <Loading label="Loading metrics…" />
      </Panel>
    );
  if (rounds.isError) {
    return (
      <Panel>
        <ErrorState title="Could not load metrics" message={errorMessage(rounds.error)} />
      </Panel>
    );
  }
  const bands = rounds.data.bands;
  const names = Object.keys(bands);
  if (names.length === 0) {
    return (
      <Panel>
        <p className="subtitle">No round has finished yet; charts appear after the first.</p>
      </Panel>
    );
  }
  const hasSupply = supplyMetrics.every((m) => names.includes(m));
  return (
    <>
      <Panel>
        <ChartGrid bands={bands} keyMetrics={highlightedRoundMetrics(highlight)} xLabel={xLabel} />
      </Panel>
      {hasSupply ? (
        <section className="panel" aria-labelledby="supply-heading">
          <div className="panel-head">
            <h2 id="supply-heading">Creator supply</h2>
            <span className="hint">
              what creators offer, per arm: mean quality (solid) and clickbait share (dashed)
            </span>
          </div>
          <div style={{ maxWidth: 900 }}>
            <SupplyChart
              quality={bands.meanQualitySupply ?? []}
              clickbait={bands.clickbaitShareSupply ?? []}
            />
          </div>
        </section>
      ) : null}
    </>
  );
}

function Panel({ children }: { children: React.ReactNode }) {
  return (
    <section className="panel" aria-labelledby="charts-heading">
      <div className="panel-head">
        <h2 id="charts-heading">Metrics over rounds</h2>
        <span className="hint">one line per arm; shaded band: 95% interval across seeds</span>
      </div>
      {children}
    </section>
  );
}
