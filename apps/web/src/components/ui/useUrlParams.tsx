'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useRef, useState } from 'react';

/** Changes to a page's query: a value sets the parameter, null removes it. */
export type ParamChanges = Record<string, string | null>;

/**
 * The page's query parameters, and a setter that rewrites them in place: a view's state (its
 * filters, sort, metrics, chart options) lives in the URL, so a link reproduces the view.
 * history.replaceState rather than router.replace: a toggle costs no server round trip and
 * adds no history entry.
 *
 * The query is also held here. Next's router follows a replaceState only later, in a
 * transition: two quick changes (a colour, then a metric) let it report the first URL after
 * the second was written, which undid the second in the browser test. So a query from the
 * router that this hook wrote itself is ignored; any other (a navigation) replaces what is held.
 */
export function useUrlParams(): [URLSearchParams, (changes: ParamChanges) => void] {
  const fromRouter = useSearchParams().toString();
  const written = useRef(new Set<string>());
  const [held, setHeld] = useState({ router: fromRouter, query: fromRouter });
  if (held.router !== fromRouter) {
    const ours = written.current.has(fromRouter);
    setHeld({ router: fromRouter, query: ours ? held.query : fromRouter });
  }
  const update = useCallback((changes: ParamChanges) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    const query = next.toString();
    written.current.add(query);
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
    );
    setHeld((h) => ({ ...h, query }));
  }, []);
  return [new URLSearchParams(held.query), update];
}
