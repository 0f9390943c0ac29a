import { getPreset, isPresetName, presetNames, presets } from '@goodhart/experiment/presets';
import { countRuns } from '@goodhart/experiment/spec';
import { z } from 'zod';
import { notFound } from '../errors';
import { publicProcedure, router } from '../trpc';

export const presetsRouter = router({
  list: publicProcedure.query(() =>
    presetNames.map((name) => {
      const spec = presets[name];
      return {
        name,
        title: spec.name,
        description: spec.description ?? '',
        claim: spec.claim ?? null,
        expected: spec.expected ?? null,
        runCount: countRuns(spec),
        rounds: spec.rounds,
      };
    }),
  ),
  get: publicProcedure
    .input(z.strictObject({ name: z.string().min(1).max(100) }))
    .query(({ input }) => {
      if (!isPresetName(input.name)) throw notFound(`preset "${input.name}"`);
      const spec = getPreset(input.name);
      return { name: input.name, description: spec.description ?? '', spec };
    }),
});
