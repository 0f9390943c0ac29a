import { TRPCError } from '@trpc/server';
import { compareInput } from '../inputs';
import { pairedAgainstFirst } from '../results/compare-paired';
import { columnParams, diffParams } from '../results/param-diff';
import { paretoPoints } from '../results/pareto-points';
import { loadRunRounds } from '../results/run-rounds';
import { type Bands, bandsOf, type GroupRef, groupLabel } from '../results/series';
import { publicProcedure } from '../trpc';
import { requireExperiment } from './load';

/**
 * Two or more experiments (or single arms of them) side by side: what differs in their set-up,
 * their metric curves overlaid, and where each lands on welfare against engagement.
 */
export const compareProcedure = publicProcedure
  .input(compareInput)
  .query(async ({ ctx, input }) => {
    const columns = await Promise.all(
      input.refs.map(async (ref) => {
        const experiment = await requireExperiment(ctx.store, ref.experimentId);
        if (ref.arm !== undefined && !experiment.arms.includes(ref.arm)) {
          throw new TRPCError({
            code: 'NOT_FOUND',
            message: `experiment ${experiment.id} has no arm "${ref.arm}" (arms: ${experiment.arms.join(', ')})`,
          });
        }
        const all = await loadRunRounds(ctx.store, experiment.id);
        const runs = ref.arm === undefined ? all : all.filter((run) => run.arm === ref.arm);
        const label = ref.arm === undefined ? experiment.name : `${experiment.name} / ${ref.arm}`;
        return { ref, experiment, runs, label };
      }),
    );

    // Each column's groups (arm x sweep point), labelled as the curves, points and pairs show them.
    const sources = columns.map((column) => ({
      experimentId: column.experiment.id,
      experiment: column.experiment,
      runs: column.runs,
      label: (group: GroupRef) => groupLabel(group, column.experiment.name),
    }));

    const curves: Bands = {};
    for (const source of sources) {
      const bands = bandsOf(source.experimentId, source.runs, source.label, input.metrics);
      for (const [metric, series] of Object.entries(bands)) {
        curves[metric] = [...(curves[metric] ?? []), ...series];
      }
    }

    return {
      columns: columns.map((column) => ({
        label: column.label,
        experimentId: column.experiment.id,
        name: column.experiment.name,
        arm: column.ref.arm ?? null,
      })),
      paramDiff: diffParams(columns.map((c) => columnParams(c.experiment.spec, c.ref.arm))),
      curves,
      pareto: {
        x: input.x,
        y: input.y,
        points: paretoPoints(sources, input.x, input.y),
      },
      /** Each series − the first picked, seed by seed, where they share worlds. */
      paired: pairedAgainstFirst(sources),
    };
  });
