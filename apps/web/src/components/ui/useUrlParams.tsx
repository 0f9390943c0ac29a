'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useState } from 'react';

/** Changes to a page's query: a value sets the parameter, null removes it. */
export type ParamChanges = Record<string, string | null>;

/**
 * The page's query parameters, and a setter that rewrites them in place: a view's state (its
 * filters, sort, metrics, chart options) lives in the URL, so a link reproduces the view.
 *
 * The query is held here and written with history.replaceState under Next's own history
 * state, which Next's router leaves alone: no server round trip, no history entry, and no
 * router update. Letting the router follow the URL (replaceState without its state) made it
 * re-render the page later, in a transition, from an older URL when two changes came quickly
 * (a colour, then a metric), which undid the second in the browser test. A navigation (a new
 * query from the router) replaces what is held.
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
      window.history.state,
      '',
      `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
    );
    setHeld((h) => ({ ...h, query }));
  }, []);
  return [new URLSearchParams(held.query), update];
}
