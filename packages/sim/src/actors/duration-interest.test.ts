import { describe, expect, it } from 'vitest';
import { RecommendationEnv } from '../env/recommendation-env';
import { handWorld, quietWorld } from '../testing/hand-world';
import { populationInterest } from './duration-interest';

// Two users who both like topic (1, 0); three items at (1, 0), (0, 1), (0.6, 0.8).
// Population interest = mean preference (1, 0) · topic = 1, 0, 0.6.
// Mean 1.6 / 3 = 0.5333; variance ((0.4667)² + (0.5333)² + (0.0667)²) / 3 = 0.16889; sd 0.41096.
// z = (1.1355, -1.2978, 0.1622).
const z = [1.13555, -1.29777, 0.16222];
const mu = Math.log(5);
const sigma = 0.6;
const durations = [5, 10, 2];

function envWith(correlation: number): RecommendationEnv {
  const spec = {
    config: {
      ...quietWorld,
      durationInterest: { correlation },
      items: { durationLogMean: mu, durationLogSd: sigma },
    },
    preferences: [
      [1, 0],
      [1, 0],
    ],
    topics: [
      [1, 0],
      [0, 1],
      [0.6, 0.8],
    ],
    quality: [0.5, 0.5, 0.5],
    clickbait: [0, 0, 0],
    duration: durations,
  };
  return new RecommendationEnv(handWorld(spec).config, 1, { createWorld: () => handWorld(spec) });
}

describe('durationInterest', () => {
  it("measures an item's interest as the population's mean relevance", () => {
    expect([...populationInterest(envWith(0).world)].map((x) => Number(x.toFixed(4)))).toEqual([
      1, 0, 0.6,
    ]);
  });

  it('leaves durations alone at correlation 0', () => {
    expect([...envWith(0).world.items.duration]).toEqual(durations);
  });

  it('at correlation -1, makes log duration mu - sigma * z: the least interesting is the longest', () => {
    const got = [...envWith(-1).world.items.duration];
    for (let i = 0; i < 3; i++) expect(got[i]).toBeCloseTo(Math.exp(mu - sigma * z[i]!), 3);
    expect(got[1]).toBeGreaterThan(got[2]!);
    expect(got[2]).toBeGreaterThan(got[0]!);
  });

  it('at correlation -0.5, keeps each item its own noise: mu + sigma (-0.5 z + sqrt(0.75) eps)', () => {
    const got = [...envWith(-0.5).world.items.duration];
    for (let i = 0; i < 3; i++) {
      const epsilon = (Math.log(durations[i]!) - mu) / sigma;
      const expected = Math.exp(mu + sigma * (-0.5 * z[i]! + Math.sqrt(0.75) * epsilon));
      expect(got[i]).toBeCloseTo(expected, 3);
    }
  });

  it('rejects a correlation outside [-1, 1], naming the field', () => {
    expect(() => new RecommendationEnv({ durationInterest: { correlation: -1.5 } }, 1)).toThrow(
      /durationInterest\.correlation/,
    );
  });
});
