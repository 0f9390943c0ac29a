import type { ExperimentSpec } from '@goodhart/experiment/spec';
import { byId, listInput, progressInput } from '../inputs';
import { publicProcedure } from '../trpc';
import { requireExperiment, runChangesWithLiveness, withoutSpec } from './load';

/** list, get, progress: experiments and their runs as they stand (their results: analysis.ts). */
export const experimentReadProcedures = {
  list: publicProcedure.input(listInput).query(({ ctx, input }) =>
    ctx.store.listExperiments({
      limit: input?.limit ?? 50,
      status: input?.status,
      after: input?.cursor ?? undefined,
      search: input?.search || undefined,
    }),
  ),

  /** Everything about an experiment; `cursor` starts progress polls from here. */
  get: publicProcedure.input(byId).query(async ({ ctx, input }) => {
    const experiment = await requireExperiment(ctx.store, input.id);
    const { runs, cursor } = await runChangesWithLiveness(ctx.store, input.id);
    return {
      experiment: withoutSpec(experiment),
      spec: experiment.spec as ExperimentSpec,
      runs,
      cursor,
    };
  }),

  /**
   * What a poll needs: the experiment's counts by status, the rounds done, and the runs changed
   * since `since` (the cursor of the last get or progress) plus the running ones; without
   * `since` (or with one the store cannot read: `complete`), every run.
   */
  progress: publicProcedure.input(progressInput).query(async ({ ctx, input }) => {
    const experiment = await requireExperiment(ctx.store, input.id);
    const changes = await runChangesWithLiveness(ctx.store, input.id, input.since);
    const { done, total } = changes.rounds;
    return {
      experiment: withoutSpec(experiment),
      fraction: total === 0 ? 0 : done / total,
      cursor: changes.cursor,
      complete: changes.complete,
      runs: changes.runs,
    };
  }),
};
