import { describe, expect, it } from 'vitest';
import { armIssues, issuesAt, unclaimedIssues } from './issues';

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

describe('armIssues', () => {
  it('names the arm and the field of each issue inside arms', () => {
    expect(
      armIssues(
        [
          ...issues,
          { path: 'arms.2.decision', message: 'Invalid input' },
          { path: 'arms', message: 'at least 2 arms' },
        ],
        ['popular', 'random'],
      ).map((i) => i.message),
    ).toEqual([
      'arm "popular" (model.kind): unknown model',
      'arm 3 (decision): Invalid input',
      'at least 2 arms',
    ]);
  });
});
