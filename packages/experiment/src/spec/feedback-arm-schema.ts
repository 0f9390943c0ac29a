import { decisionRuleSpecSchema, lossFamily, modelSpecSchema } from '@goodhart/core/spec';
import { z } from 'zod';
import { armNameSchema } from './arm-name';

/**
 * Where the arm's click labels come from: absent, its own logged clicks. With `teacher`, an
 * oracle teacher labels each logged impression with its true click probability
 * (runner/feedback/teacher-labels): `refine: 'all'` takes every teacher label, `'fittable'`
 * only those whose excess loss under the student's current predictions is at most the
 * `quantile` of its excess loss on its own logged clicks (the rest keep their clicks).
 */
export const teacherSchema = z.strictObject({
  refine: z.enum(['all', 'fittable']),
  quantile: z.number().gt(0).max(1).default(0.5),
});

/**
 * What the arm does to each refit's logs (runner/feedback/select-rows): absent, nothing.
 * `el2n` removes the `prune` share of rows easiest for the model as it stands (lowest EL2N
 * score, Paul et al. 2021); `random` removes the same share at random; `utility-weight` keeps
 * every row and weighs its click loss by exp(sharpness · the world's E[utility | click]).
 */
export const rowSelectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('el2n'), prune: z.number().gt(0).lt(1) }),
  z.strictObject({ kind: z.literal('random'), prune: z.number().gt(0).lt(1) }),
  z.strictObject({
    kind: z.literal('utility-weight'),
    sharpness: z.number().positive().max(10).default(1),
  }),
]);

/**
 * How the arm moves its click model toward satisfaction after the start-up rounds
 * (runner/feedback/tuned-models): `fine-tune` trains the model's own weights on the observed
 * satisfaction answers from then on; `proxy` keeps training the model on clicks and adds, at
 * serving time, the logit difference between `small` fine-tuned that way and its untuned twin.
 */
export const tuningSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fine-tune') }),
  z.strictObject({ kind: z.literal('proxy'), small: modelSpecSchema }),
]);

/**
 * What the arm's click head learns from after the start-up rounds when a rare purchase is
 * worth more than a click (runner/feedback/reward-labels): absent, plain clicks. Each logged
 * impression's reward is click + value · purchase. `normalise: 'none'` trains on the clicks
 * with each purchased row counting 1 + value times; `'slate'` normalises the rewards within
 * each logged slate, as GRPO within a prompt's group: advantage (r − mean) / (sd + 1e-4), a
 * row of positive advantage a positive example weighted by it, of negative advantage a
 * negative example weighted by its size, of none no example at all.
 */
const rewardSchema = z.strictObject({
  value: z.number().min(0).max(1_000),
  normalise: z.enum(['none', 'slate']),
});

/**
 * One arm of a feedback-loop experiment: a model (core's ModelSpec: kind, heads and their
 * losses, schedule) and the decision rule that turns its head scores into slates.
 */
export const feedbackArmSchema = z
  .strictObject({
    name: armNameSchema,
    description: z.string().max(1_000).optional(),
    model: modelSpecSchema,
    decision: decisionRuleSpecSchema.prefault({}),
    teacher: teacherSchema.optional(),
    selection: rowSelectionSchema.optional(),
    tuning: tuningSchema.optional(),
    reward: rewardSchema.optional(),
  })
  .superRefine((arm, ctx) => {
    const click = 'heads' in arm.model ? arm.model.heads.click : undefined;
    const pointwiseClick = click !== undefined && lossFamily(click.loss) !== 'ranking';
    const why = `${arm.model.kind}${click === undefined ? ' has no click head' : ` uses ${click.loss}`}`;
    if (arm.teacher !== undefined && !pointwiseClick) {
      ctx.addIssue({
        code: 'custom',
        path: ['teacher'],
        message: `teacher labels are click probabilities: the model needs a click head with a pointwise loss (${why})`,
      });
    }
    if (arm.tuning !== undefined) {
      const models = arm.tuning.kind === 'proxy' ? [arm.model, arm.tuning.small] : [arm.model];
      for (const [k, model] of models.entries()) {
        const heads = 'heads' in model ? Object.keys(model.heads) : [];
        const click = 'heads' in model ? model.heads.click : undefined;
        if (heads.length !== 1 || click === undefined || lossFamily(click.loss) === 'ranking') {
          ctx.addIssue({
            code: 'custom',
            path: k === 0 ? ['model'] : ['tuning', 'small'],
            message: `tuning retrains the click head on satisfaction: the model needs a click head with a pointwise loss and no other head (${model.kind})`,
          });
        }
      }
    }
    if (arm.reward !== undefined) {
      const other = (['teacher', 'selection', 'tuning'] as const).find((k) => arm[k] !== undefined);
      if (!pointwiseClick || other !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['reward'],
          message:
            other !== undefined
              ? `reward sets the click labels and weights, as ${other} does: an arm takes one of them`
              : `reward weighs the click loss: the model needs a click head with a pointwise loss (${why})`,
        });
      }
    }
    if (arm.selection !== undefined && !pointwiseClick) {
      ctx.addIssue({
        code: 'custom',
        path: ['selection'],
        message: `row selection scores and weighs the click loss: the model needs a click head with a pointwise loss (${why})`,
      });
    }
  });

export type FeedbackArmSpec = z.output<typeof feedbackArmSchema>;
