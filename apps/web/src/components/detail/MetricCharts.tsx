'use client';

import type { AppRouter } from '@goodhart/api';
import type { UseQueryResult } from '@tanstack/react-query';
import type { TRPCClientErrorLike } from '@trpc/client';
import { chartOptionsFrom, chartOptionsParams } from '../../lib/chart-options';
import { highlightedRoundMetrics, orderMetrics } from '../../lib/key-metrics';
import { errorMessage } from '../../trpc/errors';
import type { ExperimentRounds } from '../../trpc/types';
import { ChartControls } from '../charts/ChartControls';
import { ChartGrid } from '../charts/ChartGrid';
import { SupplyChart, supplyMetrics } from '../charts/SupplyChart';
import { MetricPicker } from '../metrics/MetricPicker';
import { ErrorState, Loading } from '../states/States';
import { useUrlParams } from '../ui/useUrlParams';

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
  // The chart options live in the URL (?bands=off&smooth=5&log=1&x=impressions): a link
  // reproduces the view.
  const [params, setParams] = useUrlParams();
  const options = chartOptionsFrom(params);
  const pickedParam = params.get('metrics');
  const picked = pickedParam === null ? undefined : pickedParam.split(',').filter(Boolean);
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
  const keyMetrics = highlightedRoundMetrics(highlight);
  return (
    <>
      <Panel>
        <div className="toolbar">
          <MetricPicker
            metrics={orderMetrics(names, [])}
            picked={picked ?? keyMetrics.filter((m) => names.includes(m))}
            onChange={(next) => setParams({ metrics: next.join(',') })}
          />
        </div>
        <ChartControls
          options={options}
          onChange={(next) => setParams(chartOptionsParams(next))}
          impressions={rounds.data.slateSize !== null && names.includes('activeUsers')}
          xLabel={xLabel}
        />
        <ChartGrid
          bands={bands}
          keyMetrics={keyMetrics}
          picked={picked}
          xLabel={xLabel}
          options={options}
          slateSize={rounds.data.slateSize}
        />
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
        <span className="hint">
          one line per arm; shaded band: 95% interval across seeds (inside a share's [0, 1]); hover
          for the interval and n
        </span>
      </div>
      {children}
    </section>
  );
}
