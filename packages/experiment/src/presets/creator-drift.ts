import type { ExperimentSpecInput } from '../spec/experiment-schema';
import { feedbackTraining } from '../spec/feedback-training';
import { clickTrap } from './click-trap';

/** click-trap's objectives over a longer run, watched from the creators' side. */
export const creatorDrift = {
  name: 'creator-drift',
  preset: 'creator-drift',
  description:
    "click-trap's three objectives plus the ideal recommender, for 30 rounds in the default " +
    'world, where creators move their effort between quality and clickbait toward what earned ' +
    'their items exposure (a gradient step each round) and a tenth of the catalogue is ' +
    'replaced each round by items made at the new efforts.',
  claim:
    'Creators adapt to what gets exposure, so a click objective pulls supply toward clickbait ' +
    '(click-traps).',
  expected:
    'Under click-bce the clickbait share of supply rises and its mean quality falls over rounds, ' +
    'more than under the satisfaction-aware arm or the ideal recommender; exposure concentrates ' +
    'on fewer creators.',
  highlight: [
    'clickbaitShareSupply',
    'meanQualitySupply',
    'clickbaitShareExposure',
    'creatorGini',
    'creatorHhi',
    'meanWelfareAvg',
  ],
  kind: 'feedback-loop',
  world: { numUsers: 1000, numItems: 500 },
  rounds: 30,
  seeds: { count: 3, base: 1 },
  training: feedbackTraining,
  arms: [...clickTrap.arms, { name: 'ideal', model: { kind: 'ideal' } }],
} satisfies ExperimentSpecInput;
