import type { RunRounds } from './run-rounds';

/**
 * What a poll of experiments.rounds sends: each run with only its rounds after the caller's
 * cursor (`afterRound[i]`: the last round held of run i, -1 or absent: none), and the rounds
 * any run sent (the band points over seeds that may have changed: a seed reaching round r
 * moves round r's mean and interval, and nothing else).
 */
export function roundsAfter(
  runs: readonly RunRounds[],
  afterRound: readonly number[],
): { runs: RunRounds[]; touched: Set<number> } {
  const touched = new Set<number>();
  const fresh = runs.map((run, i) => {
    const after = afterRound[i] ?? -1;
    const rounds = run.rounds.filter((record) => record.round > after);
    for (const record of rounds) touched.add(record.round);
    return { ...run, rounds };
  });
  return { runs: fresh, touched };
}

/** The runs with only the rounds in `rounds`: the rows the touched band points are made of. */
export function onlyRounds(runs: readonly RunRounds[], rounds: ReadonlySet<number>): RunRounds[] {
  return runs.map((run) => ({ ...run, rounds: run.rounds.filter((r) => rounds.has(r.round)) }));
}
