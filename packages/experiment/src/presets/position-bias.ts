import { learnabilityBar } from '../claims/learnability-bar';
import type { ExperimentSpecInput } from '../spec/experiment-schema';
import { feedbackTraining } from '../spec/feedback-training';

/**
 * Each claim's gate stands on the debiased arm it names (claims/learnability-bar): the naive
 * ranker's failing to recover relevance from its own biased clicks is the mechanism the claims
 * are about, so its figure is reported beside each verdict, not gated.
 */
const gateOn = (arm: 'position-tower' | 'ips') => ({ ...learnabilityBar.feedback, arms: [arm] });

/** The same multi-task model in every arm, so the arms differ only in how they treat position. */
const mmoe = {
  kind: 'mmoe',
  heads: {
    click: { loss: 'bce' },
    satisfaction: { loss: 'bce' },
  },
  // Half core's default width (4 experts of 32, towers of 16): a round's scoring and refit
  // cost about half as much, so the preset fits its 3-minute budget on 2 cores.
  experts: 3,
  expertHidden: 16,
  towerHidden: 8,
} as const;

/**
 * The logging policy every arm shares: RandTop-n on a fifth of the slates (see the README).
 * Which items make a slate stays the arm's own greedy choice.
 */
const logging = { exploration: { kind: 'rand-top-k', share: 0.2 } } as const;

/**
 * The YouTube multitask-ranking question in the unbiased learning-to-rank setting (Joachims,
 * Swaminathan & Schnabel 2017; Agarwal et al. 2019; Zhao et al. 2019): is a ranker retrained
 * on its own logged clicks learning position or relevance, and does it amplify its own past
 * decisions? Position is the only bias: clickbait, polarity, opinion alignment and
 * misinformation are off in this world, the catalogue is fixed and creators do not adapt.
 * Design and every parameter: packages/experiment/README.md, "position-bias".
 */
export const positionBias = {
  name: 'position-bias',
  preset: 'position-bias',
  description:
    'An MMoE ranker (click and satisfaction heads) retrained every round on its own logged ' +
    'clicks, where slot k (0-based) is examined with probability 1/(1+k). Two start-up ' +
    'rounds of random slates, then each arm ranks greedily while a fifth of the slates are ' +
    'shuffled within themselves (RandTop-n logging, Joachims et al. 2017); the platform ' +
    'estimates the examination curve from the shuffled slates and logs each impression with ' +
    "its slot's estimated propensity. Arms: naive (BCE on clicks); position-tower (Zhao et al. " +
    '2019: a shallow per-slot logit added in training, dropped in serving, with 10% position ' +
    'dropout); ips (clicks weighted by the inverse estimated propensity, the non-negative ' +
    'IPS-BCE). Position is the only bias: clickbait, polarity, opinion and misinformation ' +
    'effects are off, the catalogue fixed, creators still.',
  highlight: [
    'relevanceAucPerUser',
    'ndcgAt10',
    'meanWelfareAvg',
    'exposureAmplification',
    'rankAutocorrelation',
    'examinationCurveError',
    'ctrAvg',
  ],
  kind: 'feedback-loop',
  // Position is the only bias: clickbait, polarity, opinion alignment and misinformation are
  // off; a fixed catalogue (no turnover) and still creators, so exposure can only be amplified
  // by the ranker. 500 users × 200 items (the default is 1,000 × 500): half the users for the
  // time budget, and each item then gets 2.5 times the impressions per round.
  world: {
    numUsers: 500,
    numItems: 200,
    click: { clickbait: 0, polarity: 0, opinionAlignment: 0 },
    utility: { clickbait: 0, misinformationPenalty: 0 },
    items: { misinformationBase: 0, misinformationPerClickbait: 0 },
    itemTurnover: 0,
    creatorAdaptation: { rule: 'none' },
  },
  rounds: 20,
  // Seeds from effect sizes (claims/seed-count), re-derived in the learnable default world
  // from the 5-seed replication run of 2026-11-28: per-seed sds of the paired differences
  // 0.038 (per-user AUC, tower − naive), 0.047 (ips − naive), 0.058 (exposureAmplification)
  // and 0.081 (welfare). Smallest effects that matter: 0.035 of AUC (a third of the 0.1
  // between chance and the learnability bar), 0.1 of amplification and of welfare;
  // seedsForEffect gives 12 and 17 (AUC), 5 (amplification) and 8 (welfare). We take 8
  // (24 runs, about 8 minutes of CPU): the AUC claims are under-powered there (8 seeds find,
  // 4 times in 5, 0.044 and 0.055 of AUC); `--seeds` overrides.
  seeds: { count: 8, base: 1 },
  // The shared schedule, but batches of 256 and 2 passes per refit: at 1,024 and 1 pass a
  // refit of this world's ~7,000 rows is 7 Adam steps, and the preset's own arms did not
  // learn even a small world with a strong click signal (per-user AUC 0.48 after 8 rounds;
  // 0.72 after 14 with this schedule, position-bias.test.ts). Two start-up rounds of random
  // slates give every arm the same first logs and a first examination estimate.
  training: { ...feedbackTraining, startupRounds: 2, batchSize: 256, epochs: 2 },
  reference: 'naive',
  arms: [
    { name: 'naive', model: mmoe, decision: logging },
    {
      name: 'position-tower',
      model: { ...mmoe, positionTower: true, positionDropout: 0.1 },
      decision: logging,
    },
    {
      name: 'ips',
      model: {
        ...mmoe,
        heads: { ...mmoe.heads, click: { loss: 'ipw-bce', options: { minPropensity: 0.1 } } },
      },
      decision: logging,
    },
  ],
  claims: [
    {
      id: 'tower-recovers-relevance',
      statement:
        'A shallow position tower (trained with position dropout, dropped in serving) removes ' +
        'selection bias, so the ranker recovers relevance better than one trained naively on ' +
        'its own logged clicks.',
      source: 'seed: utility-weighting-backfire (Zhao et al., RecSys 2019)',
      metric: 'relevanceAucPerUser',
      compare: { kind: 'arms', arm: 'position-tower', reference: 'naive' },
      expected: 'positive',
      gate: gateOn('position-tower'),
    },
    {
      id: 'ips-recovers-relevance',
      statement:
        'Weighting clicks by the inverse of their estimated examination propensity makes ' +
        'learning from biased clicks unbiased, so the ranker recovers relevance better than ' +
        'the naive one.',
      source: 'Joachims, Swaminathan & Schnabel, WSDM 2017',
      metric: 'relevanceAucPerUser',
      compare: { kind: 'arms', arm: 'ips', reference: 'naive' },
      expected: 'positive',
      gate: gateOn('ips'),
    },
    {
      id: 'tower-amplifies-less',
      statement:
        'Without modelling selection bias the ranker converges on degenerate equilibria that ' +
        'amplify its own past decisions: past top-slot exposure raises an item’s later score ' +
        'beyond its true relevance less when the position tower is used.',
      source: 'seed: utility-weighting-backfire (Zhao et al., RecSys 2019)',
      metric: 'exposureAmplification',
      compare: { kind: 'arms', arm: 'position-tower', reference: 'naive' },
      expected: 'negative',
      gate: gateOn('position-tower'),
    },
    {
      id: 'tower-raises-welfare',
      statement: 'Removing selection bias serves more relevant items, so users get more welfare.',
      source: 'seed: utility-weighting-backfire (Zhao et al., RecSys 2019)',
      metric: 'meanWelfareAvg',
      compare: { kind: 'arms', arm: 'position-tower', reference: 'naive' },
      expected: 'positive',
      gate: gateOn('position-tower'),
    },
  ],
} satisfies ExperimentSpecInput;
