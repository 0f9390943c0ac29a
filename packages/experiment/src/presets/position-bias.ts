import type { ExperimentSpecInput } from '../spec/experiment-schema';
import { feedbackTraining } from './feedback-training';

/** The YouTube multitask-ranking question: is the ranker learning position or relevance? */
export const positionBias = {
  name: 'position-bias',
  preset: 'position-bias',
  description:
    'A click model trained on its own logs, where lower slots are examined less ' +
    '(1/(1+k)^eta, eta = 1): naive, with a shallow position tower whose logit is added in ' +
    'training and dropped in serving, and with inverse-propensity weighting (propensities ' +
    "from the world's examination curve, as if measured by a randomised experiment).",
  claim:
    'A ranker trained on its own logged clicks learns position, not relevance, unless the bias ' +
    'is modelled (YouTube multitask ranking, 2019).',
  expected:
    'The position tower and IPW arms recover relevance better (higher relevanceAuc) than the ' +
    'naive arm, and deliver more welfare.',
  highlight: ['relevanceAuc', 'relevanceAucAvg', 'meanWelfareAvg', 'ctrAvg', 'regretAvg'],
  kind: 'feedback-loop',
  world: { numUsers: 1000, numItems: 500 },
  rounds: 20,
  seeds: { count: 3, base: 1 },
  training: feedbackTraining,
  arms: [
    { name: 'naive', model: { kind: 'mf', heads: { click: { loss: 'bce' } } } },
    {
      name: 'position-tower',
      model: { kind: 'mf', heads: { click: { loss: 'bce' } }, positionTower: true },
    },
    { name: 'ipw', model: { kind: 'mf', heads: { click: { loss: 'ipw-bce' } } } },
  ],
} satisfies ExperimentSpecInput;
