import Link from 'next/link';
import { Fragment, type ReactNode } from 'react';
import { formatRelativeTime } from '../../lib/format';
import { type EffectLike, formatSeeds } from '../../lib/paired';
import { EffectCell } from '../paired/EffectCell';
import { ScrollBox } from '../ui/ScrollBox';
import { LearnabilityCell, type LearnabilityLike } from './LearnabilityCell';
import { VerdictBadge } from './VerdictBadge';

export interface ClaimRow {
  key: string;
  preset?: string;
  claim: { id: string; statement: string; source: string; metric: string; expected: string };
  /** The sweep point the verdict is for ({} when there is no sweep). */
  params: Record<string, number | string | boolean>;
  /** A verdict, or 'not run yet'. */
  verdict: string;
  reason: string | null;
  effect: EffectLike | null;
  learnability: LearnabilityLike | null;
  experiment?: { id: string; name: string; createdAt: string } | null;
  /** What to do instead of a link when there is no experiment (run the preset). */
  action?: ReactNode;
}

/** A judged claim as the API sends it (experiments.paired, claims.list). */
export interface VerdictLike {
  claim: ClaimRow['claim'];
  params: ClaimRow['params'];
  verdict: string;
  reason: string;
  effect: EffectLike;
  learnability: LearnabilityLike | null;
}

/** The table row of a judged claim; `index` tells apart one claim's sweep points. */
export function verdictRow(verdict: VerdictLike, index: number, preset?: string): ClaimRow {
  return {
    key: `${preset ?? ''}/${verdict.claim.id}/${index}`,
    preset,
    claim: verdict.claim,
    params: verdict.params,
    verdict: verdict.verdict,
    reason: verdict.reason,
    effect: verdict.effect,
    learnability: verdict.learnability,
  };
}

/**
 * Claims with their verdicts: what the source says, what the runs gave (paired effect across
 * seeds and how many seeds agree with the expected sign), and whether the learners learnt.
 */
export function ClaimsTable({
  rows,
  label,
  withExperiment,
}: {
  rows: readonly ClaimRow[];
  label: string;
  /** Adds the column linking each verdict to the experiment it came from. */
  withExperiment: boolean;
}) {
  return (
    <ScrollBox label="Claims">
      <table className="data claims" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Source</th>
            <th scope="col">Verdict</th>
            <th scope="col" className="num">
              Paired effect [95%]
            </th>
            <th scope="col" className="num">
              Seeds agreeing
            </th>
            <th scope="col">Learnability</th>
            {withExperiment ? <th scope="col">Experiment</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <Fragment key={row.key}>
              {row.preset !== undefined && row.preset !== rows[index - 1]?.preset ? (
                <tr className="group-row">
                  <th scope="rowgroup" colSpan={withExperiment ? 7 : 6}>
                    {row.preset}
                  </th>
                </tr>
              ) : null}
              <tr data-claim-id={row.claim.id} data-preset={row.preset} data-verdict={row.verdict}>
                <td className="claim-cell">
                  <div>{row.claim.statement}</div>
                  <div className="interval mono">
                    {row.claim.metric}, expected {row.claim.expected}
                    {Object.keys(row.params).length > 0
                      ? ` · at ${Object.entries(row.params)
                          .map(([path, value]) => `${path}=${value}`)
                          .join(', ')}`
                      : ''}
                  </div>
                </td>
                <td className="claim-source">{row.claim.source}</td>
                <td title={row.reason ?? undefined}>
                  <VerdictBadge verdict={row.verdict} />
                  {row.reason && showReason(row) ? (
                    <div className="interval verdict-reason">{row.reason}</div>
                  ) : null}
                </td>
                <td className="num">{row.effect ? <EffectCell effect={row.effect} /> : '–'}</td>
                <td className="num">{row.effect ? formatSeeds(row.effect) : '–'}</td>
                <td>
                  {row.verdict === 'not run yet' ? (
                    '–'
                  ) : (
                    <LearnabilityCell learnability={row.learnability} />
                  )}
                </td>
                {withExperiment ? (
                  <td className="claim-experiment">
                    {row.experiment ? (
                      <Link href={`/experiments/${row.experiment.id}`} className="experiment-link">
                        {row.experiment.name}
                        <span className="interval">
                          {formatRelativeTime(row.experiment.createdAt)}
                        </span>
                      </Link>
                    ) : (
                      row.action
                    )}
                  </td>
                ) : null}
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/**
 * The reason in words under the badge only where the row shows it nowhere else: the interval
 * is in the effect column and a failed gate in the learnability column (both are in the tooltip).
 */
function showReason(row: ClaimRow): boolean {
  if (row.verdict !== 'inconclusive') return false;
  return row.learnability === null || row.learnability.passed;
}
