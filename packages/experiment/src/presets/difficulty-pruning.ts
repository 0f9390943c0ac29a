import type { ClaimInput } from '../claims/claim-schema';
import type { ExperimentSpecInput } from '../spec/experiment-schema';
import { feedbackTraining } from '../spec/feedback-training';
import { fixedCatalogue, type PairedClaimFields, pairedArmsClaim } from './paired-claim';

const source =
  'seed: utility-weighting-backfire (Paul, Ganguli & Dziugaite 2021, EL2N; Sorscher et al. 2022, beyond neural scaling laws via data pruning)';

/** Shares of each refit's rows pruned; each is run by EL2N and at random. */
const fractions = [0.25, 0.5, 0.75] as const;
const percent = (f: number) => String(Math.round(f * 100));

/**
 * A claim of `arm` against `reference`, paired by seed, gated on its positive control
 * (paired-claim): both arms, but not the utility-weighted one where its learning less is the
 * claim (its objective chases utility; plain training is its twin).
 */
const claim = (fields: Omit<PairedClaimFields, 'source'>): ClaimInput =>
  pairedArmsClaim({ source, ...fields });

/**
 * "Pruning helps when it removes redundancy, not when it chases the objective": at each
 * fraction, removing the easiest rows (EL2N) keeps more of what the model learns than removing
 * as many at random; weighting the loss toward utility learns less of each user's taste and
 * does not raise welfare against plain training; and the half-pruned model learns more than
 * the utility-weighted one. Relevance is the final round's per-user AUC; welfare the mean
 * over the arm's own rounds.
 */
const claims: ClaimInput[] = [
  ...fractions.map((f) =>
    claim({
      id: `el2n-beats-random-at-${percent(f)}`,
      statement: `Removing the easiest ${percent(f)}% of the logs (EL2N) keeps more of each user’s taste than removing ${percent(f)}% at random.`,
      metric: 'relevanceAucPerUser',
      arm: `el2n-${percent(f)}`,
      reference: `random-${percent(f)}`,
      expected: 'positive',
      positiveControl: 'both',
    }),
  ),
  claim({
    id: 'el2n-beats-random-welfare-at-50',
    statement:
      'Removing the easiest half of the logs (EL2N) delivers more welfare than removing half at random.',
    metric: 'meanWelfareAvg',
    arm: 'el2n-50',
    reference: 'random-50',
    expected: 'positive',
    positiveControl: 'both',
  }),
  claim({
    id: 'utility-weighting-loses-relevance',
    statement:
      'Weighting the loss toward utility learns less of each user’s taste than plain training.',
    metric: 'relevanceAucPerUser',
    arm: 'utility-weighted',
    reference: 'full',
    expected: 'negative',
    positiveControl: 'reference',
  }),
  claim({
    id: 'utility-weighting-loses-welfare',
    statement:
      'Weighting the loss toward utility does not buy welfare: it delivers less than plain training.',
    metric: 'meanWelfareAvg',
    arm: 'utility-weighted',
    reference: 'full',
    expected: 'negative',
    positiveControl: 'reference',
  }),
  claim({
    id: 'el2n-beats-utility-weighting',
    statement:
      'Pruning the easiest half of the logs learns more of each user’s taste than weighting toward utility.',
    metric: 'relevanceAucPerUser',
    arm: 'el2n-50',
    reference: 'utility-weighted',
    expected: 'positive',
    positiveControl: 'arm',
  }),
];

/** Every arm's model: the feedback presets' two-tower on clicks (BCE). */
const model = { kind: 'two-tower' as const, heads: { click: { loss: 'bce' as const } } };

/**
 * Claim: ranking training examples by difficulty and removing the easy ones prunes a large
 * share of the data without loss, better than random pruning (Paul, Ganguli & Dziugaite 2021,
 * "Deep learning on a data diet": EL2N, the error norm early in training; Sorscher et al.
 * 2022); weighting can help, but only when it removes redundancy rather than chasing the
 * objective directly (utility-weighting-backfire).
 *
 * Design. One model in every arm, retrained every round on its own logs (the feedback
 * presets' schedule: the round's new rows plus as many replayed from the window); the arms
 * differ only in what each refit's rows become (`selection`, runner/feedback/select-rows.ts).
 * - `full` (reference): every row.
 * - `el2n-25`, `el2n-50`, `el2n-75`: before each refit the model as it stands scores every row
 *   by EL2N, √2·|p − y| (the L2 norm of the error of its predicted click distribution), and the
 *   lowest-scoring 25, 50 or 75% are removed. Paul et al. score with a model a few epochs into
 *   training from scratch (averaged over initialisations); in a feedback loop the model is
 *   refit warm, one pass per refit, so at scoring time it has fit each new row 0 times and each
 *   replayed row once or twice: that early point, for the rows it scores, at no extra training
 *   (a fresh scoring model per refit would double every refit's cost). 25–75% spans Paul et
 *   al.'s range (50% of CIFAR-10 pruned without loss; more than that costs accuracy).
 * - `random-25`, `random-50`, `random-75`: as many rows removed uniformly at random (a stream
 *   of the run's seed): the control that says whether EL2N's choice matters or only the size.
 * - `utility-weighted`: every row, its click loss weighted by exp(E[utility | click]) for that
 *   user and item (the world's own expectation: relevance and quality up, clickbait down),
 *   scaled to mean 1: the loss leans toward the items the objective values, the strongest,
 *   noise-free form of "weighting toward the objective". Sharpness 1 is utility's own unit
 *   (no fitted value).
 *
 * World: sim's learnable default world with a fixed catalogue (`itemTurnover` 0, creators not
 * adapting), as click-trap and learner-frontier, so only the rows a model learns from differ.
 * 500 users × 200 items (position-bias's size): eight arms at the default 1,000 × 500 would
 * cost about 6 minutes of CPU at 5 seeds; every item gets 2.5× the impressions per round. 5
 * start-up rounds of random slates shared by every arm of a seed, then 15 of the arm's own.
 *
 * Measured: per-user relevance AUC and nDCG@10 of the served score, welfare, and `trainRows`
 * (the refit's rows: the training cost each selection saves, in rows rather than seconds so
 * that it is the same on every machine).
 */
export const difficultyPruning = {
  name: 'difficulty-pruning',
  preset: 'difficulty-pruning',
  description:
    'One two-tower model retrained every round on its own logs: every row; the easiest 25, ' +
    '50 or 75% removed by EL2N (error norm under the model before the refit); as many removed ' +
    'at random; or every row with its loss weighted by exp(E[utility | click]). Measured: ' +
    'per-user relevance AUC, nDCG@10, welfare and rows trained on.',
  highlight: [
    'relevanceAucPerUser',
    'relevanceAucPerUserAvg',
    'ndcgAt10Avg',
    'meanWelfareAvg',
    'trainRows',
  ],
  kind: 'feedback-loop',
  world: {
    numUsers: 500,
    numItems: 200,
    ...fixedCatalogue,
  },
  rounds: 20,
  // Seeds from effect sizes (claims/seed-count). A 5-seed pilot of this preset (2026-11-28;
  // AMD EPYC, 2 cores, load average 14–21 from other jobs, Node 22.23.3: 40 runs, 119 s of
  // CPU, about 3 s a run) gave per-seed sds of the paired effects (effectSd) on the final
  // per-user AUC of 0.044, 0.071 and 0.038 (el2n − random at 25, 50, 75%), 0.029 (utility −
  // full) and 0.104 (el2n-50 − utility), and on welfare 0.20 (el2n-50 − random-50) and 0.11
  // (utility − full). The smallest effects that matter, as in learner-frontier: 0.05 of per-user
  // AUC (half the way from chance to the learnability bar) and 0.4 of welfare (a quarter of the
  // full arm's 1.6). seedsForEffect: 9, 18, 7, 5, 37; 5, 5. 9 seeds (72 runs, about 3.6 minutes
  // of CPU) power the claims at 25% and 75% and the utility claims; the two claims on el2n-50's
  // final AUC would need 18 and 37 (`--seeds 20` and more), so at 9 an effect of 0.05 there
  // will often read as no effect.
  seeds: { count: 9, base: 1 },
  training: { ...feedbackTraining, startupRounds: 5 },
  reference: 'full',
  claims,
  arms: [
    { name: 'full', model },
    ...fractions.map((prune) => ({
      name: `el2n-${percent(prune)}`,
      model,
      selection: { kind: 'el2n' as const, prune },
    })),
    ...fractions.map((prune) => ({
      name: `random-${percent(prune)}`,
      model,
      selection: { kind: 'random' as const, prune },
    })),
    {
      name: 'utility-weighted',
      model,
      selection: { kind: 'utility-weight' as const, sharpness: 1 },
    },
  ],
} satisfies ExperimentSpecInput;
