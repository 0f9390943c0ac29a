import type { ExperimentSpecInput } from '../spec/experiment-schema';
import { feedbackTraining } from '../spec/feedback-training';

/** The same matrix factorisation, trained on clicks only, on satisfaction, or on both. */
export const clickTrap = {
  name: 'click-trap',
  preset: 'click-trap',
  description:
    'Three recommenders with the same matrix-factorisation model, retrained every round on ' +
    'their own logs in the default world: one trained and ranked on clicks alone, one that ranks ' +
    'by a satisfaction head learned from the rare explicit likes, one that ranks by both.',
  claim: 'A model trained only on clicks lowers its loss while user welfare falls (click-traps).',
  expected:
    "click-bce's training loss falls over rounds while its mean true welfare ends below the " +
    "satisfaction-aware arm's and the clickbait share of what it shows rises.",
  highlight: [
    'trainLossFirst',
    'trainLoss',
    'ctrAvg',
    'meanWelfare',
    'meanWelfareAvg',
    'clickbaitShareExposure',
    'regretAvg',
  ],
  kind: 'feedback-loop',
  world: { numUsers: 1000, numItems: 500 },
  rounds: 20,
  seeds: { count: 3, base: 1 },
  training: feedbackTraining,
  arms: [
    {
      name: 'click-bce',
      model: { kind: 'mf', heads: { click: { loss: 'bce' } } },
      decision: { weights: { click: 1 } },
    },
    {
      name: 'satisfaction',
      model: { kind: 'mf', heads: { click: { loss: 'bce' }, satisfaction: { loss: 'bce' } } },
      decision: { weights: { satisfaction: 1 } },
    },
    {
      name: 'multi-objective',
      model: { kind: 'mf', heads: { click: { loss: 'bce' }, satisfaction: { loss: 'bce' } } },
      decision: { weights: { click: 1, satisfaction: 1 } },
    },
  ],
} satisfies ExperimentSpecInput;
