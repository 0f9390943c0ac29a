import { sigmoid } from '../world/vectors';

/**
 * A rare, mostly lucky, high-value event after a click: a purchase (or a long-term return).
 * P(purchase | click) = σ(logit(rate) + relevance · rel + ln(markerOdds) · marked): `rate` at
 * relevance 0 on an unmarked item, nudged a little by interest, and `markerOdds` times the odds
 * on an item carrying the visible marker, which users do not value (it is in neither the click
 * nor the utility model). So the marker co-occurs with purchases without serving anyone: a
 * learner rewarded for purchases can find it, and what it finds is a shortcut.
 */
export function purchaseProbability(
  rate: number,
  relevanceWeight: number,
  markerOdds: number,
  rel: number,
  marked: number,
): number {
  if (!(rate > 0)) return 0;
  const logit = Math.log(rate / (1 - rate)) + relevanceWeight * rel + Math.log(markerOdds) * marked;
  return sigmoid(logit);
}

/**
 * Whether a click ends in a purchase, decided from the click's own uniform draw: given a click,
 * uClick < pClick, and uClick / pClick is uniform on [0, 1) and independent of everything else
 * (as a dismissal reads the draw's part above pClick), so no draw is added and every other
 * impression's draws, and every world with purchases off, stay exactly as they were.
 */
export function purchasedAfterClick(uClick: number, pClick: number, pPurchase: number): boolean {
  if (!(pPurchase > 0) || !(pClick > 0) || uClick >= pClick) return false;
  return uClick / pClick < pPurchase;
}
