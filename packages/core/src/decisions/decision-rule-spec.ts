import { z } from 'zod';

/** How a spec writes the decision stage (createDecisionRule builds it). */
export const decisionRuleSpecSchema = z.strictObject({
  /** Weight of each head in the ranking score. */
  weights: z
    .strictObject({
      click: z.number().finite().optional(),
      satisfaction: z.number().finite().optional(),
      watchTime: z.number().finite().optional(),
    })
    .default({ click: 1 }),
  rerank: z
    .strictObject({
      kind: z.literal('mmr'),
      lambda: z.number().min(0).max(1),
      poolSize: z.number().int().positive().optional(),
    })
    .optional(),
  exploration: z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('epsilon-greedy'), epsilon: z.number().min(0).max(1) }),
      z.strictObject({ kind: z.literal('softmax'), temperature: z.number().positive() }),
      /** Shuffle a share of the slates within themselves (see randTopK). */
      z.strictObject({ kind: z.literal('rand-top-k'), share: z.number().min(0).max(1) }),
    ])
    .optional(),
  /**
   * Never recommend a user an item that user has clicked (Chaney et al. 2018 and T-RECS:
   * users consume an item once). The rule itself reads only `context.exclude`; a runner that
   * sees this flag passes what each user has clicked there.
   */
  excludeClicked: z.boolean().default(false),
});

export type DecisionRuleSpecInput = z.input<typeof decisionRuleSpecSchema>;
export type DecisionRuleSpec = z.output<typeof decisionRuleSpecSchema>;
