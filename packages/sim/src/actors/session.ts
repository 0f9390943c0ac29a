import type { Rng } from '@goodhart/random';
import type { InteractionLog } from '../env/types';
import { entryAt } from '../internal/entry-at';
import { sigmoid } from '../world/vectors';
import type { World } from '../world/world';
import { dismissalProbability, dismissedWithoutClick } from './dismissal';
import { purchasedAfterClick, purchaseProbability } from './purchase';
import {
  clickProbability,
  examinationProbabilities,
  itemTerms,
  meanClickUtility,
  trueRelevance,
} from './response-model';

/** Everything one round of sessions produces: the visible log and the hidden truth. */
export interface SessionRound {
  log: InteractionLog;
  utility: Float32Array;
  relevance: Float32Array;
  examined: Uint8Array;
  clickProbability: Float32Array;
  /** Per active user. */
  welfare: Float32Array;
  /** Per item. */
  impressions: Int32Array;
  clicks: Int32Array;
  /** The (user, item) pair of each click, in log order. */
  clickUsers: Int32Array;
  clickItems: Int32Array;
}

/**
 * Each active user goes down its slate: examines position k with probability 1/(1+k)^eta,
 * clicks an examined item with P(click | examined), and a click yields noisy utility, watch
 * time and, rarely, a satisfaction answer; an examined item left unclicked may be dismissed
 * (config.dismissal) and a click may end in a purchase (config.purchase), both decided from
 * the click's own draw. Every impression uses exactly five
 * draws, so the draws line up across policies (common random numbers). Does not change the
 * world.
 */
export function simulateSessions(
  world: World,
  activeUsers: Int32Array,
  slates: Int32Array,
  round: number,
  rng: Rng,
): SessionRound {
  const { config, items } = world;
  const k = config.slateSize;
  const n = activeUsers.length * k;
  const exam = examinationProbabilities(k, config.examination.eta);
  const terms = itemTerms(world);
  const { noise } = config.utility;
  const { bias, utilityScale } = config.watchTime;
  const { rate: satisfactionRate, noise: satisfactionNoise } = config.satisfaction;
  const { rate: dismissalRate, relevance: dismissalRelevance } = config.dismissal;
  const purchase = config.purchase;

  const dismissed = new Uint8Array(n);
  const purchased = new Uint8Array(n);
  const log: InteractionLog = {
    round,
    length: n,
    user: new Int32Array(n),
    item: new Int32Array(n),
    position: new Int32Array(n),
    clicked: new Uint8Array(n),
    watchTime: new Float32Array(n),
    satisfaction: new Float32Array(n).fill(Number.NaN),
    dismissed,
    purchased,
  };
  const out: SessionRound = {
    log,
    utility: new Float32Array(n),
    relevance: new Float32Array(n),
    examined: new Uint8Array(n),
    clickProbability: new Float32Array(n),
    welfare: new Float32Array(activeUsers.length),
    impressions: new Int32Array(items.count),
    clicks: new Int32Array(items.count),
    clickUsers: new Int32Array(0),
    clickItems: new Int32Array(0),
  };
  let numClicks = 0;
  for (let a = 0; a < activeUsers.length; a++) {
    const u = activeUsers[a]!;
    let welfare = 0;
    for (let p = 0; p < k; p++) {
      const x = a * k + p;
      const i = entryAt(slates, x, 'slate entry');
      const uExamine = rng.next();
      const uClick = rng.next();
      const zUtility = rng.normal();
      const uAsk = rng.next();
      const zSatisfaction = rng.normal();

      // trueRelevance checks u and i: the reads by them below are in range.
      const rel = trueRelevance(world, u, i);
      const pClick = clickProbability(world, terms, u, i, rel);
      const examined = uExamine < exam[p]!;
      const clicked = examined && uClick < pClick;
      log.user[x] = u;
      log.item[x] = i;
      log.position[x] = p;
      out.relevance[x] = rel;
      out.clickProbability[x] = pClick;
      out.examined[x] = examined ? 1 : 0;
      out.impressions[i]!++;
      if (!clicked) {
        if (examined && dismissalRate > 0) {
          const pDismiss = dismissalProbability(dismissalRate, dismissalRelevance, rel);
          dismissed[x] = dismissedWithoutClick(uClick, pClick, pDismiss) ? 1 : 0;
        }
        continue;
      }
      const utility = meanClickUtility(world, terms, i, rel) + noise * zUtility;
      log.clicked[x] = 1;
      if (purchase.rate > 0) {
        const pPurchase = purchaseProbability(
          purchase.rate,
          purchase.relevance,
          purchase.markerOdds,
          rel,
          items.marked[i]!,
        );
        purchased[x] = purchasedAfterClick(uClick, pClick, pPurchase) ? 1 : 0;
      }
      log.watchTime[x] = items.duration[i]! * sigmoid(bias + utilityScale * utility);
      if (uAsk < satisfactionRate) {
        log.satisfaction[x] = utility + satisfactionNoise * zSatisfaction > 0 ? 1 : 0;
      }
      out.utility[x] = utility;
      out.clicks[i]!++;
      welfare += utility;
      numClicks++;
    }
    out.welfare[a] = welfare;
  }
  out.clickUsers = new Int32Array(numClicks);
  out.clickItems = new Int32Array(numClicks);
  for (let x = 0, c = 0; x < n; x++) {
    if (log.clicked[x] === 1) {
      out.clickUsers[c] = log.user[x]!;
      out.clickItems[c] = log.item[x]!;
      c++;
    }
  }
  return out;
}
