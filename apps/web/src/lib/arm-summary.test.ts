import { presets } from '@goodhart/experiment/presets';
import { describe, expect, it } from 'vitest';
import { armSummary } from './arm-summary';

const model = { kind: 'two-tower' };
const decision = { kind: 'top-k' };

describe('armSummary', () => {
  it('names the model and decision rule', () => {
    expect(armSummary({ name: 'a', model, decision })).toBe('two-tower, top-k');
  });

  it('shows the teacher, selection, tuning and reward options that tell arms apart', () => {
    expect(armSummary({ name: 'a', model, teacher: { refine: 'all' } } as never)).toBe(
      'two-tower, teacher labels (all)',
    );
    expect(
      armSummary({ name: 'a', model, teacher: { refine: 'fittable', quantile: 0.25 } } as never),
    ).toBe('two-tower, teacher labels it can fit (quantile 0.25)');
    expect(armSummary({ name: 'a', model, selection: { kind: 'el2n', prune: 0.3 } } as never)).toBe(
      'two-tower, prunes the easiest 30% (EL2N)',
    );
    expect(
      armSummary({ name: 'a', model, selection: { kind: 'random', prune: 0.5 } } as never),
    ).toBe('two-tower, prunes 50% at random');
    expect(
      armSummary({
        name: 'a',
        model,
        selection: { kind: 'utility-weight', sharpness: 2 },
      } as never),
    ).toBe('two-tower, utility-weighted (sharpness 2)');
    expect(armSummary({ name: 'a', model, tuning: { kind: 'fine-tune' } } as never)).toBe(
      'two-tower, fine-tuned on satisfaction',
    );
    expect(
      armSummary({
        name: 'a',
        model,
        tuning: { kind: 'proxy', small: { kind: 'two-tower' } },
      } as never),
    ).toBe('two-tower, proxy-tuned by a small two-tower');
    expect(
      armSummary({ name: 'a', model, reward: { value: 50, normalise: 'slate' } } as never),
    ).toBe('two-tower, reward click + 50·purchase, group-relative per slate');
    expect(
      armSummary({ name: 'a', model, reward: { value: 0, normalise: 'slate' } } as never),
    ).toBe('two-tower, reward click, group-relative per slate');
    expect(
      armSummary({ name: 'a', model, reward: { value: 50, normalise: 'none' } } as never),
    ).toBe('two-tower, reward click + 50·purchase, unnormalised');
  });

  it('tells apart every arm of the presets that differ only in these options', () => {
    for (const name of [
      'learner-frontier',
      'difficulty-pruning',
      'serving-time-tuning',
      'lucky-successes',
    ] as const) {
      const summaries = presets[name].arms.map((arm) => armSummary(arm));
      expect(new Set(summaries).size, `${name}: ${summaries.join(' | ')}`).toBe(summaries.length);
    }
  });
});
