import type { ClaimInput } from '../claims/claim-schema';
import type { ExperimentSpecInput } from '../spec/experiment-schema';
import { feedbackTraining } from '../spec/feedback-training';
import { pairedArmsClaim } from './paired-claim';

const source =
  'seed: utility-weighting-backfire (Zhu et al. 2025, negative sample reinforcement in LLM reasoning)';
const learners = ['positive-only', 'with-negatives', 'negatives-only'] as const;
type Learner = (typeof learners)[number];

/**
 * A claim of `arm` against `reference`, paired by seed. The gate stands on the arm that is not
 * positive-only (paired-claim): positive-only's concentrating and losing high-k quality is the
 * mechanism every claim is about, so its own figure is reported, not gated.
 */
function claim(
  id: string,
  statement: string,
  metric: string,
  arm: Learner,
  reference: Learner,
  expected: 'positive' | 'negative',
): ClaimInput {
  const positiveControl = arm === 'positive-only' ? 'reference' : 'arm';
  return pairedArmsClaim({
    id,
    statement,
    source,
    metric,
    arm,
    reference,
    expected,
    positiveControl,
  });
}

/**
 * The seed's claim in two halves. Positive-only reinforcement concentrates mass on what
 * already scores well: against the same learner also taught by dismissals, it concentrates
 * exposure (Gini up, coverage and intra-list diversity down) and ranks worse at high k
 * (recall and nDCG at 50 down). Suppressing the wrong answers keeps the spread: learning from
 * dismissals alone concentrates exposure less, and keeps high-k quality, compared with
 * learning from clicks alone. Concentration is the final round's state (exposureGini) or an
 * average over the arm's own rounds (coverage, diversity, recall, nDCG).
 */
const claims: ClaimInput[] = [
  claim(
    'positive-only-concentrates-exposure',
    'Trained on positives only, the recommender concentrates exposure on fewer items than when it also learns from negatives.',
    'exposureGini',
    'positive-only',
    'with-negatives',
    'positive',
  ),
  claim(
    'positive-only-narrows-coverage',
    'Trained on positives only, the recommender shows less of the catalogue.',
    'coverageAvg',
    'positive-only',
    'with-negatives',
    'negative',
  ),
  claim(
    'positive-only-narrows-lists',
    'Trained on positives only, the recommender shows less diverse slates.',
    'intraListDiversityAvg',
    'positive-only',
    'with-negatives',
    'negative',
  ),
  claim(
    'positive-only-loses-recall-at-50',
    'Positive-only training degrades higher-k performance: recall@50 against true relevance falls.',
    'recallAt50Avg',
    'positive-only',
    'with-negatives',
    'negative',
  ),
  claim(
    'positive-only-loses-ndcg-at-50',
    'Positive-only training degrades higher-k performance: nDCG@50 against true relevance falls.',
    'ndcgAt50Avg',
    'positive-only',
    'with-negatives',
    'negative',
  ),
  claim(
    'negatives-keep-the-spread',
    'Suppressing wrong answers keeps the spread: negatives only concentrate exposure less than positives only.',
    'exposureGini',
    'negatives-only',
    'positive-only',
    'negative',
  ),
  claim(
    'negatives-keep-recall-at-50',
    'Negatives only keep higher-k performance: recall@50 above that of positives only.',
    'recallAt50Avg',
    'negatives-only',
    'positive-only',
    'positive',
  ),
];

/**
 * Claim: positive-only reinforcement concentrates probability mass on what already scores well
 * and degrades higher-k performance; negative reinforcement (suppressing wrong answers) keeps
 * the spread (utility-weighting-backfire; Zhu et al. 2025: PSR raises Pass@1 and lowers Pass@k
 * at large k, NSR alone keeps Pass@k across the spectrum).
 *
 * Design. The same two-tower model (user id and item features; matrix factorisation, which sees
 * item ids only, stays under the learnability bar in the default world: per-user AUC 0.55
 * against two-tower's 0.64, sim's world commit), its click score read as a softmax policy over
 * the catalogue, trained every round on its own logs by core's reinforce-softmax: a click raises
 * the clicked item's probability against 10 sampled items (−log π, PSR), a dismissal lowers the
 * dismissed item's (−log(1 − π), NSR bounded below, Welleck et al. 2020). The arms differ only
 * in which half they learn from: clicks, both, or dismissals. The reference is `with-negatives`
 * (the full signal); `ideal` (ranks by true expected utility) is the positive control that the
 * world's taste is there to learn. 10 sampled items (core's default is 4): the logged item's
 * probability is judged against a wider sample of the catalogue, nearer the full-catalogue
 * softmax of the source's policy, for 11 scored pairs per click or dismissal, a small share of a
 * refit. 5 start-up rounds of random slates, as the learnable default world was measured with;
 * 1000 users × 500 items and 20 rounds are that world's. Slates are the top 10 by the arm's
 * score, as any greedy recommender serves (Pass@1's analogue is its first slot).
 *
 * World: the default learnable world plus explicit negatives (sim's `dismissal`): an examined
 * item the user does not click is dismissed ("not interested") with probability 1 · σ(−2.5 ·
 * relevance). Why these values: 2.5 was the click model's relevance weight when this preset was
 * written (the learnable default world's is 4), so a dismissal follows interest about as a click
 * does; rate 1 makes dismissals about as common as clicks under random slates (1.08 dismissals
 * per click over three random rounds of the learnable 1000 × 500 world; rate 0.5 gave 0.51 in
 * the world before it), so the two halves
 * of the signal are compared on an equal footing, as a binary reward gives every sampled answer
 * a sign. Set from that count, before any learner's result; nothing else in the world is
 * changed.
 *
 * Measured over rounds: exposure concentration (Gini of impressions across items, catalogue
 * coverage, intra-list diversity of topics) and, from the relevance probe at depths 1, 10 and
 * 50, nDCG and recall of the served score against true relevance (recall's relevant set: each
 * probe user's 50 most relevant of 500 probe items, so recall@50 is the overlap of the top 50
 * with the truly best 50).
 */
export const positiveOnly = {
  name: 'positive-only',
  preset: 'positive-only',
  description:
    'One two-tower model read as a softmax policy over items, trained on its own logs ' +
    'with reinforce-softmax on clicks only, on clicks and dismissals, or on dismissals only; ' +
    'an ideal arm as positive control. The world adds explicit negatives: an examined, ' +
    'unclicked item is dismissed with probability σ(−2.5 · relevance). Measured: ' +
    'exposure Gini, coverage, intra-list diversity, recall and nDCG at 1, 10 and 50.',
  highlight: [
    'exposureGini',
    'coverageAvg',
    'intraListDiversityAvg',
    'recallAt1Avg',
    'recallAt10Avg',
    'recallAt50Avg',
    'ndcgAt1Avg',
    'ndcgAt50Avg',
    'relevanceAucPerUser',
    'meanWelfareAvg',
  ],
  kind: 'feedback-loop',
  world: {
    numUsers: 1000,
    numItems: 500,
    dismissal: { rate: 1, relevance: 2.5 },
  },
  rounds: 20,
  // Seeds from effect sizes (claims/seed-count): a 2-seed pilot of this preset in the learnable
  // default world (2026-11-28) gave per-seed sds of the paired effects (effectSd) of 0.0019
  // (exposureGini), 0.0034 (coverage), 0.033 (intra-list diversity), 0.0094 (recall@50),
  // 0.0078 (nDCG@50) for positive-only − with-negatives, and 0.011 (Gini), 0.033 (recall@50)
  // for negatives-only − positive-only. The smallest effects that matter: 0.02 in Gini,
  // coverage, recall@50 and nDCG@50 (a fiftieth of their range), 0.05 in diversity and in the
  // negatives-only recall. seedsForEffect gives 5 for each but diversity and the
  // negatives-only recall (6). An sd from two seeds is itself rough, so we take the larger: 6
  // seeds, 24 runs, about 7 minutes of CPU (17 s a run), about 3.5 minutes on 2 quiet cores.
  seeds: { count: 6, base: 1 },
  training: { ...feedbackTraining, startupRounds: 5 },
  probe: { depths: [1, 10, 50], relevant: 50 },
  reference: 'with-negatives',
  claims,
  arms: [
    ...(
      [
        ['with-negatives', 'both'],
        ['positive-only', 'positive'],
        ['negatives-only', 'negative'],
      ] as const
    ).map(([name, reinforce]) => ({
      name,
      model: {
        kind: 'two-tower' as const,
        heads: {
          click: { loss: 'reinforce-softmax' as const, options: { reinforce, negatives: 10 } },
        },
      },
    })),
    { name: 'ideal', model: { kind: 'ideal' } },
  ],
} satisfies ExperimentSpecInput;
