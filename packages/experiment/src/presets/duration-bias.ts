import type { ExperimentSpecInput } from '../spec/experiment-schema';
import { feedbackTraining } from './feedback-training';

/** Ranking by predicted watch time, raw or with duration taken out of the target. */
export const durationBias = {
  name: 'duration-bias',
  preset: 'duration-bias',
  description:
    'Recommenders that rank by a watch-time head: regressed on raw minutes watched (mse), or ' +
    'on a duration-free target (the completion share, duration-debiased). A click-trained arm ' +
    'is the reference.',
  claim: 'A watch-time objective favours long items regardless of interest.',
  expected:
    'The watch-time arm shows longer items (higher meanDurationExposed) than the debiased and ' +
    'click arms, with no gain, or a loss, in mean welfare.',
  highlight: ['meanDurationExposed', 'meanDurationExposedAvg', 'watchTimeAvg', 'meanWelfareAvg'],
  kind: 'feedback-loop',
  world: { numUsers: 1000, numItems: 500 },
  rounds: 20,
  seeds: { count: 3, base: 1 },
  training: feedbackTraining,
  arms: [
    {
      name: 'watch-time',
      model: { kind: 'mf', heads: { watchTime: { loss: 'mse' } } },
      decision: { weights: { watchTime: 1 } },
    },
    {
      name: 'duration-debiased',
      model: {
        kind: 'mf',
        heads: { watchTime: { loss: 'duration-debiased', options: { target: 'completion' } } },
      },
      decision: { weights: { watchTime: 1 } },
    },
    { name: 'click', model: { kind: 'mf', heads: { click: { loss: 'bce' } } } },
  ],
} satisfies ExperimentSpecInput;
