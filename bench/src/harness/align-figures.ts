import type { CellAlignment } from '@goodhart/experiment';

/** A figure with an optional unit ("12.3 ms", "4.1×", "85%") or a dash for a missing one. */
const figure = /^[-+]?[\d.,]+( ?[a-zA-Z%/×]+)?$|^–$/;

/**
 * The benchmark's columns mix figures and words ("yes"/"NO", case names), so each body cell is
 * aligned by its content: figures right, words left; the first column (the case) always left.
 */
export const alignFigures: CellAlignment = (cell, column) =>
  column > 0 && figure.test(cell) ? 'right' : 'left';
