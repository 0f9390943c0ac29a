'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '../../trpc/client';
import { errorMessage } from '../../trpc/errors';
import type { PresetClaims } from '../../trpc/types';
import { EmptyState, ErrorState, Loading } from '../states/States';
import { type ClaimRow, ClaimsTable, verdictRow } from './ClaimsTable';

/** The replication table: every preset's claims with the verdict of its newest judged run. */
export function ClaimsView() {
  const trpc = useTRPC();
  const claims = useQuery(trpc.claims.list.queryOptions(undefined, { refetchInterval: 10_000 }));

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Claims</h1>
          <p className="subtitle">
            Each preset’s claims as data, judged on the newest finished experiment of that preset:
            the paired effect across seeds (arms of a seed share a world), how many seeds agree with
            the expected sign, and whether the learners cleared the learnability bar. The bar is
            judged on each claim’s positive control, the arm free of the mechanism; an arm whose
            doing worse is what the claim predicts is shown as “not gated”. A claim that does not
            reproduce is a result.
          </p>
        </div>
      </div>
      <section className="panel" aria-labelledby="claims-heading">
        <div className="panel-head">
          <h2 id="claims-heading">Replication</h2>
          <span className="hint">
            reproduced: interval on the expected side of 0 · contradicted: on the other side · no
            effect: spans 0 · inconclusive: a learner missed the bar
          </span>
        </div>
        {claims.isPending ? (
          <Loading label="Judging claims…" />
        ) : claims.isError ? (
          <ErrorState title="Could not load the claims" message={errorMessage(claims.error)} />
        ) : claims.data.every(
            (preset) => preset.claims.length === 0 && preset.experiment === null,
          ) ? (
          <EmptyState title="No preset declares claims yet" />
        ) : (
          <>
            <ClaimsTable
              rows={claims.data.flatMap(rowsOf)}
              label="Claims and their newest verdicts"
              withExperiment
            />
            <NoClaims presets={claims.data} />
          </>
        )}
      </section>
    </>
  );
}

function rowsOf(preset: PresetClaims): ClaimRow[] {
  if (preset.experiment === null) {
    return preset.claims.map((claim) => ({
      key: `${preset.preset}/${claim.id}`,
      preset: preset.preset,
      claim,
      params: {},
      verdict: 'not run yet',
      reason: null,
      effect: null,
      learnability: null,
      experiment: null,
      action: <RunPreset preset={preset.preset} />,
    }));
  }
  const { experiment } = preset;
  return preset.verdicts.map((verdict, index) => ({
    ...verdictRow(verdict, index, preset.preset),
    experiment,
  }));
}

function RunPreset({ preset }: { preset: string }) {
  return (
    <Link className="button small" href={`/experiments/new?preset=${encodeURIComponent(preset)}`}>
      Run {preset}
    </Link>
  );
}

function NoClaims({ presets }: { presets: readonly PresetClaims[] }) {
  const without = presets.filter((p) => p.claims.length === 0 && p.experiment === null);
  if (without.length === 0) return null;
  return (
    <p className="subtitle" style={{ marginTop: 12 }}>
      No claims as data yet: {without.map((p) => p.preset).join(', ')}.
    </p>
  );
}
