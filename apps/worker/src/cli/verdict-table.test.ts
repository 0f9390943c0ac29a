import type { ClaimVerdict } from '@goodhart/experiment';
import { describe, expect, it } from 'vitest';
import { learnabilityText } from './verdict-cells';
import { renderVerdictTable } from './verdict-table';

const verdict: ClaimVerdict = {
  claim: {
    id: 'welfare-falls',
    statement: 'Clicks lower welfare.',
    source: 'seed: click-traps',
    metric: 'meanWelfare',
    compare: { kind: 'arms', arm: 'click', reference: 'satisfaction' },
    expected: 'negative',
  },
  params: {},
  verdict: 'reproduced',
  reason: 'interval excludes 0 on the expected side',
  effect: { mean: -0.125, lower: -0.2, upper: -0.05, n: 10, agreeing: 9 },
};

describe('renderVerdictTable', () => {
  it('prints one line per claim: verdict, comparison, paired effect, seeds agreeing, learnability', () => {
    const trend: ClaimVerdict = {
      ...verdict,
      claim: {
        ...verdict.claim,
        id: 'steeper',
        compare: { kind: 'trend', arm: 'click', axis: 'world.click.clickbait' },
        expected: 'positive',
      },
      params: { 'world.numUsers': 40 },
      verdict: 'inconclusive',
      effect: { mean: 0.5, lower: 0.5, upper: 0.5, n: 1, agreeing: 1 },
    };
    expect(renderVerdictTable([verdict, trend]).split('\n')).toEqual([
      'claim          at                 verdict       compared                                                   paired effect [95%]          seeds  learnability',
      '-------------  -----------------  ------------  --------------------------------------------------------  --------------------  -------------  ------------',
      'welfare-falls                     reproduced    meanWelfare: click − satisfaction                         -0.125 [-0.2, -0.05]  9/10 negative  -',
      'steeper        world.numUsers=40  inconclusive  slope of meanWelfare of click over world.click.clickbait                   0.5   1/1 positive  -',
    ]);
  });

  it("gives each learner's gate figure against the bar", () => {
    const gated: ClaimVerdict = {
      ...verdict,
      learnability: {
        metric: 'relevanceAucPerUser',
        min: 0.6,
        passed: false,
        arms: [
          { arm: 'click', mean: 0.5234, lower: 0.5, upper: 0.55, n: 10 },
          { arm: 'satisfaction', mean: 0.6, lower: 0.58, upper: 0.62, n: 10 },
        ],
      },
    };
    expect(learnabilityText(gated)).toBe(
      'relevanceAucPerUser: click 0.5234 < 0.6, satisfaction 0.6 ≥ 0.6',
    );
    const withReported: ClaimVerdict = {
      ...gated,
      learnability: {
        ...gated.learnability!,
        reported: [{ arm: 'watch-time', mean: 0.57, lower: 0.55, upper: 0.59, n: 10 }],
      },
    };
    expect(learnabilityText(withReported)).toBe(
      'relevanceAucPerUser: click 0.5234 < 0.6, satisfaction 0.6 ≥ 0.6, watch-time 0.57 (not gated)',
    );
  });
});
