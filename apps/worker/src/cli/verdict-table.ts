import type { ClaimVerdict } from '@goodhart/experiment/claims';
import { type Alignment, renderTable } from '@goodhart/experiment/results';
import {
  comparisonText,
  effectText,
  learnabilityText,
  paramsText,
  seedsText,
} from './verdict-cells';

/**
 * One line per claim and grid point: the verdict, what was compared, the paired effect with
 * its 95% interval, the seeds agreeing with the expected sign, and the learners' gate figures.
 */
export function renderVerdictTable(verdicts: readonly ClaimVerdict[]): string {
  const swept = verdicts.some((verdict) => Object.keys(verdict.params).length > 0);
  const header = [
    'claim',
    ...(swept ? ['at'] : []),
    'verdict',
    'compared',
    'paired effect [95%]',
    'seeds',
    'learnability',
  ];
  const rows = verdicts.map((verdict) => [
    verdict.claim.id,
    ...(swept ? [paramsText(verdict.params)] : []),
    verdict.verdict,
    comparisonText(verdict.claim),
    effectText(verdict),
    seedsText(verdict),
    learnabilityText(verdict),
  ]);
  const align: Alignment[] = header.map((name) =>
    name === 'paired effect [95%]' || name === 'seeds' ? 'right' : 'left',
  );
  return renderTable(header, rows, align);
}
