import { z } from 'zod';
import { type LossName, lossFamily, lossNames } from '../losses/loss-families';

const positiveInt = () => z.number().int().positive();

/** Scalar options a spec may give a head's loss; tensors come from the training data. */
export const headLossOptionsSchema = z.strictObject({
  cFP: z.number().nonnegative().optional(),
  cFN: z.number().nonnegative().optional(),
  classWeights: z
    .strictObject({ positive: z.number().nonnegative(), negative: z.number().nonnegative() })
    .optional(),
  lambda: z.number().nonnegative().optional(),
  gamma: z.number().nonnegative().optional(),
  alpha: z.number().min(0).max(1).optional(),
  delta: z.number().positive().optional(),
  target: z.enum(['completion', 'quantile']).optional(),
  buckets: positiveInt().optional(),
  minPropensity: z.number().gt(0).max(1).optional(),
  /** Sampled negatives per positive, for the ranking losses (bpr, sampled-softmax). */
  negatives: positiveInt().optional(),
  /**
   * Which logged feedback reinforce-softmax learns from: clicks raise the clicked item
   * ('positive'), dismissals lower the dismissed one ('negative'), or both (default 'both').
   */
  reinforce: z.enum(['positive', 'negative', 'both']).optional(),
});

export const headSpecSchema = z.strictObject({
  loss: z.enum(lossNames as [LossName, ...LossName[]]),
  weight: z.number().nonnegative().default(1),
  options: headLossOptionsSchema.default({}),
});

export const headsSpecSchema = z
  .strictObject({
    click: headSpecSchema.optional(),
    satisfaction: headSpecSchema.optional(),
    watchTime: headSpecSchema.optional(),
  })
  .refine((heads) => Object.values(heads).some((h) => h !== undefined), {
    message: 'at least one head is required',
  });

/** Training schedule and heads shared by every trainable model. */
const trainable = {
  heads: headsSpecSchema.default({ click: { loss: 'bce', weight: 1, options: {} } }),
  /** Add a learned per-position logit to the click logit in training, drop it in serving. */
  positionTower: z.boolean().default(false),
  /**
   * Share of training impressions whose position logit is dropped (set to the serving value,
   * 0), as Zhao et al. (RecSys 2019) drop the position feature for 10% of examples so the
   * main model does not lean on the tower. Needs the position tower.
   */
  positionDropout: z.number().min(0).max(1).default(0),
  /** Positions at or beyond this share the last position's bias. */
  maxPositions: positiveInt().default(50),
  learningRate: z.number().positive().default(0.01),
  epochs: positiveInt().default(1),
  batchSize: positiveInt().default(256),
  l2: z.number().nonnegative().default(1e-4),
};

/** Which losses fit which head, and what the position tower needs. */
function checkHeads(
  spec: {
    heads: z.output<typeof headsSpecSchema>;
    positionTower: boolean;
    positionDropout: number;
  },
  ctx: z.RefinementCtx,
): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  for (const [head, headSpec] of Object.entries(spec.heads)) {
    if (headSpec === undefined) continue;
    const family = lossFamily(headSpec.loss);
    const at = ['heads', head, 'loss'];
    if (head === 'watchTime' && family !== 'regression' && family !== 'duration-free') {
      issue(at, `watchTime needs mse, huber or duration-debiased, got ${headSpec.loss}`);
    }
    if (head !== 'watchTime' && (family === 'regression' || family === 'duration-free')) {
      issue(at, `${head} needs a classification or ranking loss, got ${headSpec.loss}`);
    }
    if (head === 'satisfaction' && family === 'ranking') {
      issue(at, `ranking losses (${headSpec.loss}) are for the click head only`);
    }
    if (headSpec.options.reinforce !== undefined && headSpec.loss !== 'reinforce-softmax') {
      issue(['heads', head, 'options', 'reinforce'], 'reinforce is an option of reinforce-softmax');
    }
    const { cFP, cFN, classWeights } = headSpec.options;
    if (
      headSpec.loss === 'weighted-bce' &&
      classWeights === undefined &&
      (cFP === undefined || cFN === undefined)
    ) {
      issue(['heads', head, 'options'], 'weighted-bce needs cFP and cFN, or classWeights');
    }
  }
  if (spec.positionDropout > 0 && !spec.positionTower) {
    issue(['positionDropout'], 'position dropout needs the position tower (positionTower: true)');
  }
  if (spec.positionTower) {
    const click = spec.heads.click;
    if (click === undefined) issue(['positionTower'], 'the position tower needs a click head');
    else if (lossFamily(click.loss) === 'ranking') {
      issue(
        ['positionTower'],
        `the position tower cannot be used with the ranking loss ${click.loss}`,
      );
    }
  }
}

export const logisticSpecSchema = z
  .strictObject({ kind: z.literal('logistic'), ...trainable })
  .superRefine(checkHeads);

export const mfSpecSchema = z
  .strictObject({
    kind: z.literal('mf'),
    ...trainable,
    embeddingDim: positiveInt().default(16),
  })
  .superRefine(checkHeads);

export const twoTowerSpecSchema = z
  .strictObject({
    kind: z.literal('two-tower'),
    ...trainable,
    embeddingDim: positiveInt().default(16),
    /** Hidden layer sizes of both towers (ReLU), before the embeddingDim output. */
    hidden: z.array(positiveInt()).default([32]),
  })
  .superRefine(checkHeads);

export const mmoeSpecSchema = z
  .strictObject({
    kind: z.literal('mmoe'),
    ...trainable,
    heads: headsSpecSchema.default({
      click: { loss: 'bce', weight: 1, options: {} },
      satisfaction: { loss: 'bce', weight: 1, options: {} },
      watchTime: { loss: 'huber', weight: 1, options: {} },
    }),
    embeddingDim: positiveInt().default(16),
    experts: positiveInt().default(4),
    expertHidden: positiveInt().default(32),
    towerHidden: positiveInt().default(16),
  })
  .superRefine(checkHeads);

export const popularitySpecSchema = z.strictObject({ kind: z.literal('popularity') });

export const contentSpecSchema = z.strictObject({
  kind: z.literal('content'),
  /** Ridge penalty pulling each user's profile toward the population's. */
  l2: z.number().positive().default(1),
});

/** T-RECS's content filter: NNLS profiles on cumulative click counts (Chaney et al. 2018). */
export const contentNnlsSpecSchema = z.strictObject({ kind: z.literal('content-nnls') });

/** Friends' clicks (Chaney et al. 2018); needs the platform's social graph. */
export const socialSpecSchema = z.strictObject({ kind: z.literal('social') });

export const randomSpecSchema = z.strictObject({ kind: z.literal('random') });

export const idealSpecSchema = z.strictObject({ kind: z.literal('ideal') });

export const modelSpecSchema = z.discriminatedUnion('kind', [
  logisticSpecSchema,
  mfSpecSchema,
  twoTowerSpecSchema,
  mmoeSpecSchema,
  popularitySpecSchema,
  contentSpecSchema,
  contentNnlsSpecSchema,
  socialSpecSchema,
  randomSpecSchema,
  idealSpecSchema,
]);

/** A model as an experiment spec writes it (defaults may be left out). */
export type ModelSpecInput = z.input<typeof modelSpecSchema>;
/** A model spec with every default filled in. */
export type ModelSpec = z.output<typeof modelSpecSchema>;
export type ModelKind = ModelSpec['kind'];
export type HeadSpec = z.output<typeof headSpecSchema>;
export type HeadsSpec = z.output<typeof headsSpecSchema>;
export type HeadLossOptions = z.output<typeof headLossOptionsSchema>;
export type TrainableSpec = Extract<ModelSpec, { heads: HeadsSpec }>;

export const modelKinds: readonly ModelKind[] = modelSpecSchema.options.map(
  (o) => o.shape.kind.value,
);

/** Parses a model spec, filling defaults; throws naming the field and the reason. */
export function parseModelSpec(input: unknown): ModelSpec {
  const result = modelSpecSchema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(spec)'}: ${i.message}`);
    throw new Error(`invalid model spec: ${issues.join('; ')}`);
  }
  return result.data;
}
