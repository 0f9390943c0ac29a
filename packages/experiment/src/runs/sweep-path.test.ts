import { describe, expect, it } from 'vitest';
import { withValueAt } from './sweep-path';

const document = {
  world: { clickbait: 1 },
  arms: [
    { name: 'a', decision: { weights: { click: 1 } } },
    { name: 'b', decision: { weights: { click: 0 } } },
  ],
};

describe('withValueAt', () => {
  it('writes a nested field without touching the original', () => {
    const next = withValueAt(document, 'world.clickbait', 2);
    expect(next.world.clickbait).toBe(2);
    expect(document.world.clickbait).toBe(1);
  });

  it('writes every arm for *, one arm by index or by name', () => {
    const all = withValueAt(document, 'arms.*.decision.weights.click', 0.5);
    expect(all.arms.map((arm) => arm.decision.weights.click)).toEqual([0.5, 0.5]);
    const second = withValueAt(document, 'arms.1.decision.weights.click', 7);
    expect(second.arms.map((arm) => arm.decision.weights.click)).toEqual([1, 7]);
    const byName = withValueAt(document, 'arms.a.decision.weights.click', 3);
    expect(byName.arms.map((arm) => arm.decision.weights.click)).toEqual([3, 0]);
  });

  it('creates parts left to defaults, and refuses paths through non-objects or missing arms', () => {
    expect(withValueAt(document, 'world.click.clickbait', 3).world).toEqual({
      clickbait: 1,
      click: { clickbait: 3 },
    });
    expect(() => withValueAt(document, 'arms.c.decision', 1)).toThrow(/no element named "c"/);
    expect(() => withValueAt(document, 'arms.5.decision', 1)).toThrow(/out of range/);
    expect(() => withValueAt(document, 'world.clickbait.x', 1)).toThrow(/not inside/);
  });
});
