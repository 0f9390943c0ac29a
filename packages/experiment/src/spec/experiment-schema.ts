import { z } from 'zod';
import { claimSchema } from '../claims/claim-schema';
import { feedbackArmSchema } from './feedback-arm-schema';
import { offlineArmSchema } from './offline-arm-schema';
import { seedsSchema } from './seeds-schema';
import { sweepSchema } from './sweep-schema';
import { taskSchema } from './task-schema';
import { trainingSchema } from './training-schema';
import { worldSchema } from './world-schema';

export const experimentKinds = ['feedback-loop', 'offline-classification'] as const;
export type ExperimentKind = (typeof experimentKinds)[number];

/** Feedback rounds, or offline training epochs. */
const roundsSchema = z.int().min(1).max(500);

const common = {
  name: z.string().min(1).max(200),
  description: z.string().max(4_000).optional(),
  preset: z.string().max(100).optional().describe('the preset this spec started from'),
  /**
   * Superseded by `claims`: the claim in prose. Still accepted because stored specs carry it;
   * nothing judges it.
   */
  claim: z.string().max(2_000).optional().describe('superseded by claims: the claim in prose'),
  /** Superseded by `claims[].expected`: the expected direction in prose (see `claim`). */
  expected: z
    .string()
    .max(2_000)
    .optional()
    .describe('superseded by claims: the expected direction in prose'),
  /**
   * The claims under test, as data; each gets a verdict after a run (claims/judge-claims).
   * Which arms and sweep paths they may name is checked by parseSpec (spec/claim-issues).
   */
  claims: z.array(claimSchema).max(30).optional().describe('the claims under test, as data'),
  /**
   * The arm every other arm is compared against, paired by seed, in every summary; the first
   * arm when left out.
   */
  reference: z
    .string()
    .min(1)
    .max(60)
    .optional()
    .describe('the arm others are compared against (default: the first arm)'),
  highlight: z
    .array(z.string().min(1).max(60))
    .max(20)
    .optional()
    .describe('summary metrics to show first in tables'),
  rounds: roundsSchema.default(20).describe('feedback rounds, or training epochs'),
  seeds: seedsSchema.prefault({}),
  training: trainingSchema.prefault({}),
  sweep: sweepSchema.optional(),
};

/**
 * More depths for the relevance probe (runner/feedback/relevance-probe): each round then also
 * reports `ndcgAt<k>` and `recallAt<k>` of the served score against true relevance for each k,
 * recall's relevant set being each probe user's `relevant` most relevant probe items. Off
 * unless asked for: every depth costs two sorts per probe user per round.
 */
export const probeDepthsSchema = z.strictObject({
  depths: z.array(z.int().min(1).max(500)).min(1).max(5),
  relevant: z.int().min(1).max(500),
});

/** Recommenders retrained round by round on their own logs in a simulated world. */
export const feedbackLoopSpecSchema = z.strictObject({
  ...common,
  kind: z.literal('feedback-loop'),
  world: worldSchema.prefault({}),
  probe: probeDepthsSchema.optional().describe('ranking quality at more depths (costs CPU)'),
  arms: z.array(feedbackArmSchema).min(1).max(20),
});

/** Classifiers trained epoch by epoch on a fixed offline task; rounds are epochs. */
export const offlineClassificationSpecSchema = z.strictObject({
  ...common,
  kind: z.literal('offline-classification'),
  task: taskSchema.prefault({}),
  arms: z.array(offlineArmSchema).min(1).max(20),
});

const kindedSchema = z
  .discriminatedUnion('kind', [feedbackLoopSpecSchema, offlineClassificationSpecSchema])
  .superRefine((spec, context) => {
    const seen = new Set<string>();
    spec.arms.forEach((arm, index) => {
      if (seen.has(arm.name)) {
        context.addIssue({
          code: 'custom',
          path: ['arms', index, 'name'],
          message: `duplicate arm name "${arm.name}"`,
        });
      }
      seen.add(arm.name);
    });
    // Start-up rounds are part of `rounds`: with none left for the arms' own policies every
    // averaged metric would be empty, so say so here rather than report NaN later.
    // (Only for a valid round count: an invalid one has its own issue already.)
    const { rounds } = spec;
    const validRounds = roundsSchema.safeParse(rounds).success;
    if (spec.kind === 'feedback-loop' && validRounds && spec.training.startupRounds >= rounds) {
      context.addIssue({
        code: 'custom',
        path: ['rounds'],
        message: `must be more than training.startupRounds (${spec.training.startupRounds}): the first ${spec.training.startupRounds} rounds show random slates, so the arms need at least one round of their own`,
      });
    }
  });

/**
 * One experiment: a world (or an offline task), arms to compare on it, how many rounds and
 * seeds, and an optional sweep. `kind` defaults to feedback-loop. Objects are strict, so a
 * misspelt field is an error rather than a silently ignored default.
 */
export const experimentSpecSchema = z.preprocess(
  (input) =>
    input !== null && typeof input === 'object' && !Array.isArray(input) && !('kind' in input)
      ? { ...input, kind: 'feedback-loop' }
      : input,
  kindedSchema,
);

/** A parsed spec: every default filled in. */
export type ExperimentSpec = z.output<typeof kindedSchema>;
export type FeedbackLoopSpec = z.output<typeof feedbackLoopSpecSchema>;
export type OfflineClassificationSpec = z.output<typeof offlineClassificationSpecSchema>;

export type FeedbackLoopSpecInput = Omit<z.input<typeof feedbackLoopSpecSchema>, 'kind'> & {
  kind?: 'feedback-loop';
};
export type OfflineClassificationSpecInput = z.input<typeof offlineClassificationSpecSchema>;
/** What a person may write: defaults may be left out, `kind` too for a feedback loop. */
export type ExperimentSpecInput = FeedbackLoopSpecInput | OfflineClassificationSpecInput;
