import { type Rng, sampleWithoutReplacement } from '@goodhart/random';
import type { RecommendationEnv } from './env/recommendation-env';
import type { Observation, StepResult } from './env/types';

/** Anything that turns an observation into slates: slateSize item ids per active user. */
export type Policy = (observation: Observation) => Int32Array;

/** Resets `env` and plays `rounds` rounds with `policy`; returns every round's result. */
export function runEpisode(
  env: RecommendationEnv,
  policy: Policy,
  rounds: number,
  onStep?: (result: StepResult) => void,
): StepResult[] {
  if (!Number.isInteger(rounds) || rounds < 0) {
    throw new RangeError(`runEpisode: rounds must be a non-negative integer, got ${rounds}`);
  }
  let observation = env.reset();
  const results: StepResult[] = [];
  for (let r = 0; r < rounds; r++) {
    const result = env.step(policy(observation));
    onStep?.(result);
    results.push(result);
    observation = result.observation;
  }
  return results;
}

/** Distinct items uniformly at random for every user: the baseline that knows nothing. */
export function randomPolicy(rng: Rng): Policy {
  return (observation) => {
    const { activeUsers, numItems, slateSize } = observation;
    const slates = new Int32Array(activeUsers.length * slateSize);
    for (let a = 0; a < activeUsers.length; a++) {
      slates.set(sampleWithoutReplacement(numItems, slateSize, rng), a * slateSize);
    }
    return slates;
  };
}
