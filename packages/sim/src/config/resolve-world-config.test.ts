import { describe, expect, it } from 'vitest';
import { resolveWorldConfig } from './resolve-world-config';
import { defaultWorldConfig } from './world-config';
import { WorldConfigError } from './world-config-error';

function issuesOf(input: unknown): { path: string; message: string }[] {
  try {
    resolveWorldConfig(input as never);
  } catch (error) {
    expect(error).toBeInstanceOf(WorldConfigError);
    return (error as WorldConfigError).issues;
  }
  throw new Error('expected resolveWorldConfig to throw');
}

describe('resolveWorldConfig', () => {
  it('returns the defaults for an empty input, as a fresh object', () => {
    const config = resolveWorldConfig({});
    expect(config).toEqual(defaultWorldConfig);
    expect(config).not.toBe(defaultWorldConfig);
    expect(config.click).not.toBe(defaultWorldConfig.click);
    expect(resolveWorldConfig()).toEqual(defaultWorldConfig);
  });

  it('deep-merges: a nested override keeps its siblings', () => {
    const config = resolveWorldConfig({ numUsers: 20, click: { clickbait: 3 } });
    expect(config.numUsers).toBe(20);
    expect(config.click.clickbait).toBe(3);
    expect(config.click.relevance).toBe(defaultWorldConfig.click.relevance);
    expect(config.utility).toEqual(defaultWorldConfig.utility);
  });

  it('does not let callers change the defaults', () => {
    const config = resolveWorldConfig({});
    config.click.clickbait = 99;
    expect(defaultWorldConfig.click.clickbait).toBe(2);
    expect(Object.isFrozen(defaultWorldConfig.click)).toBe(true);
  });

  it('accepts a full config unchanged', () => {
    const full = resolveWorldConfig({ topicDim: 3 });
    expect(resolveWorldConfig(full)).toEqual(full);
  });

  it('names an out-of-range field and says why', () => {
    const issues = issuesOf({ numUsers: 0 });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('numUsers');
    expect(issues[0]?.message).toMatch(/>=\s*1/);
  });

  it('names nested fields by their dotted path', () => {
    expect(issuesOf({ satisfaction: { rate: 1.5 } })[0]?.path).toBe('satisfaction.rate');
    expect(issuesOf({ creatorAdaptation: { rule: 'greedy' } })[0]?.path).toBe(
      'creatorAdaptation.rule',
    );
    expect(issuesOf({ click: { relevance: 'high' } })[0]?.path).toBe('click.relevance');
  });

  it('rejects misspelt fields instead of ignoring them', () => {
    expect(issuesOf({ click: { relevence: 2 } })).toEqual([
      { path: 'click.relevence', message: 'unknown field' },
    ]);
    expect(issuesOf({ numUser: 5 })).toEqual([{ path: 'numUser', message: 'unknown field' }]);
  });

  it('checks fields against each other', () => {
    const [issue] = issuesOf({ numItems: 4, numCreators: 2, slateSize: 5 });
    expect(issue?.path).toBe('slateSize');
    expect(issue?.message).toBe('must be at most numItems (4), got 5');
    expect(issuesOf({ numItems: 10, numCreators: 11, slateSize: 2 })[0]?.path).toBe('numCreators');
    expect(issuesOf({ creators: { skillMin: 0.9, skillMax: 0.5 } })[0]?.path).toBe(
      'creators.skillMin',
    );
  });

  it('lists every wrong field in the error message', () => {
    expect(() => resolveWorldConfig({ numUsers: -1, topicDim: 1.5 })).toThrow(
      /invalid world config:\n {2}numUsers: .*\n {2}topicDim: /,
    );
  });

  it('rejects a non-object', () => {
    expect(issuesOf(42)).toEqual([{ path: '', message: 'must be an object' }]);
  });
});
