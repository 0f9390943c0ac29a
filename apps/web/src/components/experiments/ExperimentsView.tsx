'use client';

import { type GroupSummary, summarise } from '@goodhart/experiment/results';
import {
  keepPreviousData,
  useInfiniteQuery,
  useQueries,
  useQueryClient,
} from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { metricRange, pickKeyMetrics } from '../../lib/key-metrics';
import { type ListStatus, listStatuses, listViewFrom, listViewParams } from '../../lib/list-view';
import { isActive, listProgress } from '../../lib/progress';
import { useTRPC } from '../../trpc/client';
import { errorMessage } from '../../trpc/errors';
import { useLiveDetail } from '../../trpc/live-detail';
import type { ExperimentDetail, ExperimentSummary } from '../../trpc/types';
import { EmptyState, ErrorState, Loading } from '../states/States';
import { useUrlParams } from '../ui/useUrlParams';
import { WorkerStatus } from '../workers/WorkerStatus';
import { ExperimentsTable, type Row } from './ExperimentsTable';

/** Experiments per page of the list; older ones come a page at a time on demand. */
const pageSize = 50;

export function ExperimentsView() {
  const trpc = useTRPC();
  const router = useRouter();
  // Filter, status, preset and sort live in the URL (list-view), so a link reproduces the view.
  const [searchParams, setParams] = useUrlParams();
  const queuedId = searchParams.get('queued');
  const view = listViewFrom(searchParams);

  const [filter, setFilter] = useState(view.q);
  // The text searches the store (names, presets and ids) as well as filtering what is loaded.
  const search = useSettled(filter.trim(), 300);
  useEffect(() => setParams(listViewParams({ q: search })), [search, setParams]);
  const list = useInfiniteQuery(
    trpc.experiments.list.infiniteQueryOptions(
      search === '' ? { limit: pageSize } : { limit: pageSize, search },
      {
        initialCursor: null,
        // While a new search loads, keep showing the last results rather than a spinner.
        placeholderData: keepPreviousData,
        getNextPageParam: (page) => {
          const last = page[page.length - 1];
          return page.length === pageSize && last
            ? { createdAt: last.createdAt, id: last.id }
            : undefined;
        },
        refetchInterval: (query) =>
          query.state.data?.pages.some((page) => page.some((e) => isActive(e.status)))
            ? 1_500
            : 5_000,
      },
    ),
  );
  const experiments = list.data?.pages.flat() ?? [];

  // Details carry the runs (progress, summaries) and the spec (highlighted metrics). Finished
  // experiments are fetched once; live ones are polled, each poll carrying only the runs that
  // changed.
  const liveDetail = useLiveDetail();
  const details = useQueries({
    queries: experiments.map((e) => ({
      ...trpc.experiments.get.queryOptions(
        { id: e.id },
        {
          refetchInterval: isActive(e.status) ? 1_500 : false,
          staleTime: isActive(e.status) ? 0 : Number.POSITIVE_INFINITY,
        },
      ),
      queryFn: liveDetail(e.id),
    })),
  });

  // A finished experiment's details stop polling; fetch them once more when the list first
  // shows it finished, so its progress and metrics are the final ones.
  const queryClient = useQueryClient();
  const staleFinished = experiments
    .filter(
      (e, i) =>
        !isActive(e.status) && details[i]?.data && isActive(details[i].data.experiment.status),
    )
    .map((e) => e.id)
    .join(',');
  useEffect(() => {
    for (const id of staleFinished.split(',').filter(Boolean)) {
      void queryClient.invalidateQueries(trpc.experiments.get.queryFilter({ id }));
    }
  }, [staleFinished, queryClient, trpc]);

  const { status, preset, sort } = view;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const detailById = new Map<string, ExperimentDetail>();
  details.forEach((d, i) => {
    if (d.data && experiments[i]) detailById.set(experiments[i].id, d.data);
  });
  const specs = [...detailById.values()].map((d) => d.spec);
  const available = [
    ...new Set(
      [...detailById.values()].flatMap((d) =>
        d.runs.flatMap((run) => Object.keys(run.summary ?? {})),
      ),
    ),
  ];
  const keyMetrics = pickKeyMetrics(specs, available);

  const rows: Row[] = experiments.map((experiment) =>
    toRow(experiment, detailById.get(experiment.id), keyMetrics),
  );
  const presets = [
    ...new Set(experiments.map((e) => e.preset).filter((p): p is string => !!p)),
  ].sort();
  const needle = filter.trim().toLowerCase();
  const visible = rows.filter(
    (row) =>
      (status === 'all' || row.experiment.status === status) &&
      (preset === 'all' || row.experiment.preset === preset) &&
      (needle === '' ||
        row.experiment.name.toLowerCase().includes(needle) ||
        row.experiment.id.startsWith(needle) ||
        (row.experiment.preset ?? '').toLowerCase().includes(needle)),
  );

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Experiments</h1>
          <p className="subtitle">
            Every experiment submitted to this store, newest first. Live rows update as runs
            progress.
          </p>
        </div>
        <span className="spacer" />
        <Link className="button primary" href="/experiments/new">
          New experiment
        </Link>
      </div>
      <WorkerStatus />
      {queuedId && experiments.some((e) => e.id === queuedId && isActive(e.status)) ? (
        <p className="notice info" role="status">
          Queued experiment <code>{queuedId.slice(0, 12)}</code>; the worker picks it up in a
          moment.
        </p>
      ) : null}
      <section className="panel" aria-label="Experiments table">
        <div className="toolbar">
          <label className="visually-hidden" htmlFor="experiments-filter">
            Filter experiments
          </label>
          <input
            id="experiments-filter"
            type="search"
            placeholder="Filter by name, preset or id…"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            style={{ minWidth: 260 }}
          />
          <label className="visually-hidden" htmlFor="experiments-status">
            Status
          </label>
          <select
            id="experiments-status"
            value={status}
            onChange={(e) => setParams(listViewParams({ status: e.target.value as ListStatus }))}
          >
            {listStatuses.map((s) => (
              <option key={s} value={s}>
                {s === 'all' ? 'Any status' : s}
              </option>
            ))}
          </select>
          <label className="visually-hidden" htmlFor="experiments-preset">
            Preset
          </label>
          <select
            id="experiments-preset"
            value={preset}
            onChange={(e) => setParams(listViewParams({ preset: e.target.value }))}
          >
            <option value="all">Any preset</option>
            {presets.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
          <span className="spacer" />
          <span className="hint" style={{ color: 'var(--faint)', fontSize: 12 }}>
            {visible.length} of {experiments.length}
          </span>
          <button
            type="button"
            className="button"
            disabled={selected.size < 2}
            onClick={() => router.push(`/compare?ids=${[...selected].join(',')}`)}
          >
            Compare selected ({selected.size})
          </button>
        </div>
        {list.isPending ? (
          <Loading label="Loading experiments…" />
        ) : list.isError ? (
          <ErrorState title="Could not load experiments" message={errorMessage(list.error)}>
            <button type="button" className="button" onClick={() => list.refetch()}>
              Retry
            </button>
          </ErrorState>
        ) : experiments.length === 0 && search !== '' ? (
          <EmptyState title="Nothing matches">
            <p>No experiment’s name, preset or id contains “{search}”.</p>
          </EmptyState>
        ) : experiments.length === 0 ? (
          <EmptyState title="No experiments yet">
            <p>Start from one of the preset scenarios; it runs on the embedded worker.</p>
            <Link className="button primary" href="/experiments/new">
              New experiment
            </Link>
          </EmptyState>
        ) : visible.length === 0 ? (
          <EmptyState title="Nothing matches">
            <p>No experiment matches the filter.</p>
          </EmptyState>
        ) : (
          <ExperimentsTable
            rows={visible}
            keyMetrics={keyMetrics}
            sort={sort}
            onSort={(key) =>
              setParams(
                listViewParams({
                  sort: {
                    key,
                    direction: sort.key === key && sort.direction === 'desc' ? 'asc' : 'desc',
                  },
                }),
              )
            }
            selected={selected}
            onToggle={toggle}
            highlightId={queuedId}
          />
        )}
        {list.hasNextPage ? (
          <div className="toolbar">
            <button
              type="button"
              className="button"
              disabled={list.isFetchingNextPage}
              onClick={() => list.fetchNextPage()}
            >
              {list.isFetchingNextPage ? 'Loading…' : 'Load older experiments'}
            </button>
          </div>
        ) : null}
      </section>
    </>
  );
}

function toRow(
  experiment: ExperimentSummary,
  detail: ExperimentDetail | undefined,
  keyMetrics: readonly string[],
): Row {
  const groups: GroupSummary[] = detail ? summarise(detail.runs) : [];
  const ranges = Object.fromEntries(keyMetrics.map((m) => [m, metricRange(groups, m)]));
  return { experiment, progress: listProgress(experiment, detail), ranges };
}

/** `value` once it has stayed the same for `delayMs` (so typing does not query per key). */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
