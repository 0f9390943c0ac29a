import type { ExperimentSpecInput } from '@goodhart/experiment/spec';

/**
 * A spec small enough to run in well under a second per run: a few users and items, a few
 * rounds, two cheap arms. `runs` = arms x sweep points x seeds.
 */
export function tinySpec(overrides: Record<string, unknown> = {}): ExperimentSpecInput {
  const spec = {
    name: 'tiny',
    world: { numUsers: 30, numItems: 24, numCreators: 4 },
    rounds: 3,
    seeds: { count: 2, base: 1 },
    arms: [
      { name: 'popular', model: { kind: 'popularity' } },
      { name: 'random', model: { kind: 'random' } },
    ],
    ...overrides,
  };
  return spec as ExperimentSpecInput;
}
