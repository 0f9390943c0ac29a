import {
  resolveWorldConfig,
  WorldConfigError,
  type WorldConfigInput,
  worldConfigSchema,
} from '@goodhart/sim';
import { z } from 'zod';

/** Tighter than what sim accepts: what one experiment may ask of one machine. */
export const worldLimits = { numUsers: 100_000, numItems: 50_000 } as const;

// sim's WorldConfig schema with every field optional at every depth (a spec writes only what
// it changes; sim's defaults fill the rest), still strict, so a misspelt field is an error.
const partialShape = Object.fromEntries(
  Object.entries(worldConfigSchema.shape).map(([key, field]) => [
    key,
    (field instanceof z.ZodObject ? field.partial() : field).optional(),
  ]),
);

const partialWorldSchema = z.strictObject({
  ...partialShape,
  numUsers: z.int().min(2).max(worldLimits.numUsers).optional(),
  numItems: z.int().min(2).max(worldLimits.numItems).optional(),
});

/**
 * The world of a feedback-loop experiment: any part of sim's WorldConfig. Checked again as a
 * whole once merged with the defaults, so rules across fields (slateSize <= numItems) apply.
 */
export const worldSchema = partialWorldSchema.superRefine((world, context) => {
  // zod runs this even when a field failed above; those fields are reported already.
  if (!partialWorldSchema.safeParse(world).success) return;
  try {
    resolveWorldConfig(world as WorldConfigInput);
  } catch (error) {
    if (!(error instanceof WorldConfigError)) throw error;
    for (const issue of error.issues) {
      context.addIssue({
        code: 'custom',
        path: issue.path === '' ? [] : issue.path.split('.'),
        message: issue.message,
      });
    }
  }
}) as unknown as z.ZodType<WorldConfigInput, WorldConfigInput>;

export type WorldSpec = WorldConfigInput;
