import type { ExperimentSpecInput } from '../spec/experiment-schema';
import { feedbackTraining } from './feedback-training';

/** Chaney, Stewart & Engelhardt's comparison: recommenders fed by their own feedback vs ideal. */
export const homogenizationPreset = {
  name: 'homogenization',
  preset: 'homogenization',
  description:
    'The ideal recommender against matrix factorisation, content filtering, popularity and ' +
    'random, each trained only on the clicks it caused. As in Chaney et al. the catalogue is ' +
    'fixed (no turnover, creators do not adapt), so only the feedback loop moves; ' +
    'homogenization is the mean Jaccard similarity of what users have clicked so far.',
  claim:
    'Feedback loops homogenize what users consume and lose utility compared with an ideal ' +
    'recommender (Chaney, Stewart & Engelhardt, RecSys 2018).',
  expected:
    'mf, content and popularity end with higher homogenization than ideal and deliver less ' +
    'utility (relativeUtility below 1, lower mean welfare); random is the least homogeneous.',
  highlight: ['homogenization', 'relativeUtilityAvg', 'meanWelfareAvg', 'coverage', 'ctrAvg'],
  kind: 'feedback-loop',
  world: {
    numUsers: 1000,
    numItems: 500,
    itemTurnover: 0,
    creatorAdaptation: { rule: 'none' },
  },
  rounds: 20,
  seeds: { count: 3, base: 1 },
  training: feedbackTraining,
  arms: [
    { name: 'ideal', model: { kind: 'ideal' } },
    { name: 'mf', model: { kind: 'mf' } },
    { name: 'content', model: { kind: 'content' } },
    { name: 'popularity', model: { kind: 'popularity' } },
    { name: 'random', model: { kind: 'random' } },
  ],
} satisfies ExperimentSpecInput;
