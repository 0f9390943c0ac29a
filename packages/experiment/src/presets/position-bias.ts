import type { ExperimentSpecInput } from '../spec/experiment-schema';
import { feedbackTraining } from './feedback-training';

/** The YouTube multitask-ranking question: is the ranker learning position or relevance? */
export const positionBias = {
  name: 'position-bias',
  preset: 'position-bias',
  description:
    'A matrix-factorisation click model retrained every round on its own logs, where slot k ' +
    '(0-based) is examined with probability 1/(1+k) (eta = 1): naive; with a shallow position ' +
    'tower (a learned logit per slot, added in training and dropped in serving); and with ' +
    "inverse-propensity-weighted BCE whose propensities are the world's examination " +
    'probabilities of the logged slots, as if the platform had measured the curve by ' +
    'randomising slates. What the click head learnt is judged every round on every item (at ' +
    'most 500 fixed random ones in a larger catalogue) of a fixed random set of 200 users: AUC ' +
    'against the true topic relevance (relevanceAucPerUser) and ' +
    'against the true P(click | examined), which a position-debiased click model estimates ' +
    '(examinedClickAuc).',
  claim:
    'A ranker trained on its own logged clicks learns position, not relevance, unless the bias ' +
    'is modelled (YouTube multitask ranking, 2019).',
  expected:
    'The position tower and IPW arms recover relevance better (higher relevanceAucPerUser and ' +
    'examinedClickAuc) than the naive arm, and deliver more welfare.',
  highlight: [
    'relevanceAucPerUser',
    'examinedClickAuc',
    'examinedClickAucAvg',
    'meanWelfareAvg',
    'ctrAvg',
    'clickbaitShareExposure',
  ],
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
