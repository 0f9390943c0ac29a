import { describe, expect, it } from 'vitest';
import { fitLinearProbe } from './linear-probe';

describe('fitLinearProbe', () => {
  it('separates labels that depend on one feature and ignores a constant one', () => {
    // Feature 0 decides the label, feature 1 is constant (a dead unit).
    const rows = 200;
    const features = new Float32Array(rows * 2);
    const labels = new Uint8Array(rows);
    for (let r = 0; r < rows; r++) {
      features[r * 2] = (r % 20) - 9.5;
      features[r * 2 + 1] = 3;
      labels[r] = features[r * 2]! > 0 ? 1 : 0;
    }
    const probe = fitLinearProbe(features, labels, rows, 2);
    const p = probe.predict(new Float32Array([5, 3, -5, 3]), 2);
    expect(p[0]).toBeGreaterThan(0.95);
    expect(p[1]).toBeLessThan(0.05);
    expect(probe.weights[1]).toBe(0);
  });

  it('recovers the base rate when the features carry no information', () => {
    const rows = 100;
    const features = new Float32Array(rows).fill(1);
    const labels = Array.from({ length: rows }, (_, r) => (r < 25 ? 1 : 0));
    const probe = fitLinearProbe(features, labels, rows, 1);
    expect(probe.predict(new Float32Array([1]), 1)[0]).toBeCloseTo(0.25, 6);
  });
});
