import { createModel, type ModelContext, type ScoringModel } from '@goodhart/core';
import type { FeedbackArmSpec } from '../../spec/feedback-arm-schema';
import { FineTunedModel, ProxyTunedModel } from './tuned-models';

// Streams of the model's context for the proxy's small twins: both the same, so the tuned
// and the untuned small model start from the same weights.
const STREAM_SMALL = 11;

/**
 * The arm's model: as its spec says, or, with `tuning`, wrapped so that every fit after the
 * `pretrainFits` start-up refits moves it toward satisfaction (fine-tune), or serves the base
 * shifted by a small tuned-minus-untuned pair (proxy).
 */
export function tunedModel(
  arm: FeedbackArmSpec,
  context: ModelContext,
  pretrainFits: number,
): ScoringModel {
  const model = createModel(arm.model, context);
  if (arm.tuning === undefined) return model;
  if (arm.tuning.kind === 'fine-tune') return new FineTunedModel(model, pretrainFits);
  const small = () =>
    createModel(arm.tuning?.kind === 'proxy' ? arm.tuning.small : arm.model, {
      ...context,
      rng: context.rng.fork(STREAM_SMALL),
    });
  return new ProxyTunedModel(model, small(), new FineTunedModel(small(), pretrainFits));
}
