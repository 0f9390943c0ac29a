import { describe, expect, it } from 'vitest';
import { testDatabaseUrl, uniqueSchema } from './test-database';

describe('testDatabaseUrl', () => {
  it('is the configured URL, nothing when unset locally, and an error when unset under CI', () => {
    expect(testDatabaseUrl({ GOODHART_TEST_DATABASE_URL: 'postgres://x@y/z' })).toBe(
      'postgres://x@y/z',
    );
    expect(testDatabaseUrl({})).toBeUndefined();
    expect(() => testDatabaseUrl({ CI: 'true' })).toThrow(
      'GOODHART_TEST_DATABASE_URL is not set but CI is',
    );
  });
});

describe('uniqueSchema', () => {
  it('makes schema names that differ and that the store accepts', () => {
    const a = uniqueSchema();
    expect(a).toMatch(/^gh_test_\d+_[0-9a-f]{8}$/);
    expect(uniqueSchema()).not.toBe(a);
  });
});
