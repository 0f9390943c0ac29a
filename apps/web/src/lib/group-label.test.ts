import { describe, expect, it } from 'vitest';
import { groupLabel } from './group-label';

describe('groupLabel', () => {
  it('names the arm and the last segment of each swept path', () => {
    expect(groupLabel('bce', {})).toBe('bce');
    expect(groupLabel('bce', { 'task.costs.falseNegative': 5 })).toBe('bce · falseNegative=5');
  });
});
