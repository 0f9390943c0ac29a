import type { RunResult } from '../runner/run-result';
import type { Claim } from './claim-schema';
import type { ClaimVerdict } from './verdict-types';

/** A run result with only what the judge reads: arm, seed, grid point and summary. */
export function result(
  arm: string,
  seed: number,
  summary: Record<string, number>,
  params: Record<string, number | string | boolean> = {},
): RunResult {
  const sweep = Object.entries(params)
    .map(([path, value]) => `|${path}=${value}`)
    .join('');
  const group = `arm=${arm}${sweep}`;
  return {
    key: `${group}|seed=${seed}`,
    group,
    arm,
    seed,
    params,
    backend: 'cpu',
    rounds: [],
    summary,
  };
}

/** Runs of two arms over seeds 1, 2, ...: `a[i]` and `b[i]` are seed i + 1's metric values. */
export function pairedResults(
  metric: string,
  a: readonly number[],
  b: readonly number[],
  params: Record<string, number | string | boolean> = {},
): RunResult[] {
  return a.flatMap((value, index) => {
    const other = b[index];
    if (other === undefined) throw new Error(`pairedResults: b has no value for seed ${index + 1}`);
    return [
      result('a', index + 1, { [metric]: value }, params),
      result('b', index + 1, { [metric]: other }, params),
    ];
  });
}

/** A claim that b − a moves meanWelfare in `expected`'s direction. */
export function armsClaim(overrides: Partial<Claim> = {}): Claim {
  return {
    id: 'welfare',
    statement: 'b changes welfare',
    source: 'test',
    metric: 'meanWelfare',
    compare: { kind: 'arms', arm: 'b', reference: 'a' },
    expected: 'negative',
    ...overrides,
  };
}

/** The first verdict (a claim's only one when nothing is swept); throws if there is none. */
export function firstVerdict(verdicts: readonly ClaimVerdict[]): ClaimVerdict {
  const [verdict] = verdicts;
  if (verdict === undefined) throw new Error('judgeClaims gave no verdict');
  return verdict;
}
