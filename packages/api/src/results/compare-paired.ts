import { pairedEffect, type RunResult } from '@goodhart/experiment/results';
import type { ExperimentRecord, RunParams } from '@goodhart/store';
import { effectOut, type PairedEffectOut } from './paired-results';
import { columnParams, diffParams } from './param-diff';
import { finishedResults, type RunRounds } from './run-rounds';
import type { GroupRef } from './series';

export interface ComparedSeries {
  experiment: ExperimentRecord;
  runs: readonly RunRounds[];
  label(group: GroupRef): string;
}

export interface PairedSeriesOut {
  label: string;
  experimentId: string;
  arm: string;
  params: RunParams;
  /** Per summary metric, this series − the first, seed by seed; null when they share no seeds. */
  metrics: Record<string, PairedEffectOut> | null;
  /** Why it is not paired with the first series, when it is not. */
  unpaired: string | null;
}

/**
 * Each compared series (an arm at a sweep point) against the first one picked, paired by seed,
 * where pairing means something: series of one experiment share their seeds' worlds; series of
 * two experiments do when the experiments have the same world (or task) and the same seeds.
 * Null when fewer than two series have finished runs.
 */
export function pairedAgainstFirst(
  columns: readonly ComparedSeries[],
): { base: string; series: PairedSeriesOut[] } | null {
  const series = columns.flatMap((column) => seriesOf(column));
  const [base, ...others] = series;
  if (base === undefined || others.length === 0) return null;
  return {
    base: base.label,
    series: others.map(({ bySeed, experiment, ...rest }) => {
      const unpaired =
        whyUnpaired(base, { experiment, params: rest.params }) ??
        ([...bySeed.keys()].some((seed) => base.bySeed.has(seed))
          ? null
          : 'not paired: no seed in common with the first series');
      if (unpaired !== null) return { ...rest, metrics: null, unpaired };
      const names = new Set<string>();
      for (const run of [...bySeed.values(), ...base.bySeed.values()]) {
        for (const name of Object.keys(run.summary)) names.add(name);
      }
      const metrics: Record<string, PairedEffectOut> = {};
      for (const name of names)
        metrics[name] = effectOut(pairedEffect(bySeed, base.bySeed, name, 1));
      return { ...rest, metrics, unpaired: null };
    }),
  };
}

function seriesOf(column: ComparedSeries) {
  // Each group keeps its first run's arm and params (every run of a group has the same).
  const groups = new Map<string, { arm: string; params: RunParams; members: RunResult[] }>();
  for (const run of finishedResults(column.runs)) {
    const group = groups.get(run.group);
    if (group) group.members.push(run);
    else groups.set(run.group, { arm: run.arm, params: run.params, members: [run] });
  }
  return [...groups.values()].map(({ arm, params, members }) => {
    const group = { experimentId: column.experiment.id, arm, params };
    return {
      label: column.label(group),
      experimentId: column.experiment.id,
      experiment: column.experiment,
      arm,
      params,
      bySeed: new Map(members.map((run) => [run.seed, run])),
    };
  });
}

/**
 * Parts of a spec that make seed s the same world in two experiments. Seeds themselves are
 * matched by number: only the seeds both have are paired.
 */
const worldFields = ['kind', 'world', 'task'] as const;

function whyUnpaired(
  base: { experiment: ExperimentRecord; params: RunParams },
  other: { experiment: ExperimentRecord; params: RunParams },
): string | null {
  if (base.experiment.id === other.experiment.id) return null;
  const setting = (experiment: ExperimentRecord, params: RunParams) => {
    const spec = (experiment.spec ?? {}) as Record<string, unknown>;
    const fields = Object.fromEntries(worldFields.map((field) => [field, spec[field]]));
    const swept = Object.entries(params).filter(([path]) =>
      worldFields.some((field) => path.startsWith(`${field}.`)),
    );
    return { ...columnParams(fields), ...Object.fromEntries(swept) };
  };
  const differences = diffParams([
    setting(base.experiment, base.params),
    setting(other.experiment, other.params),
  ]);
  if (differences.length === 0) return null;
  const paths = differences.map((row) => row.path);
  return `not paired: its world differs from the first series' (${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ', …' : ''})`;
}
