import type { Rng } from '@goodhart/random';

/** Replaces slots of ranked slates with random items (see epsilonGreedy). */
export type SlateExplorer = (
  slates: Int32Array,
  rows: number,
  k: number,
  cols: number,
  exclude?: Uint8Array,
) => Int32Array;

/** Perturbs scores so that taking the top k samples a slate (see softmaxSample). */
export type ScorePerturber = (scores: Float32Array) => Float32Array;

/**
 * Epsilon-greedy exploration: each slot of each slate is, with probability ε, replaced by an
 * item drawn uniformly from those not already in the slate (and not excluded). Returns a new
 * array; the input is left alone.
 */
export function epsilonGreedy(rng: Rng, epsilon: number): SlateExplorer {
  if (!(epsilon >= 0 && epsilon <= 1))
    throw new Error(`epsilonGreedy: epsilon must be in [0, 1], got ${epsilon}`);
  return (slates, rows, k, cols, exclude) => {
    if (slates.length !== rows * k)
      throw new Error(
        `epsilonGreedy: slates has ${slates.length} entries, rows * k is ${rows * k}`,
      );
    const out = slates.slice();
    const shared = exclude !== undefined && exclude.length === cols;
    const inSlate = new Uint8Array(cols);
    for (let r = 0; r < rows; r++) {
      const row = out.subarray(r * k, (r + 1) * k);
      inSlate.fill(0);
      for (const item of row) if (item >= 0) inSlate[item] = 1;
      for (let slot = 0; slot < k; slot++) {
        if (rng.next() >= epsilon) continue;
        // Bounded rejection sampling: with most items free this takes a draw or two.
        for (let attempt = 0; attempt < 64; attempt++) {
          const candidate = rng.int(cols);
          if (inSlate[candidate]) continue;
          if (exclude?.[shared ? candidate : r * cols + candidate]) continue;
          const replaced = row[slot]!;
          if (replaced >= 0) inSlate[replaced] = 0;
          row[slot] = candidate;
          inSlate[candidate] = 1;
          break;
        }
      }
    }
    return out;
  };
}

/**
 * Softmax (Boltzmann) exploration via the Gumbel-top-k trick: adding independent Gumbel
 * noise to score/T and taking the top k draws k items without replacement, each next item
 * with probability ∝ exp(score/T) among those left (Plackett–Luce). Returns perturbed scores.
 */
export function softmaxSample(rng: Rng, temperature: number): ScorePerturber {
  if (!(temperature > 0) || !Number.isFinite(temperature)) {
    throw new Error(`softmaxSample: temperature must be a finite number > 0, got ${temperature}`);
  }
  return (scores) => {
    const out = new Float32Array(scores.length);
    for (let i = 0; i < scores.length; i++) {
      const u = rng.next() || Number.MIN_VALUE;
      out[i] = scores[i]! / temperature - Math.log(-Math.log(u));
    }
    return out;
  };
}
