import type { Store } from '@goodhart/store';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createContext } from './context';

const store = {} as Store;

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('createContext', () => {
  it('reads the bearer token from fetch Headers or a plain Node header object', () => {
    const fromFetch = createContext({
      store,
      headers: new Headers({ Authorization: 'Bearer abc' }),
      token: 't',
    });
    expect(fromFetch.presentedToken).toBe('abc');
    const fromNode = createContext({ store, headers: { authorization: 'bearer xyz' }, token: 't' });
    expect(fromNode.presentedToken).toBe('xyz');
    expect(
      createContext({ store, headers: { authorization: 'Basic abc' } }).presentedToken,
    ).toBeUndefined();
  });

  it('takes the required token from GOODHART_TOKEN unless given one; empty means none', () => {
    vi.stubEnv('GOODHART_TOKEN', 'from-env');
    expect(createContext({ store }).requiredToken).toBe('from-env');
    expect(createContext({ store, token: 'given' }).requiredToken).toBe('given');
    expect(createContext({ store, token: '' }).requiredToken).toBeUndefined();
    vi.stubEnv('GOODHART_TOKEN', '');
    expect(createContext({ store }).requiredToken).toBeUndefined();
  });
});
