import { tinySpec } from '@goodhart/store/testing';

/** Test fixtures: a spec with claims on the tiny world (not part of the package's API). */
const welfareClaim = {
  id: 'popular-raises-welfare',
  statement: 'Popularity gives more welfare than random slates',
  source: 'a hand-made test',
  metric: 'meanWelfare',
  compare: { kind: 'arms', arm: 'popular', reference: 'random' },
  expected: 'positive',
};
const ctrClaim = {
  ...welfareClaim,
  id: 'popular-lowers-ctr',
  statement: 'Popularity gets fewer clicks',
  metric: 'ctr',
  expected: 'negative',
};

/** The tiny spec on three seeds with random as the reference arm and two claims. */
export const claimedSpec = (overrides: Record<string, unknown> = {}) =>
  tinySpec({
    seeds: { count: 3, base: 1 },
    reference: 'random',
    claims: [welfareClaim, ctrClaim],
    ...overrides,
  });
