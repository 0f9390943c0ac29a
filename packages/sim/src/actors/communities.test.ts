import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../world/create-world';
import { dotRows } from '../world/vectors';

const rowOf = (x: Float32Array, r: number, dim: number) =>
  Array.from(x.subarray(r * dim, (r + 1) * dim));

describe('taste communities', () => {
  it('puts every user on a centre and creator slot c on centre c mod count when spreads are 0', () => {
    const world = createWorld(
      {
        numUsers: 60,
        numItems: 20,
        numCreators: 7,
        topicDim: 4,
        communities: { count: 3, userSpread: 0, creatorSpread: 0 },
      },
      createRng(5),
    );
    const centres = world.communityCentres;
    expect(centres).toHaveLength(3 * 4);
    const dim = 4;
    for (let c = 0; c < 7; c++) {
      expect(rowOf(world.creators.topics, c, dim)).toEqual(rowOf(centres, c % 3, dim));
    }
    const joined = [0, 0, 0];
    for (let u = 0; u < 60; u++) {
      const k = [0, 1, 2].find(
        (c) => dotRows(world.users.preferences, u, centres, c, dim) > 0.9999,
      );
      if (k === undefined) throw new Error(`user ${u} is near no community centre`);
      joined[k]!++;
    }
    // Joined at random: each of the three communities has members.
    expect(joined.every((n) => n > 0)).toBe(true);
  });

  it('draws preferences at cosine about 1 / sqrt(1 + spread²(dim - 1) / dim) from their centre', () => {
    // Noise N(0, spread²/dim) per dimension: the part orthogonal to the centre has squared
    // length spread²(dim - 1)/dim = 0.25 × 7/8 = 0.219 on average, the part along it averages
    // 0, so cos(preference, centre) ≈ 1 / sqrt(1.219) = 0.906 for spread 0.5 in 8 dimensions
    // (a little less: the cosine is concave in the noise).
    const dim = 8;
    const world = createWorld(
      {
        numUsers: 2000,
        topicDim: dim,
        communities: { count: 1, userSpread: 0.5, creatorSpread: 0 },
      },
      createRng(9),
    );
    let sum = 0;
    for (let u = 0; u < 2000; u++)
      sum += dotRows(world.users.preferences, u, world.communityCentres, 0, dim);
    expect(sum / 2000).toBeGreaterThan(0.88);
    expect(sum / 2000).toBeLessThan(0.91);
  });

  it('leaves preferences uniform on the sphere without communities', () => {
    // Uniform unit vectors in 8 dimensions: the mean of each coordinate is 0 (sd 1/sqrt(8)
    // per user, so about 0.008 over 1,000 users).
    const world = createWorld({ numUsers: 1000, communities: { count: 0 } }, createRng(2));
    expect(world.communityCentres).toHaveLength(0);
    let first = 0;
    for (let u = 0; u < 1000; u++) first += world.users.preferences[u * 8]!;
    expect(Math.abs(first / 1000)).toBeLessThan(0.03);
  });
});
