export interface ScatterPoint {
  x: number;
  y: number;
}

/**
 * Indices of the points on the Pareto front when both coordinates are better higher:
 * a point is on the front when no other point is at least as good on both and better on one.
 * Returned in order of increasing x, so they can be joined into a staircase line.
 */
export function paretoFront(points: readonly ScatterPoint[]): number[] {
  const order = points
    .map((_, i) => i)
    .filter((i) => Number.isFinite(points[i].x) && Number.isFinite(points[i].y))
    .sort((a, b) => points[b].x - points[a].x || points[b].y - points[a].y);
  const front: number[] = [];
  let bestY = Number.NEGATIVE_INFINITY;
  let lastX = Number.NaN;
  for (const i of order) {
    const { x, y } = points[i];
    // A tie in x with an equal y is still non-dominated; a lower y at the same x is dominated.
    if (y > bestY || (y === bestY && x === lastX)) {
      front.push(i);
      bestY = y;
      lastX = x;
    }
  }
  return front.reverse();
}
