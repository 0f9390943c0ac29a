import { describe, expect, it } from 'vitest';
import { issuesAt, unclaimedIssues } from './issues';

const issues = [
  { path: 'seeds.count', message: 'too big' },
  { path: 'seedsExtra', message: 'unknown field' },
  { path: 'arms.0.model.kind', message: 'unknown model' },
];

describe('issuesAt', () => {
  it('matches the path and what lies inside it, not a sibling sharing a prefix', () => {
    expect(issuesAt(issues, 'seeds').map((i) => i.message)).toEqual(['too big']);
    expect(issuesAt(issues, 'seeds.count')).toHaveLength(1);
  });
});

describe('unclaimedIssues', () => {
  it('returns the issues no field claims', () => {
    expect(unclaimedIssues(issues, ['seeds.count', 'arms']).map((i) => i.path)).toEqual([
      'seedsExtra',
    ]);
  });
});
