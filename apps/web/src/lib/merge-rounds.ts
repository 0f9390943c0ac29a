/** A band point: one group's mean over seeds and its interval at one round. */
interface Point {
  round: number;
}

interface SeriesOf<P extends Point> {
  label: string;
  points: P[];
}

/** What experiments.rounds answers, full or a poll: each run's rounds and the band points. */
interface RoundsAnswer<P extends Point, S extends SeriesOf<P>, R extends { rounds: Point[] }> {
  metrics: string[];
  runs: R[];
  bands: Record<string, S[]>;
}

/**
 * The cursor of a poll (experiments.rounds' `afterRound`): per run, in order, the last round
 * held, -1 for none. Trailing runs that hold nothing are left off (they count as -1), which
 * keeps the URL short while most runs of a large experiment still wait.
 */
export function afterRoundOf(runs: readonly { rounds: readonly Point[] }[]): number[] {
  const after = runs.map((run) => run.rounds.reduce((last, r) => Math.max(last, r.round), -1));
  while (after.length > 0 && after[after.length - 1] === -1) after.pop();
  return after;
}

/**
 * The held rounds with a poll's news merged in: each run's new rounds appended (a poll sends
 * only rounds after the held ones), each band point the poll sent in place of the held one at
 * that round, new rounds and new series added. What the poll did not touch keeps its object,
 * so a chart whose series did not change is not drawn again.
 */
export function mergeRounds<
  P extends Point,
  S extends SeriesOf<P>,
  R extends { rounds: Point[] },
  A extends RoundsAnswer<P, S, R>,
>(held: A, poll: RoundsAnswer<P, S, R>): A {
  const runs =
    poll.runs.length === held.runs.length
      ? held.runs.map((run, i) => {
          const fresh = poll.runs[i]?.rounds ?? [];
          return fresh.length === 0 ? run : { ...run, rounds: [...run.rounds, ...fresh] };
        })
      : poll.runs;
  const bands = { ...held.bands };
  for (const [metric, polled] of Object.entries(poll.bands)) {
    const series = [...(bands[metric] ?? [])];
    for (const news of polled) {
      const at = series.findIndex((s) => s.label === news.label);
      const old = at === -1 ? undefined : series[at];
      if (old === undefined) series.push(news);
      else series[at] = { ...old, points: mergePoints(old.points, news.points) };
    }
    bands[metric] = series;
  }
  const metrics = [...held.metrics, ...poll.metrics.filter((m) => !held.metrics.includes(m))];
  return { ...held, metrics, runs, bands };
}

/** Points by round: the new one wins at a round both have; sorted by round. */
function mergePoints<P extends Point>(held: readonly P[], news: readonly P[]): P[] {
  const byRound = new Map(held.map((p) => [p.round, p]));
  for (const p of news) byRound.set(p.round, p);
  return [...byRound.values()].sort((a, b) => a.round - b.round);
}
