import type { ExperimentSpecInput } from '../spec/experiment-schema';
import { feedbackTraining } from './feedback-training';

/** One multi-objective recommender, with the weight of engagement in its score swept. */
export const engagementWeight = {
  name: 'engagement-weight',
  preset: 'engagement-weight',
  description:
    'A matrix-factorisation model with a click head and a satisfaction head; slates rank by ' +
    'satisfaction + w * click, with the engagement weight w swept. Opinions drift toward the ' +
    'polarity of what users click (drift.opinion = 0.05; the default world has no drift, and ' +
    'polarization could not move at all).',
  claim:
    'Raising the weight on engagement raises activity and the spread of polarizing or ' +
    'misleading items.',
  expected:
    'As w grows, CTR rises, and so do polarizing and misinformation exposure and polarization; ' +
    'mean welfare falls.',
  highlight: [
    'ctrAvg',
    'meanWelfareAvg',
    'polarization',
    'polarizingExposureAvg',
    'misinformationExposureAvg',
  ],
  kind: 'feedback-loop',
  world: { numUsers: 1000, numItems: 500, drift: { opinion: 0.05 } },
  rounds: 20,
  seeds: { count: 3, base: 1 },
  training: feedbackTraining,
  arms: [
    {
      name: 'multi-objective',
      model: { kind: 'mf', heads: { click: { loss: 'bce' }, satisfaction: { loss: 'bce' } } },
      decision: { weights: { click: 1, satisfaction: 1 } },
    },
  ],
  sweep: { axes: [{ path: 'arms.*.decision.weights.click', values: [0, 1, 4] }] },
} satisfies ExperimentSpecInput;
