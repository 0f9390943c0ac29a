import { referenceArm } from '@goodhart/experiment/claims';
import type { ExperimentSpec } from '@goodhart/experiment/spec';
import { byId, exportInput, metricNames, runLogsInput } from '../inputs';
import { exportCsv, exportJson } from '../results/export-file';
import { claimsOf, pairedOf, verdictsOf } from '../results/paired-results';
import { loadRunDetails } from '../results/run-details';
import { loadRunRounds } from '../results/run-rounds';
import { bandsOf, groupLabel } from '../results/series';
import { publicProcedure } from '../trpc';
import { compareProcedure } from './compare';
import { requireExperiment } from './load';

/** rounds, details, paired, compare, logs, export: reading results. */
export const analysisProcedures = {
  rounds: publicProcedure
    .input(byId.extend({ metrics: metricNames.optional() }))
    .query(async ({ ctx, input }) => {
      await requireExperiment(ctx.store, input.id);
      const runs = await loadRunRounds(ctx.store, input.id);
      const bands = bandsOf(input.id, runs, (group) => groupLabel(group), input.metrics);
      const metrics = Object.keys(bands);
      const keep = (record: Record<string, number | null>) =>
        Object.fromEntries(metrics.filter((m) => m in record).map((m) => [m, record[m]]));
      return {
        metrics,
        runs: runs.map(({ status: _s, summary: _m, ...run }) => ({
          ...run,
          rounds: run.rounds.map((r) => ({ round: r.round, metrics: keep(r.metrics) })),
        })),
        bands,
      };
    }),

  details: publicProcedure.input(byId).query(async ({ ctx, input }) => {
    await requireExperiment(ctx.store, input.id);
    return { runs: await loadRunDetails(ctx.store, input.id) };
  }),

  /**
   * Every arm against the spec's reference arm, paired by seed (mean difference, 95% interval,
   * seeds with a positive difference), and each of the spec's claims judged, from the runs that
   * have succeeded so far.
   */
  paired: publicProcedure.input(byId).query(async ({ ctx, input }) => {
    const experiment = await requireExperiment(ctx.store, input.id);
    const spec = experiment.spec as ExperimentSpec;
    const runs = await ctx.store.listRuns(input.id);
    const comparisons = pairedOf(spec, runs);
    return {
      reference: referenceArm(spec),
      comparisons,
      claims: claimsOf(spec),
      verdicts: verdictsOf(spec, runs),
    };
  }),

  compare: compareProcedure,

  logs: publicProcedure
    .input(runLogsInput)
    .query(({ ctx, input }) => ctx.store.listLogs(input.runId, input.limit)),

  export: publicProcedure.input(exportInput).query(async ({ ctx, input }) => {
    const experiment = await requireExperiment(ctx.store, input.id);
    const rounds = await loadRunRounds(ctx.store, input.id);
    if (input.format === 'csv') return exportCsv(experiment, rounds);
    return exportJson(experiment, await ctx.store.listRuns(input.id), rounds);
  }),
};
