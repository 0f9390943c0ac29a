import { getPreset, isPresetName } from '@goodhart/experiment/presets';
import {
  countRuns,
  type ExperimentSpec,
  parseSpec,
  SpecError,
  specHash,
} from '@goodhart/experiment/spec';
import { assertRunnable, prepareSubmission } from '@goodhart/store/submission';
import { TRPCError } from '@trpc/server';
import { notFound, rethrowSpecError } from '../errors';
import { byId, submitInput } from '../inputs';
import { mutationProcedure, publicProcedure } from '../trpc';

/** validate, submit, cancel, resume: an experiment into and out of the queue (reads: experiment-reads.ts). */
export const submissionProcedures = {
  validate: publicProcedure.input(submitInput.options[0]).mutation(({ input }) => {
    try {
      const spec = parseSpec(input.spec);
      assertRunnable(spec);
      return { ok: true as const, id: specHash(spec), runCount: countRuns(spec), spec };
    } catch (error) {
      if (error instanceof SpecError) return { ok: false as const, issues: error.issues };
      throw error;
    }
  }),

  submit: mutationProcedure.input(submitInput).mutation(async ({ ctx, input }) => {
    const spec = 'preset' in input ? presetSpec(input) : input.spec;
    let submission: ReturnType<typeof prepareSubmission>;
    try {
      submission = prepareSubmission(spec, {
        preset: 'preset' in input ? input.preset : undefined,
      });
    } catch (error) {
      rethrowSpecError(error);
    }
    return ctx.store.submitExperiment(submission);
  }),

  cancel: mutationProcedure.input(byId).mutation(async ({ ctx, input }) => {
    const result = await ctx.store.cancelExperiment(input.id);
    if (result === null) throw notFound(`experiment ${input.id}`);
    return result;
  }),

  /** Queues again the cancelled and failed runs of a cancelled or failed experiment. */
  resume: mutationProcedure.input(byId).mutation(async ({ ctx, input }) => {
    const result = await ctx.store.resumeExperiment(input.id);
    if (result === null) throw notFound(`experiment ${input.id}`);
    if (result.stillRunning > 0) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `experiment ${input.id} still has ${result.stillRunning} running run(s) stopping after its cancel (each stops at the end of its current round): resume once they have stopped`,
      });
    }
    return result;
  }),
};

function presetSpec(input: { preset: string; seeds?: number; rounds?: number }): ExperimentSpec {
  if (!isPresetName(input.preset)) throw notFound(`preset "${input.preset}"`);
  const preset = getPreset(input.preset);
  return {
    ...preset,
    ...(input.seeds === undefined ? {} : { seeds: { ...preset.seeds, count: input.seeds } }),
    ...(input.rounds === undefined ? {} : { rounds: input.rounds }),
  };
}
