import type { FeedbackLoopSpecInput } from './experiment-schema';

/** A small valid spec for tests: two arms, defaults elsewhere. */
export function smallSpec(overrides: Partial<FeedbackLoopSpecInput> = {}): FeedbackLoopSpecInput {
  return {
    name: 'small',
    world: { numUsers: 40, numItems: 30, numCreators: 5 },
    rounds: 3,
    seeds: { count: 2, base: 7 },
    arms: [
      { name: 'click', model: { kind: 'popularity' } },
      { name: 'ideal', model: { kind: 'ideal' } },
    ],
    ...overrides,
  };
}
