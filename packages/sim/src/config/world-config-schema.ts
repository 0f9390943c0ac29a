import { z } from 'zod';
import type { WorldConfig } from './world-config';

const finite = () => z.number().finite();
const nonNegative = () => z.number().finite().min(0);
const probability = () => z.number().min(0).max(1);
const count = (max: number) => z.number().int().min(1).max(max);

/**
 * The ranges a world makes sense in. Every object is strict, so a misspelt field is an error
 * rather than a silently ignored setting.
 */
export const worldConfigSchema = z
  .strictObject({
    numUsers: count(1_000_000),
    numItems: count(1_000_000),
    numCreators: count(1_000_000),
    topicDim: count(1024),
    communities: z.strictObject({
      count: z.number().int().min(0).max(10_000),
      userSpread: nonNegative(),
      creatorSpread: nonNegative(),
    }),
    slateSize: count(1000),
    examination: z.strictObject({ eta: nonNegative() }),
    click: z.strictObject({
      intercept: finite(),
      relevance: finite(),
      clickbait: finite(),
      polarity: finite(),
      opinionAlignment: finite(),
    }),
    utility: z.strictObject({
      intercept: finite(),
      relevance: finite(),
      quality: finite(),
      clickbait: finite(),
      misinformationPenalty: finite(),
      noise: nonNegative(),
    }),
    watchTime: z.strictObject({ bias: finite(), utilityScale: finite() }),
    satisfaction: z.strictObject({ rate: probability(), noise: nonNegative() }),
    retention: z.strictObject({
      base: finite(),
      spread: nonNegative(),
      welfareWeight: finite(),
      welfareSmoothing: probability(),
      forgetting: probability(),
    }),
    drift: z.strictObject({ preference: probability(), opinion: probability() }),
    users: z.strictObject({
      susceptibilityShape: z.number().finite().positive(),
      opinionSpread: nonNegative(),
    }),
    items: z.strictObject({
      topicNoise: nonNegative(),
      appealSpread: nonNegative(),
      qualityNoise: nonNegative(),
      clickbaitNoise: nonNegative(),
      headlineNoise: nonNegative(),
      durationLogMean: finite(),
      durationLogSd: nonNegative(),
      polarityNoise: nonNegative(),
      misinformationBase: probability(),
      misinformationPerClickbait: probability(),
    }),
    creators: z.strictObject({
      skillMin: probability(),
      skillMax: probability(),
      effortAlpha: z.number().finite().positive(),
      effortBeta: z.number().finite().positive(),
      leanSpread: nonNegative(),
    }),
    itemTurnover: probability(),
    creatorAdaptation: z.strictObject({
      rule: z.enum(['none', 'gradient', 'multiplicative-weights', 'best-response']),
      rate: z.number().min(0).max(10),
      reward: z.enum(['exposure', 'clicks']),
      noise: nonNegative(),
    }),
    creatorEntryExit: z.strictObject({ enabled: z.boolean(), patience: count(1_000_000) }),
    durationInterest: z.strictObject({ correlation: z.number().min(-1).max(1) }),
    misinformationEngagement: z.strictObject({ click: finite() }),
    opinionDynamics: z.strictObject({ rate: probability(), tolerance: z.number().min(0).max(2) }),
    dismissal: z.strictObject({ rate: probability(), relevance: finite() }),
    // rate below 1: its logit must be finite.
    purchase: z.strictObject({
      rate: z.number().min(0).lt(1),
      relevance: finite(),
      markerShare: probability(),
      markerOdds: z.number().finite().positive(),
    }),
  })
  .superRefine((config, ctx) => {
    if (config.slateSize > config.numItems) {
      ctx.addIssue({
        code: 'custom',
        path: ['slateSize'],
        message: `must be at most numItems (${config.numItems}), got ${config.slateSize}`,
      });
    }
    if (config.numCreators > config.numItems) {
      ctx.addIssue({
        code: 'custom',
        path: ['numCreators'],
        message: `must be at most numItems (${config.numItems}) so every creator owns an item, got ${config.numCreators}`,
      });
    }
    if (config.creators.skillMin > config.creators.skillMax) {
      ctx.addIssue({
        code: 'custom',
        path: ['creators', 'skillMin'],
        message: `must not exceed creators.skillMax (${config.creators.skillMax})`,
      });
    }
  });

// Compile-time check that the schema and the interface describe the same thing.
type SchemaOutput = z.output<typeof worldConfigSchema>;
const _schemaMatchesInterface: [SchemaOutput, WorldConfig] extends [WorldConfig, SchemaOutput]
  ? true
  : never = true;
void _schemaMatchesInterface;
