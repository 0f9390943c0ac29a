'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { groupLabel } from '../../lib/group-label';
import { orderMetrics } from '../../lib/key-metrics';
import { useTRPC } from '../../trpc/client';
import { errorMessage } from '../../trpc/errors';
import { ClaimsTable, verdictRow } from '../claims/ClaimsTable';
import { PairedTable } from '../paired/PairedTable';
import { ErrorState, Loading } from '../states/States';

/**
 * "Paired against <reference>" and the spec's claims judged: both from the runs that have
 * succeeded, fetched again whenever another run succeeds.
 */
export function PairedPanel({
  id,
  finishedRuns,
  highlight,
}: {
  id: string;
  finishedRuns: number;
  highlight: readonly string[];
}) {
  const trpc = useTRPC();
  const paired = useQuery(trpc.experiments.paired.queryOptions({ id }));
  // Fetched once on mount, then again each time the count of succeeded runs moves.
  const { refetch } = paired;
  const seen = useRef(finishedRuns);
  useEffect(() => {
    if (seen.current === finishedRuns) return;
    seen.current = finishedRuns;
    void refetch();
  }, [finishedRuns, refetch]);

  if (paired.isPending) return <Loading label="Pairing arms by seed…" />;
  if (paired.isError) {
    return <ErrorState title="Could not pair the arms" message={errorMessage(paired.error)} />;
  }
  const { reference, comparisons, claims, verdicts } = paired.data;
  const metrics = orderMetrics(
    [...new Set(comparisons.flatMap((c) => Object.keys(c.metrics)))],
    highlight,
  );
  return (
    <>
      {comparisons.length > 0 ? (
        <section className="panel" aria-labelledby="paired-heading">
          <div className="panel-head">
            <h2 id="paired-heading">Paired against {reference}</h2>
            <span className="hint">
              arm − {reference} per seed: mean [95% interval], then seeds with a positive difference
              / seeds; bold: the interval excludes 0
            </span>
          </div>
          <PairedTable
            reference={reference}
            rowHeading={`arm − ${reference}`}
            rows={comparisons.map((c) => ({
              key: c.group,
              label: groupLabel(c.arm, c.params),
              metrics: c.metrics,
            }))}
            metrics={metrics}
            highlighted={new Set(highlight.filter((m) => metrics.includes(m))).size}
          />
        </section>
      ) : null}
      {claims.length > 0 ? (
        <section className="panel" aria-labelledby="verdicts-heading">
          <div className="panel-head">
            <h2 id="verdicts-heading">Claims</h2>
            <span className="hint">judged on the runs that have succeeded</span>
          </div>
          {verdicts.length === 0 ? (
            <p className="subtitle">Judged once runs have finished.</p>
          ) : (
            <ClaimsTable
              label="Claims judged on this experiment"
              withExperiment={false}
              rows={verdicts.map((verdict, index) => verdictRow(verdict, index))}
            />
          )}
        </section>
      ) : null}
    </>
  );
}
