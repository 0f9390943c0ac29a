'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useState } from 'react';

/** Changes to a page's query: a value sets the parameter, null removes it. */
export type ParamChanges = Record<string, string | null>;

/**
 * The page's query parameters, and a setter that rewrites them in place: a view's state (its
 * filters, sort, metrics, chart options) lives in the URL, so a link reproduces the view.
 * history.replaceState rather than router.replace: a toggle costs no server round trip and
 * adds no history entry. The parameters are also held here, since Next 16 did not pass a
 * replaceState on to useSearchParams in the browser test; a navigation (a new query from the
 * router) replaces what is held.
 */
export function useUrlParams(): [URLSearchParams, (changes: ParamChanges) => void] {
  const fromRouter = useSearchParams().toString();
  const [held, setHeld] = useState({ router: fromRouter, query: fromRouter });
  if (held.router !== fromRouter) setHeld({ router: fromRouter, query: fromRouter });
  const update = useCallback((changes: ParamChanges) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    const query = next.toString();
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
    );
    setHeld((h) => ({ ...h, query }));
  }, []);
  return [new URLSearchParams(held.query), update];
}
