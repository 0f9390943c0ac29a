'use client';

import { summarise } from '@goodhart/experiment/results';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { formatRelativeTime } from '../../lib/format';
import { highlightedRoundMetrics, highlightOf, orderMetrics } from '../../lib/key-metrics';
import { hasUnseenRounds, isSettling, roundsFraction } from '../../lib/progress';
import { useTRPC } from '../../trpc/client';
import { errorCode, errorMessage } from '../../trpc/errors';
import { useLiveDetail } from '../../trpc/live-detail';
import { leanRounds, useLiveRounds } from '../../trpc/live-rounds';
import { ErrorState, Loading } from '../states/States';
import { ProgressBar } from '../ui/ProgressBar';
import { StatusBadge } from '../ui/StatusBadge';
import { WorkerStatus } from '../workers/WorkerStatus';
import { DetailActions } from './DetailActions';
import { ExistingNotice } from './ExistingNotice';
import { MetricCharts } from './MetricCharts';
import { PairedPanel } from './PairedPanel';
import { ReliabilityPanel } from './ReliabilityPanel';
import { RunsTable } from './RunsTable';
import { SpecPanel } from './SpecPanel';
import { SummaryTable } from './SummaryTable';

export function ExperimentDetailView({ id, existing }: { id: string; existing: boolean }) {
  const trpc = useTRPC();
  const liveDetail = useLiveDetail();
  const detail = useQuery({
    ...trpc.experiments.get.queryOptions(
      { id },
      {
        refetchInterval: (query) => {
          if (query.state.error) return false;
          const experiment = query.state.data?.experiment;
          // Also after a cancel, until its running runs have stopped (isSettling).
          return experiment === undefined || isSettling(experiment) ? 1_500 : false;
        },
      },
    ),
    // Polls carry only the runs that changed.
    queryFn: liveDetail(id),
  });
  const active = detail.data ? isSettling(detail.data.experiment) : false;
  const liveRounds = useLiveRounds();
  const rounds = useQuery({
    ...trpc.experiments.rounds.queryOptions(leanRounds(id), {
      // Asked together with the experiment, not after it (the charts are what the page is
      // opened for); a bad id fails both, and the page shows the experiment's error.
      // While runs are active, and after until the rounds of runs that finished since the
      // last poll are in: otherwise the charts stop short of the runs' last rounds.
      refetchInterval: (query) =>
        active ||
        (query.state.status !== 'error' &&
          hasUnseenRounds(query.state.data?.runs, detail.data?.runs ?? []))
          ? 2_500
          : false,
    }),
    // Polls carry only the rounds after those held.
    queryFn: liveRounds(id),
  });

  if (detail.isPending) return <Loading label="Loading experiment…" />;
  if (detail.isError) {
    const code = errorCode(detail.error);
    return (
      <ErrorState
        title={
          code === 'NOT_FOUND'
            ? 'No such experiment'
            : code === 'BAD_REQUEST'
              ? 'Not a valid experiment id'
              : 'Could not load the experiment'
        }
        message={
          code === 'NOT_FOUND'
            ? `No experiment has the id “${id}”. It may be in another store.`
            : code === 'BAD_REQUEST'
              ? `“${id}” is not an experiment id (ids are the hex hash of a spec).`
              : errorMessage(detail.error)
        }
      >
        <Link className="button" href="/experiments">
          Back to experiments
        </Link>
      </ErrorState>
    );
  }

  const { experiment, spec, runs } = detail.data;
  const highlight = highlightOf(spec);
  const groups = summarise(runs);
  const summaryMetrics = orderMetrics(
    [...new Set(groups.flatMap((g) => Object.keys(g.metrics)))],
    highlight,
  );
  const latestNames = [...new Set(runs.flatMap((r) => Object.keys(r.latestMetrics ?? {})))];
  const latestMetric =
    highlightedRoundMetrics(highlight).find((m) => latestNames.includes(m)) ??
    latestNames[0] ??
    null;
  const description = (spec as { description?: unknown }).description;
  const claim = (spec as { claim?: unknown }).claim;
  const backends = [...new Set(runs.map((r) => r.backend).filter((b): b is string => !!b))];

  return (
    <>
      <div className="page-head">
        <div>
          <div className="breadcrumb">
            <Link href="/experiments">Experiments</Link> / {experiment.name}
          </div>
          <h1>
            {experiment.name} <StatusBadge status={experiment.status} />
          </h1>
          {typeof claim === 'string' || typeof description === 'string' ? (
            <p className="subtitle">{typeof claim === 'string' ? claim : String(description)}</p>
          ) : null}
        </div>
        <span className="spacer" />
        <DetailActions experiment={experiment} />
      </div>
      {existing ? <ExistingNotice experiment={experiment} /> : null}

      {active ? <WorkerStatus /> : null}

      <section className="panel" aria-labelledby="progress-heading">
        <div className="panel-head">
          <h2 id="progress-heading">Progress</h2>
          {active ? <span className="hint">updating live</span> : null}
        </div>
        <dl className="stats" style={{ marginBottom: 12 }}>
          <div>
            <dt>Overall</dt>
            <dd>
              <ProgressBar
                fraction={roundsFraction(runs)}
                status={experiment.status}
                label="Rounds finished across all runs"
              />
            </dd>
          </div>
          <div>
            <dt>Runs</dt>
            <dd>
              {experiment.counts.succeeded}/{experiment.totalRuns} done
              {experiment.counts.running > 0
                ? `, ${experiment.counts.running} ${experiment.cancelled ? 'stopping (cancelled)' : 'running'}`
                : ''}
              {experiment.counts.cancelled > 0 ? `, ${experiment.counts.cancelled} cancelled` : ''}
              {experiment.counts.failed > 0 ? `, ${experiment.counts.failed} failed` : ''}
            </dd>
          </div>
          <div>
            <dt>Preset</dt>
            <dd>{experiment.preset ?? '–'}</dd>
          </div>
          <div>
            <dt>Created</dt>
            <dd title={new Date(experiment.createdAt).toLocaleString()}>
              {formatRelativeTime(experiment.createdAt)}
            </dd>
          </div>
          <div>
            <dt>Backend</dt>
            <dd>{backends.length > 0 ? backends.join(', ') : '–'}</dd>
          </div>
          <div>
            <dt>Id</dt>
            <dd className="mono" title={experiment.id}>
              {experiment.id.slice(0, 16)}…
            </dd>
          </div>
        </dl>
        <RunsTable runs={runs} metric={latestMetric} />
      </section>

      <MetricCharts
        rounds={rounds}
        highlight={highlight}
        xLabel={(spec as { kind?: unknown }).kind === 'offline-classification' ? 'epoch' : 'round'}
      />

      <section className="panel" aria-labelledby="summary-heading">
        <div className="panel-head">
          <h2 id="summary-heading">Summary</h2>
          <span className="hint">mean over seeds [95% interval]; finished runs only</span>
        </div>
        {groups.every((g) => g.runs === 0) ? (
          <p className="subtitle">No run has finished yet.</p>
        ) : (
          <SummaryTable
            groups={groups}
            metrics={summaryMetrics}
            highlighted={new Set(highlight.filter((m) => summaryMetrics.includes(m))).size}
          />
        )}
      </section>

      <PairedPanel
        id={experiment.id}
        finishedRuns={experiment.counts.succeeded}
        highlight={highlight}
      />

      <ReliabilityPanel id={experiment.id} finishedRuns={experiment.counts.succeeded} />

      <SpecPanel spec={spec} />
    </>
  );
}
