import type { CSSProperties, ReactNode } from 'react';

/**
 * A box that scrolls (a wide table, the spec): a labelled region that takes focus, so it can be
 * scrolled from the keyboard too (axe: scrollable-region-focusable).
 */
export function ScrollBox({
  label,
  style,
  children,
}: {
  label: string;
  style?: CSSProperties;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled from the keyboard (WCAG 2.1.1).
    <section className="table-wrap" aria-label={label} tabIndex={0} style={style}>
      {children}
    </section>
  );
}
