'use client';

import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { compareViewFrom, compareViewParams } from '../../lib/compare-view';
import {
  engagementCandidates,
  firstPresent,
  highlightedRoundMetrics,
  highlightOf,
  orderMetrics,
  welfareCandidates,
} from '../../lib/key-metrics';
import { groupMetrics, metricInfo } from '../../lib/metric-catalogue';
import { isActive } from '../../lib/progress';
import { formatRefs, parseRefs, type Ref, toggleRef } from '../../lib/refs';
import { useTRPC } from '../../trpc/client';
import { errorMessage } from '../../trpc/errors';
import { useLiveDetail } from '../../trpc/live-detail';
import { PairedTable } from '../paired/PairedTable';
import { EmptyState, ErrorState, Loading } from '../states/States';
import { useUrlParams } from '../ui/useUrlParams';
import { ComparePicker } from './ComparePicker';
import { CurvesPanel } from './CurvesPanel';
import { ParamDiffTable } from './ParamDiffTable';
import { ParetoPanel } from './ParetoPanel';

export function CompareView() {
  const trpc = useTRPC();
  // The whole view is in the URL: the chosen series (`ids`), the Pareto axes and the curves'
  // options (compare-view), so a link reproduces it.
  const [searchParams, setParams] = useUrlParams();
  const refs = parseRefs(searchParams.get('ids'));
  const axes = compareViewFrom(searchParams);

  const setRefs = (next: Ref[]) => setParams({ ids: next.length > 0 ? formatRefs(next) : null });

  const list = useQuery(trpc.experiments.list.queryOptions({ limit: 200 }));
  const anyActive = (list.data ?? []).some(
    (e) => isActive(e.status) && refs.some((r) => r.experimentId === e.id),
  );
  // The Pareto axes are summary metrics: learn their names from the chosen experiments' runs.
  const experimentIds = [...new Set(refs.map((r) => r.experimentId))];
  const liveDetail = useLiveDetail();
  const details = useQueries({
    queries: experimentIds.map((id) => ({
      ...trpc.experiments.get.queryOptions({ id }, { refetchInterval: anyActive ? 3_000 : false }),
      queryFn: liveDetail(id),
    })),
  });
  const summaryMetrics = orderMetrics(
    [
      ...new Set(
        details.flatMap((d) =>
          (d.data?.runs ?? []).flatMap((run) => Object.keys(run.summary ?? {})),
        ),
      ),
    ],
    [],
  );
  const x = axes.paretoX ?? firstPresent(engagementCandidates, summaryMetrics);
  const y = axes.paretoY ?? firstPresent(welfareCandidates, summaryMetrics);

  const compare = useQuery(
    trpc.experiments.compare.queryOptions(
      {
        refs: refs.map((r) =>
          r.arm ? { experimentId: r.experimentId, arm: r.arm } : { experimentId: r.experimentId },
        ),
        ...(x ? { x } : {}),
        ...(y ? { y } : {}),
      },
      {
        enabled: refs.length >= 2,
        placeholderData: keepPreviousData,
        refetchInterval: anyActive ? 3_000 : false,
      },
    ),
  );

  const result = refs.length >= 2 ? compare.data : undefined;
  // The paired table leads with the Pareto axes and the specs' highlights.
  const pairedLead = [
    ...new Set([
      ...(result ? [result.pareto.x, result.pareto.y] : []),
      ...details.flatMap((d) => (d.data ? highlightOf(d.data.spec) : [])),
    ]),
  ];
  const pairedMetrics = orderMetrics(
    [...new Set((result?.paired?.series ?? []).flatMap((s) => Object.keys(s.metrics ?? {})))],
    pairedLead,
  );
  const pairedHighlighted = pairedLead.filter((m) => pairedMetrics.includes(m)).length;
  const keyCurves = highlightedRoundMetrics(
    details.flatMap((d) => (d.data ? highlightOf(d.data.spec) : [])),
  );

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Compare</h1>
          <p className="subtitle">
            Pick two or more experiments or arms: their curves overlay, the parameters that differ
            line up, and the welfare–engagement trade-off shows its Pareto front.
          </p>
        </div>
      </div>

      <section className="panel" aria-labelledby="pick-heading">
        <div className="panel-head">
          <h2 id="pick-heading">Choose</h2>
          <span className="hint">{refs.length} chosen</span>
          <span className="spacer" />
          {refs.length > 0 ? (
            <button type="button" className="button small" onClick={() => setRefs([])}>
              Clear
            </button>
          ) : null}
        </div>
        {list.isPending ? (
          <Loading label="Loading experiments…" />
        ) : list.isError ? (
          <ErrorState title="Could not load experiments" message={errorMessage(list.error)} />
        ) : list.data.length === 0 ? (
          <EmptyState title="Nothing to compare yet">
            <Link className="button primary" href="/experiments/new">
              New experiment
            </Link>
          </EmptyState>
        ) : (
          <ComparePicker
            experiments={list.data}
            refs={refs}
            onToggle={(ref) => setRefs(toggleRef(refs, ref))}
          />
        )}
      </section>

      {refs.length < 2 ? (
        <EmptyState title="Choose at least two">
          <p>Tick two experiments, or single arms, above.</p>
        </EmptyState>
      ) : compare.isError ? (
        <ErrorState title="Could not compare" message={errorMessage(compare.error)} />
      ) : !result ? (
        <Loading label="Comparing…" />
      ) : (
        <>
          <section className="panel" aria-labelledby="diff-heading">
            <div className="panel-head">
              <h2 id="diff-heading">Parameters that differ</h2>
              <span className="hint">
                fields equal in every column are hidden; —: the column has no such field (a whole
                experiment’s arms are under arms.&lt;name&gt;, a single arm’s under arm.)
              </span>
            </div>
            <ParamDiffTable columns={result.columns} rows={result.paramDiff} />
          </section>

          <section className="panel" aria-labelledby="pareto-heading">
            <div className="panel-head">
              <h2 id="pareto-heading">Welfare vs engagement</h2>
              <span className="spacer" />
              <AxisSelect
                id="pareto-x"
                label="Engagement"
                value={result.pareto.x}
                options={summaryMetrics}
                onChange={(value) => setParams(compareViewParams({ paretoX: value }))}
              />
              <AxisSelect
                id="pareto-y"
                label="Welfare"
                value={result.pareto.y}
                options={summaryMetrics}
                onChange={(value) => setParams(compareViewParams({ paretoY: value }))}
              />
            </div>
            {result.pareto.points.length === 0 ? (
              <p className="subtitle">No finished run has both metrics yet.</p>
            ) : (
              <ParetoPanel result={result} />
            )}
          </section>

          {result.paired ? (
            <section className="panel" aria-labelledby="compare-paired-heading">
              <div className="panel-head">
                <h2 id="compare-paired-heading">Paired against {result.paired.base}</h2>
                <span className="hint">
                  series − the first picked, seed by seed where they share worlds: mean [95%
                  interval], seeds with a positive difference / seeds
                </span>
              </div>
              <PairedTable
                reference={result.paired.base}
                rowHeading={`series − ${result.paired.base}`}
                rows={result.paired.series.map((s) => ({ key: s.label, ...s }))}
                metrics={pairedMetrics}
                highlighted={pairedHighlighted}
              />
            </section>
          ) : null}

          {Object.keys(result.curves).length === 0 ? (
            <section className="panel" aria-labelledby="curves-heading">
              <h2 id="curves-heading">Curves</h2>
              <p className="subtitle">No rounds recorded yet.</p>
            </section>
          ) : (
            <CurvesPanel result={result} keyCurves={keyCurves} />
          )}
        </>
      )}
    </>
  );
}

/** A summary metric for one Pareto axis, grouped as the metric picker groups them (welfare,
 * engagement, …), each option's definition on hover; a native select keeps type-ahead. */
function AxisSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
}) {
  const all = options.includes(value) ? options : [value, ...options];
  return (
    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center', fontSize: 12 }}>
      <label htmlFor={id} style={{ color: 'var(--muted)' }}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {groupMetrics(all).map(({ group, metrics }) => (
          <optgroup key={group} label={group}>
            {metrics.map((m) => (
              <option key={m} value={m} title={metricInfo(m).definition}>
                {m}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </span>
  );
}
