import { ContentModel } from './content';
import { NnlsContentModel } from './content-nnls';
import { IdealModel } from './ideal';
import { createLogisticModel } from './logistic';
import { createMfModel } from './mf';
import { createMmoeModel } from './mmoe';
import { PopularityModel } from './popularity';
import { RandomModel } from './random';
import { SocialFilteringModel } from './social';
import { type ModelSpecInput, parseModelSpec } from './spec';
import { createTwoTowerModel } from './two-tower';
import type { ModelContext, ScoringModel } from './types';

function checkContext(context: ModelContext): void {
  if (context === null || typeof context !== 'object')
    throw new Error('createModel: context must be an object');
  for (const field of ['numUsers', 'numItems', 'itemFeatureDim'] as const) {
    const value = context[field];
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(
        `createModel: context.${field} must be a non-negative integer, got ${String(value)}`,
      );
    }
  }
  if (typeof context.rng?.fork !== 'function') {
    throw new Error('createModel: context.rng must be an Rng from @goodhart/random');
  }
}

/**
 * Builds the model a spec names, with the spec's defaults filled in. Throws naming the bad
 * field when the spec or the context is invalid.
 */
export function createModel(spec: ModelSpecInput, context: ModelContext): ScoringModel {
  const parsed = parseModelSpec(spec);
  checkContext(context);
  switch (parsed.kind) {
    case 'logistic':
      return createLogisticModel(parsed, context);
    case 'mf':
      return createMfModel(parsed, context);
    case 'two-tower':
      return createTwoTowerModel(parsed, context);
    case 'mmoe':
      return createMmoeModel(parsed, context);
    case 'popularity':
      return new PopularityModel(context);
    case 'content':
      return new ContentModel(parsed, context);
    case 'content-nnls':
      return new NnlsContentModel(context);
    case 'social':
      return new SocialFilteringModel(context);
    case 'random':
      return new RandomModel(context);
    case 'ideal':
      return new IdealModel(context);
  }
}
