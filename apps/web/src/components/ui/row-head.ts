import type { CSSProperties } from 'react';

/** A table row's heading cell (`<th scope="row">`): body text, not the column headers' look. */
export const rowHead: CSSProperties = {
  fontWeight: 500,
  color: 'var(--text)',
  background: 'none',
  position: 'static',
};
