import type { ClaimInput } from '../claims/claim-schema';
import type { ExperimentSpecInput } from '../spec/experiment-schema';
import { feedbackTraining } from '../spec/feedback-training';
import { fixedCatalogue, type PairedClaimFields, pairedArmsClaim } from './paired-claim';

const source =
  'seed: utility-weighting-backfire (Cheng et al. 2026, Mechanistically interpreting the role of sample difficulty in RLVR for LLMs, arXiv 2605.28388)';

/**
 * A claim of `arm` against `reference`, paired by seed, gated on the reference (paired-claim):
 * the rewarded arm's losing what it knew, or learning the marker, is the effect measured, so
 * its own per-user AUC is reported, not gated. What it knew is what every arm learnt alike
 * over the shared start-up, and the reference (plain clicks, or the group-relative learner
 * without purchases) shows that the model learns these users here.
 */
function claim(fields: Omit<PairedClaimFields, 'source' | 'positiveControl'>): ClaimInput {
  return pairedArmsClaim({ ...fields, source, positiveControl: 'reference' });
}

/**
 * The seed's claim in its two halves, each against plain click training and against the same
 * group-relative learner without purchases (which isolates the lucky event from the
 * normalisation's own reweighting). The shortcut: markerRankLift (how far the served score
 * lifts marked items above their true relevance, final round). Skills lost: the served score's
 * per-user AUC against true relevance and the click head's calibration on what it shows (ECE),
 * both final round, after every arm started from the same pretrained model.
 */
const claims: ClaimInput[] = [
  claim({
    id: 'group-relative-learns-the-marker',
    statement:
      'Rewarding rare purchases with group-relative advantages teaches the recommender the marker that co-occurs with them, a shortcut users gain nothing from.',
    metric: 'markerRankLift',
    arm: 'group-relative',
    reference: 'plain',
    expected: 'positive',
  }),
  claim({
    id: 'value-weighting-learns-the-marker',
    statement: 'Weighting rare purchases heavily, without normalisation, teaches the marker too.',
    metric: 'markerRankLift',
    arm: 'value-weighted',
    reference: 'plain',
    expected: 'positive',
  }),
  claim({
    id: 'normalisation-amplifies-the-marker',
    statement:
      'Group-relative normalisation amplifies the lucky successes: the marker is learnt more than under the same reward unnormalised.',
    metric: 'markerRankLift',
    arm: 'group-relative',
    reference: 'value-weighted',
    expected: 'positive',
  }),
  claim({
    id: 'group-relative-loses-relevance',
    statement:
      'Group-relative training on rare purchases loses some of each user’s taste it had learnt from clicks.',
    metric: 'relevanceAucPerUser',
    arm: 'group-relative',
    reference: 'plain',
    expected: 'negative',
  }),
  claim({
    id: 'lucky-successes-cost-relevance',
    statement:
      'The lucky purchases themselves cost relevance: the group-relative learner ranks each user’s items worse with them than without them.',
    metric: 'relevanceAucPerUser',
    arm: 'group-relative',
    reference: 'group-relative-clicks',
    expected: 'negative',
  }),
  claim({
    id: 'group-relative-loses-calibration',
    statement:
      'Group-relative training on rare purchases leaves the click head worse calibrated than plain click training.',
    metric: 'ece',
    arm: 'group-relative',
    reference: 'plain',
    expected: 'positive',
  }),
  claim({
    id: 'lucky-successes-cost-calibration',
    statement:
      'The lucky purchases themselves cost calibration: worse than the group-relative learner without them.',
    metric: 'ece',
    arm: 'group-relative',
    reference: 'group-relative-clicks',
    expected: 'positive',
  }),
];

/** Every arm's model: the feedback presets' two-tower on clicks. */
const model = { kind: 'two-tower' as const, heads: { click: { loss: 'bce' as const } } };

/** A purchase's worth in clicks: 1 / rate, so purchases carry as much expected reward as clicks. */
const purchaseValue = 50;

/**
 * Claim: heavily weighting rare, mostly lucky successes with group-relative normalisation
 * teaches shortcuts that contaminate skills the model had (utility-weighting-backfire: on
 * near-impossible RLVR problems, GRPO's group-relative advantage gives a stray accidental
 * success a large advantage, and the model learns answer repetition and computation skipping
 * that then degrade what it could already do).
 *
 * Design. Every arm is the same two-tower, pretrained on plain clicks over the 5 start-up
 * rounds of random slates every arm of a seed shares (identical data, initial weights and
 * refits, so every arm enters its own rounds with the same model and the same skill). From
 * then on the arms differ only in what their click head learns from each logged impression,
 * whose reward is r = click + 50 · purchase (`reward`, runner/feedback/reward-labels):
 * - `plain` (reference, the positive control): click BCE, as before.
 * - `value-weighted`: click BCE with each purchased row counting 51 times (heavy weighting,
 *   no normalisation).
 * - `group-relative`: GRPO's advantage within each logged slate (the user is the prompt, the
 *   slate its group of samples): A = (r − mean) / (sd + 1e-4); a row of positive advantage is
 *   a positive example weighted by A, of negative advantage a negative example weighted by |A|,
 *   a slate whose rows all earned the same teaches nothing. One purchase in a slate gets an
 *   advantage near 3 however rare, and an ordinary click beside it can fall below the mean.
 * - `group-relative-clicks`: the same normalisation with purchases worth nothing (r = click):
 *   what the normalisation does on its own, so the purchases' own effect can be told apart.
 * A purchase is worth 50 clicks: 1 / rate, so purchases and clicks carry the same expected
 * reward (a platform valuing its sales as much as its engagement); any worth well above 1
 * makes one purchase dominate its slate's advantages, which is the mechanism.
 *
 * World: the learnable default world with a fixed catalogue (as serving-time-tuning), plus
 * sim's `purchase`:
 * - rate 0.02: a click on an unmarked item of relevance 0 ends in a purchase 2% of the time,
 *   about e-commerce's conversion rate per visit; rare, as the source's near-impossible
 *   problems' accidental successes are (0.6–1.0% of impressions in the pilot below: about
 *   one slate of 10 in 10–16 has one).
 * - relevance 0.5: an eighth of the click model's relevance weight (4), so interest moves the
 *   odds a little and a purchase is mostly luck.
 * - markerShare 0.1 and markerOdds 3: a tenth of the items carry a visible marker (the item
 *   features' last column) under which a purchase is three times as likely, so marked items,
 *   a tenth of the clicks, carry about a quarter of the purchases: a co-occurrence a learner
 *   can find in the few hundred purchases a window holds, while three purchases in four still
 *   happen elsewhere. The marker is in neither clicks nor utility.
 * Set from these meanings before any learner's result; nothing else in the world is changed.
 *
 * Measured: markerRankLift (the served score's lift of marked items above their true
 * relevance, in per-user percentile ranks: 0 for a score that ranks by relevance), per-user
 * relevance AUC and nDCG@10, the click head's ECE and Brier on what it shows, welfare, CTR.
 */
export const luckySuccesses = {
  name: 'lucky-successes',
  preset: 'lucky-successes',
  description:
    'A two-tower click model pretrained on the shared start-up rounds, then trained on plain ' +
    'clicks, on clicks with rare lucky purchases weighted 51 times, on the same reward with ' +
    'GRPO-style group-relative advantages per slate, or on clicks alone with those advantages. ' +
    'The world adds purchases (2% of clicks, mostly luck) and a marker on a tenth of the items ' +
    'that triples their odds and is worth nothing to users. Measured: the marker’s rank lift, ' +
    'per-user relevance AUC, click calibration (ECE).',
  highlight: [
    'markerRankLift',
    'relevanceAucPerUser',
    'ece',
    'brier',
    'ndcgAt10Avg',
    'meanWelfareAvg',
    'ctrAvg',
  ],
  kind: 'feedback-loop',
  world: {
    numUsers: 1000,
    numItems: 500,
    ...fixedCatalogue,
    purchase: { rate: 0.02, relevance: 0.5, markerShare: 0.1, markerOdds: 3 },
  },
  rounds: 20,
  // Seeds from effect sizes (claims/seed-count). A 2-seed pilot of this preset (2026-11-28;
  // AMD EPYC, 2 cores, load average 11–14 from other jobs, Node 22: 8 runs in 294 s, one at a
  // time) gave per-seed sds of the paired effects (effectSd) of about 0.0001 (marker lift,
  // group-relative − plain), 0.014 (value-weighted − plain, group-relative − value-weighted),
  // 0.094 and 0.033 (final per-user AUC, group-relative − plain and − group-relative-clicks),
  // 0.021 and 0.064 (final ECE, the same pairs). The smallest effects that matter: 0.05 of
  // marker lift (a twentieth of the rank range), of per-user AUC (as serving-time-tuning) and
  // of ECE. seedsForEffect: 5 for the marker claims, the AUC against group-relative-clicks and
  // the ECE against plain; about 15 for the ECE and about 30 for the AUC against plain. An sd
  // from two seeds is rough. The budget buys 8 seeds (32 runs): at 8, the AUC claim against
  // plain detects about 0.11 and the ECE claim against group-relative-clicks about 0.07, so
  // smaller true differences there will often read as no effect (`--seeds 30` for 0.05).
  seeds: { count: 8, base: 1 },
  training: { ...feedbackTraining, startupRounds: 5 },
  reference: 'plain',
  claims,
  arms: [
    { name: 'plain', model },
    {
      name: 'value-weighted',
      model,
      reward: { value: purchaseValue, normalise: 'none' as const },
    },
    {
      name: 'group-relative',
      model,
      reward: { value: purchaseValue, normalise: 'slate' as const },
    },
    { name: 'group-relative-clicks', model, reward: { value: 0, normalise: 'slate' as const } },
  ],
} satisfies ExperimentSpecInput;
