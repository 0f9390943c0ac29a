import { describe, expect, it } from 'vitest';
import { countRuns } from '../runs/expand-runs';
import { assertWithinLimits } from '../spec/limits';
import { parseSpec } from '../spec/parse-spec';
import { specHash } from '../spec/spec-hash';
import { getPreset, presetNames, presets } from './index';

describe('presets', () => {
  it('has one preset per DESIGN claim, each a valid spec that states its claim', () => {
    expect(presetNames).toHaveLength(13);
    for (const name of presetNames) {
      const preset = presets[name];
      expect(preset.name).toBe(name);
      expect(preset.preset).toBe(name);
      // Claims as data (each with a source), or, until every preset has them, in prose.
      if (preset.claims !== undefined) {
        expect(preset.claims.length, name).toBeGreaterThan(0);
        for (const claim of preset.claims) expect(claim.source.length, claim.id).toBeGreaterThan(5);
      } else {
        expect(preset.claim?.length, name).toBeGreaterThan(20);
        expect(preset.expected?.length, name).toBeGreaterThan(20);
      }
      expect(preset.description?.length, name).toBeGreaterThan(20);
      expect(parseSpec(preset)).toEqual(preset);
      expect(() => assertWithinLimits(preset)).not.toThrow();
      expect(preset.seeds.count, name).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(presetNames.map((name) => specHash(presets[name]))).size).toBe(
      presetNames.length,
    );
  });

  it('sweeps misaligned-by-design over cost ratios and training-set sizes', () => {
    const spec = presets['misaligned-by-design'];
    expect(spec.sweep?.axes).toEqual([
      { path: 'task.costs.falseNegative', values: [2, 5, 10, 20] },
      { path: 'task.numTrain', values: [500, 2000, 10000] },
    ]);
    // 4 arms x 4 cost ratios x 3 sizes x 10 seeds
    expect(countRuns(spec)).toBe(480);
  });

  it('hands out copies, and names the known presets for an unknown one', () => {
    const copy = getPreset('click-trap');
    const { rounds } = presets['click-trap'];
    copy.rounds = rounds + 1;
    expect(presets['click-trap'].rounds).toBe(rounds);
    expect(() => getPreset('click-trip')).toThrow(
      /unknown preset "click-trip"; known presets: click-trap, creator-drift/,
    );
  });
});
