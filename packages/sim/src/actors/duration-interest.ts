import { entryAt } from '../internal/entry-at';
import type { World } from '../world/world';

/**
 * Ties item duration to interest (WorldConfig.durationInterest.correlation = ρ). An item's
 * interest is the population's mean true relevance for it, (mean preference) · topic, as a
 * z-score over the catalogue; its log duration, drawn as μ + σ·ε, becomes
 * μ + σ·(ρ·z + √(1 − ρ²)·ε) with the same ε (a Gaussian copula): the durations keep their
 * log-normal law, and their correlation with interest is ρ. ρ < 0: long items are the ones
 * people care less for, the setting in which "a watch-time objective favours long items
 * regardless of interest" can be seen at all (when duration is independent of everything,
 * watch time = duration · σ(utility) is a fair proxy). Applied to `slots` (every item at
 * reset, the replaced ones after turnover), with the catalogue's current z-scores.
 */
export function coupleDurationToInterest(world: World, slots: Int32Array): void {
  const rho = world.config.durationInterest.correlation;
  const { durationLogMean: mu, durationLogSd: sigma } = world.config.items;
  if (rho === 0 || sigma === 0 || slots.length === 0) return;
  const interest = populationInterest(world);
  const n = interest.length;
  let mean = 0;
  for (const value of interest) mean += value;
  mean /= n;
  let variance = 0;
  for (const value of interest) variance += (value - mean) ** 2;
  const sd = Math.sqrt(variance / n);
  if (!(sd > 0)) return;
  const rest = Math.sqrt(1 - rho * rho);
  const { duration } = world.items;
  for (const i of slots) {
    const epsilon = (Math.log(entryAt(duration, i, 'slot')) - mu) / sigma;
    const z = (interest[i]! - mean) / sd;
    duration[i] = Math.exp(mu + sigma * (rho * z + rest * epsilon));
  }
}

/** Mean over users of the cosine relevance of each item: (mean preference) · topic. */
export function populationInterest(world: World): Float64Array {
  const { users, items, topicDim: dim } = world;
  const meanPreference = new Float64Array(dim);
  for (let u = 0; u < users.count; u++) {
    for (let j = 0; j < dim; j++)
      meanPreference[j]! += users.preferences[u * dim + j]! / users.count;
  }
  const interest = new Float64Array(items.count);
  for (let i = 0; i < items.count; i++) {
    let dot = 0;
    for (let j = 0; j < dim; j++) dot += meanPreference[j]! * items.topics[i * dim + j]!;
    interest[i] = dot;
  }
  return interest;
}
