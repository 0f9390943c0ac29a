import { referenceArm } from '@goodhart/experiment/claims';
import { type ExperimentSpec, resolvedWorldSize } from '@goodhart/experiment/spec';
import { TRPCError } from '@trpc/server';
import { byId, exportInput, roundsInput, runLogsInput } from '../inputs';
import { exportCsv, exportJson } from '../results/export-file';
import { claimsOf, pairedOf, verdictsOf } from '../results/paired-results';
import { onlyRounds, roundsAfter } from '../results/rounds-after';
import { loadRunDetails } from '../results/run-details';
import { loadRunRounds } from '../results/run-rounds';
import { bandsOf, groupLabel } from '../results/series';
import { publicProcedure } from '../trpc';
import { compareProcedure } from './compare';
import { requireExperiment } from './load';

/**
 * Items shown to each active user a round (a feedback loop's world, defaults filled in), so a
 * chart can count impressions; null for an offline task, which has no slates.
 */
function slateSizeOf(spec: ExperimentSpec): number | null {
  return spec.kind === 'feedback-loop' ? resolvedWorldSize(spec.world).slateSize : null;
}

/** rounds, details, paired, compare, logs, export: reading results. */
export const analysisProcedures = {
  /**
   * Every run's stored rounds and, per metric, each group's mean and 95% interval per round.
   * With `afterRound` (a poll), only rounds after the caller's and the band points of the rounds
   * those touch, which the caller merges into what it holds (the dashboard's mergeRounds).
   */
  rounds: publicProcedure.input(roundsInput).query(async ({ ctx, input }) => {
    const experiment = await requireExperiment(ctx.store, input.id);
    const stored = await loadRunRounds(ctx.store, input.id);
    if (input.afterRound && input.afterRound.length > stored.length) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `afterRound: ${input.afterRound.length} entries, but the experiment has ${stored.length} runs (one entry per run, in the order experiments.rounds lists them)`,
      });
    }
    const poll = input.afterRound ? roundsAfter(stored, input.afterRound) : undefined;
    const runs = poll?.runs ?? stored;
    const rows = poll ? onlyRounds(stored, poll.touched) : stored;
    const bands = bandsOf(input.id, rows, (group) => groupLabel(group), input.metrics);
    const metrics = Object.keys(bands);
    const keep = (record: Record<string, number | null>) =>
      Object.fromEntries(metrics.filter((m) => m in record).map((m) => [m, record[m]]));
    return {
      metrics,
      slateSize: slateSizeOf(experiment.spec as ExperimentSpec),
      runs: runs.map(({ status: _s, summary: _m, ...run }) => ({
        ...run,
        rounds: run.rounds.map((r) => ({
          round: r.round,
          metrics: input.runMetrics ? keep(r.metrics) : {},
        })),
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
