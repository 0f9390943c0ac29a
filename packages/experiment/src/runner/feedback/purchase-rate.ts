import type { InteractionLog } from '@goodhart/sim';

/**
 * Purchases per impression of a round's log (sim's config.purchase): the platform's own
 * figure of what a purchase reward buys. NaN for an empty log.
 */
export function purchaseRate(log: Pick<InteractionLog, 'length' | 'purchased'>): number {
  if (log.length === 0) return Number.NaN;
  let purchases = 0;
  for (let r = 0; r < log.length; r++) purchases += log.purchased?.[r] ?? 0;
  return purchases / log.length;
}
