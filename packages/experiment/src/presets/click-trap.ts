import type { ExperimentSpecInput } from '../spec/experiment-schema';
import { feedbackTraining } from '../spec/feedback-training';
import { clickBceAgainst, clickTrapGate, clickTrapSource } from './click-trap-claims';

/** The same two-tower model (a learner that sees item features and ids: see below). */
const twoTower = { kind: 'two-tower' } as const;

/**
 * The same two-tower recommender trained on clicks only, on satisfaction, or on both, on a
 * FIXED catalogue: no item turnover, creators not adapting. With the supply moving, most of
 * the welfare gap was creators drifting toward clickbait (creator-drift's claim), not the
 * ranker; here only the ranker can make a difference. Five rounds of uniformly random slates
 * first, the same for every arm of a seed (Chaney et al. 2018; T-RECS), so every learner
 * starts from the same unbiased logs and the claims compare policies, not cold starts; they
 * are left out of every average. Two-tower, not matrix factorisation: in the default world mf
 * (item ids only) reached a per-user relevance AUC of 0.56 after 5 + 20 rounds, under the
 * learnability bar, two-tower 0.73 (packages/sim/README.md).
 */
export const clickTrap = {
  name: 'click-trap',
  preset: 'click-trap',
  description:
    'Three recommenders with the same two-tower model, retrained every round on their own logs ' +
    'in the default world with a fixed catalogue (no item turnover, creators not adapting), after ' +
    'five rounds of random slates shared by all: one trained and ranked on clicks alone, one that ' +
    'ranks by a satisfaction head learned from the rare explicit likes, one that ranks by both.',
  claims: [
    {
      id: 'click-loss-falls',
      statement:
        'A model trained only on clicks lowers its training loss (here: beyond what predicting the click rate alone achieves).',
      source: clickTrapSource,
      metric: 'trainLossVsConstantChange',
      compare: { kind: 'zero', arm: 'click-bce' },
      expected: 'negative',
      gate: clickTrapGate('click-bce'),
    },
    clickBceAgainst(
      'satisfaction',
      'click-welfare-below-satisfaction',
      'While its loss falls, the click-trained recommender gives users less true welfare than one that ranks by satisfaction.',
      'meanWelfareAvg',
      'negative',
    ),
    clickBceAgainst(
      'satisfaction',
      'click-shows-more-clickbait',
      'The click-trained recommender shows more clickbait than one that ranks by satisfaction.',
      'clickbaitShareExposureAvg',
      'positive',
    ),
    clickBceAgainst(
      'multi-objective',
      'click-welfare-below-multi-objective',
      'Adding a satisfaction head to the ranking score raises true welfare over clicks alone.',
      'meanWelfareAvg',
      'negative',
    ),
  ],
  reference: 'satisfaction',
  highlight: [
    'relevanceAucPerUser',
    'trainLossVsConstantFirst',
    'trainLossVsConstant',
    'ctrAvg',
    'meanWelfareAvg',
    'clickbaitShareExposureAvg',
    'regretAvg',
  ],
  kind: 'feedback-loop',
  world: {
    numUsers: 1000,
    numItems: 500,
    itemTurnover: 0,
    creatorAdaptation: { rule: 'none', noise: 0 },
  },
  // 5 start-up rounds and 40 of each arm's own. The positive control of the welfare claims is
  // the satisfaction arm, whose head learns from likes on about one click in ten; in a pilot
  // (2026-11-28, satisfaction and click arms only, 2 seeds) its per-user AUC after 20 own
  // rounds was 0.58 and 0.57, under the bar, and after 40 own rounds 0.61 and 0.67. The rounds
  // were chosen on that curve alone (the positive control's learning), not on any claim.
  rounds: 45,
  // Seeds from effect sizes (claims/seed-count): a 4-seed pilot at these rounds (seeds
  // 101–104, 2026-11-28) gave per-seed sds of the paired effect of 0.42 (welfare, click-bce −
  // satisfaction), 0.47 (welfare, click-bce − multi-objective), 0.049 (clickbait share shown)
  // and 0.013 (loss change); every learner cleared the bar there (satisfaction 0.63–0.72).
  // Smallest effects that matter: 0.2 of welfare (a tenth of its level), 0.05 of clickbait
  // share; seedsForEffect gives about 34, 42 and 10. We take 8 (24 runs, about 8 minutes of
  // CPU), which find, 4 times in 5, 0.48 and 0.54 of welfare and 0.056 of clickbait share
  // (1.15 sd): the welfare claims are under-powered for effects under half a unit.
  seeds: { count: 8, base: 1 },
  training: { ...feedbackTraining, startupRounds: 5 },
  arms: [
    {
      name: 'click-bce',
      model: { ...twoTower, heads: { click: { loss: 'bce' } } },
      decision: { weights: { click: 1 } },
    },
    {
      name: 'satisfaction',
      model: {
        ...twoTower,
        heads: { click: { loss: 'bce' }, satisfaction: { loss: 'bce' } },
      },
      decision: { weights: { satisfaction: 1 } },
    },
    {
      name: 'multi-objective',
      model: {
        ...twoTower,
        heads: { click: { loss: 'bce' }, satisfaction: { loss: 'bce' } },
      },
      decision: { weights: { click: 1, satisfaction: 1 } },
    },
  ],
} satisfies ExperimentSpecInput;
