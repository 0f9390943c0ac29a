import type { ExperimentSpecInput } from './experiment-schema';

/** A small valid spec for tests: two arms, defaults elsewhere. */
export function smallSpec(overrides: Partial<ExperimentSpecInput> = {}): ExperimentSpecInput {
  return {
    name: 'small',
    world: { numUsers: 40, numItems: 30 },
    rounds: 3,
    seeds: { count: 2, base: 7 },
    arms: [
      { name: 'click', model: { kind: 'popularity' } },
      { name: 'ideal', model: { kind: 'ideal' } },
    ],
    ...overrides,
  };
}
