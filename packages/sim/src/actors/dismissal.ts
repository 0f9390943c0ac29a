import { sigmoid } from '../world/vectors';

/**
 * Explicit negative feedback: the "not interested" button, a dislike on an item the user
 * saw and passed over. P(dismiss | examined, not clicked) = rate · σ(−relevance · rel): a
 * user dismisses what does not interest them, rarely what does. Only examined, unclicked
 * items can be dismissed (an unexamined item was never seen; a clicked one is judged by the
 * satisfaction answer instead).
 */
export function dismissalProbability(rate: number, relevanceWeight: number, rel: number): number {
  return rate * sigmoid(-relevanceWeight * rel);
}

/**
 * Whether an examined impression that was not clicked is dismissed, decided from the click's
 * own uniform draw: given no click, uClick ≥ pClick, and (uClick − pClick) / (1 − pClick) is
 * uniform on [0, 1) and independent of everything else, so it serves as the dismissal draw.
 * No draw is added, so every other impression's draws (and every world with dismissal off)
 * stay exactly as they were.
 */
export function dismissedWithoutClick(uClick: number, pClick: number, pDismiss: number): boolean {
  if (!(pDismiss > 0) || uClick < pClick || pClick >= 1) return false;
  return (uClick - pClick) / (1 - pClick) < pDismiss;
}
