import { z } from 'zod';

/**
 * What a claim compares, per seed (arms of one seed share a world, so every comparison is
 * paired):
 * - `arms`: metric(arm) − metric(reference) at each sweep grid point;
 * - `zero`: metric(arm) itself against 0 (for metrics that are already a change or a
 *   difference, e.g. `trainLossChange`);
 * - `trend`: the least-squares slope of metric(arm) over the values of the sweep axis `axis`
 *   (one slope per seed and per grid point of the other axes).
 */
export const claimComparisonSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('arms'),
    arm: z.string().min(1).max(60),
    reference: z.string().min(1).max(60),
  }),
  z.strictObject({ kind: z.literal('zero'), arm: z.string().min(1).max(60) }),
  z.strictObject({
    kind: z.literal('trend'),
    arm: z.string().min(1).max(60),
    axis: z.string().min(1).max(200).describe('a sweep path, e.g. arms.*.decision.weights.click'),
  }),
]);

/** Sweep values by sweep path: `{ "world.x": 0.5 }`. */
const sweepValuesSchema = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]));

/**
 * The positive control a claim stands on: every arm in `arms` must reach `min` on `metric`
 * (the mean across seeds of that run summary metric, e.g. `relevanceAucPerUser` or, offline,
 * `auc`) or the claim is "inconclusive: the learners did not learn", never a finding.
 * `where` judges the gate at the grid points with these sweep values instead of at the points
 * the verdict covers: for a trend whose axis is the mechanism itself (an engagement weight),
 * the learner is shown to learn where the mechanism is off (claims/learnability-bar).
 */
export const learnabilityGateSchema = z.strictObject({
  metric: z.string().min(1).max(60),
  min: z.number().finite(),
  arms: z.array(z.string().min(1).max(60)).min(1).max(20),
  where: sweepValuesSchema.optional(),
});

/**
 * One claim as data: what is expected of which summary metric between which arms (or along
 * which sweep axis), where it comes from, and the learnability gate it needs. A run's
 * verdict on it is computed, never written (claims/judge-claims).
 */
export const claimSchema = z.strictObject({
  /** Unique within the spec, kebab-case: `welfare-falls`. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case letters and digits, e.g. welfare-falls')
    .max(60),
  /** The claim in one sentence, as the source states it. */
  statement: z.string().min(1).max(500),
  /** Where it comes from: a seed text (`seed: click-traps`) or a paper. */
  source: z.string().min(1).max(200),
  /** A run summary metric (final-round value, or `<metric>Avg` over rounds). */
  metric: z.string().min(1).max(60),
  compare: claimComparisonSchema,
  /** The sign the source predicts for the paired effect. */
  expected: z.enum(['positive', 'negative']),
  /** Restricts the claim to sweep grid points with these values (by sweep path). */
  where: sweepValuesSchema.optional(),
  gate: learnabilityGateSchema.optional(),
});

export type ClaimComparison = z.output<typeof claimComparisonSchema>;
export type LearnabilityGate = z.output<typeof learnabilityGateSchema>;
export type Claim = z.output<typeof claimSchema>;
export type ClaimInput = z.input<typeof claimSchema>;

/** The four verdicts of DESIGN.md section 6. */
export const verdicts = ['reproduced', 'contradicted', 'no effect', 'inconclusive'] as const;
export type Verdict = (typeof verdicts)[number];
