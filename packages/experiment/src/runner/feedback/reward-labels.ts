import type { InteractionLog } from '@goodhart/sim';

/** The arm's reward option (spec's `reward`). */
export interface RewardOption {
  value: number;
  normalise: 'none' | 'slate';
}

/** What the click head learns from each logged impression: a label in [0, 1] and a weight. */
export interface RewardLabels {
  target: Float32Array;
  weight: Float32Array;
}

/** GRPO's ε: a group whose rewards are all equal gets advantage 0, not 0/0. */
const advantageEpsilon = 1e-4;

/**
 * Labels and weights of one round's log under the arm's reward, computed when the log arrives,
 * so each slate is a whole group however its rows are later replayed. The reward of an
 * impression is r = click + value · purchase (a purchase follows a click, so it is worth
 * 1 + value).
 * - `none`: the click, weighted by r where clicked and 1 where not: plain click BCE with each
 *   purchased row counting 1 + value times (heavy weighting, no normalisation).
 * - `slate`: the group-relative advantage of slateAdvantages; a row of positive advantage is a
 *   positive example weighted by it, of negative advantage a negative example weighted by its
 *   size. This is the pointwise model's form of GRPO's −A · log π: the click head's logit is
 *   pushed up on rows that beat their slate and down on rows that fell short of it, each in
 *   proportion to |A|; a slate whose rows all earned the same teaches nothing.
 */
export function rewardLabels(log: InteractionLog, reward: RewardOption): RewardLabels {
  const n = log.length;
  const purchased = log.purchased ?? new Uint8Array(n);
  const rewards = new Float64Array(n);
  for (let r = 0; r < n; r++) rewards[r] = log.clicked[r]! + reward.value * purchased[r]!;
  const target = new Float32Array(n);
  const weight = new Float32Array(n);
  if (reward.normalise === 'none') {
    for (let r = 0; r < n; r++) {
      target[r] = log.clicked[r]!;
      weight[r] = log.clicked[r] === 1 ? rewards[r]! : 1;
    }
    return { target, weight };
  }
  const advantage = slateAdvantages(log.user, rewards);
  for (let r = 0; r < n; r++) {
    target[r] = advantage[r]! > 0 ? 1 : 0;
    weight[r] = Math.abs(advantage[r]!);
  }
  return { target, weight };
}

/**
 * GRPO's group-relative advantage (Shao et al. 2024): within each group, (r − mean) /
 * (sd + ε), the sd over the group (population sd, as GRPO's). A group is a run of consecutive
 * rows of one user: a slate, in a round's log. However rare a success, one success in a group
 * of failures gets a large advantage: in a slate of 10 with rewards 1 and nine 0s, mean 0.1 and
 * sd 0.3, so (1 − 0.1) / 0.3 = 3 for it and −1/3 for the others, whatever its worth.
 */
export function slateAdvantages(user: Int32Array, rewards: Float64Array): Float64Array {
  const out = new Float64Array(rewards.length);
  let start = 0;
  while (start < rewards.length) {
    let end = start + 1;
    while (end < rewards.length && user[end] === user[start]) end++;
    let sum = 0;
    for (let r = start; r < end; r++) sum += rewards[r]!;
    const mean = sum / (end - start);
    let squares = 0;
    for (let r = start; r < end; r++) squares += (rewards[r]! - mean) ** 2;
    const sd = Math.sqrt(squares / (end - start));
    for (let r = start; r < end; r++) out[r] = (rewards[r]! - mean) / (sd + advantageEpsilon);
    start = end;
  }
  return out;
}
