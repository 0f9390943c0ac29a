import { describe, expect, it } from 'vitest';
import { preferenceCovarianceGraph } from './social-graph';

function neighboursOf(graph: ReturnType<typeof preferenceCovarianceGraph>, u: number): number[] {
  return Array.from(graph.neighbours.subarray(graph.offsets[u], graph.offsets[u + 1]));
}

describe('preferenceCovarianceGraph', () => {
  it('links users whose preference covariance reaches the highest threshold that leaves nobody alone', () => {
    // Three dimensions; rows centred over their dims:
    //   u0 = (1, 0, 0)   -> (2/3, -1/3, -1/3)
    //   u1 = (1, 0, 0)   -> (2/3, -1/3, -1/3)
    //   u2 = (0, 1, 0)   -> (-1/3, 2/3, -1/3)
    //   u3 = (0, 0.8, 0.2) -> (-1/3, 7/15, -2/15)
    // cov = dot / (dim - 1) = dot / 2:
    //   c01 = (4/9 + 1/9 + 1/9) / 2 = 1/3      c23 = (1/9 + 14/45 + 2/45) / 2 = 7/30
    //   c02 = c12 = (-2/9 - 2/9 + 1/9) / 2 = -1/6
    //   c03 = c13 = (-2/9 - 7/45 + 2/45) / 2 = -1/6
    // Each user's best: u0, u1: 1/3; u2, u3: 7/30. Threshold = min = 7/30: edges 0-1 and 2-3.
    const prefs = Float32Array.from([1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0.8, 0.2]);
    const graph = preferenceCovarianceGraph(prefs, 4, 3);
    expect(neighboursOf(graph, 0)).toEqual([1]);
    expect(neighboursOf(graph, 1)).toEqual([0]);
    expect(neighboursOf(graph, 2)).toEqual([3]);
    expect(neighboursOf(graph, 3)).toEqual([2]);
  });

  it('is symmetric, has no self-loops and gives every user a friend', () => {
    const n = 30;
    const dim = 4;
    const prefs = new Float32Array(n * dim);
    for (let k = 0; k < prefs.length; k++) prefs[k] = Math.sin(1 + k * 12.9898) * 0.5 + 0.5;
    const graph = preferenceCovarianceGraph(prefs, n, dim);
    for (let u = 0; u < n; u++) {
      const friends = neighboursOf(graph, u);
      expect(friends.length).toBeGreaterThan(0);
      expect(friends).not.toContain(u);
      for (const v of friends) expect(neighboursOf(graph, v)).toContain(u);
    }
  });

  it('names a preference array of the wrong length', () => {
    expect(() => preferenceCovarianceGraph(new Float32Array(5), 2, 3)).toThrow(/preferences/);
  });
});
