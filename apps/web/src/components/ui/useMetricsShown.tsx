'use client';

import { type ReactNode, useState } from 'react';

/**
 * A table's metric columns: the spec's highlighted ones (the first `highlighted` of `all`) until
 * the reader ticks "show all"; with no highlights, all of them and no toggle.
 */
export function useMetricsShown(
  all: readonly string[],
  highlighted: number,
): { metrics: readonly string[]; toggle: ReactNode } {
  const [showAll, setShowAll] = useState(highlighted === 0);
  return {
    metrics: showAll ? all : all.slice(0, highlighted),
    toggle:
      highlighted > 0 && highlighted < all.length ? (
        <label className="summary-toggle">
          <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
          Show all {all.length} metrics (the spec highlights {highlighted})
        </label>
      ) : null,
  };
}
