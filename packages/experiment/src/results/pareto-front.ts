export interface ParetoPoint {
  welfare: number;
  engagement: number;
}

/**
 * The points no other point beats on both welfare and engagement (higher is better on both),
 * ordered by engagement rising (so welfare falls along the front). Ties on both are kept once
 * each; points with a non-finite coordinate are left out.
 */
export function paretoFront<T extends ParetoPoint>(points: readonly T[]): T[] {
  const finite = points.filter((p) => Number.isFinite(p.welfare) && Number.isFinite(p.engagement));
  // Highest engagement first; among equal engagement, highest welfare first.
  const ordered = [...finite].sort((a, b) => b.engagement - a.engagement || b.welfare - a.welfare);
  const front: T[] = [];
  let bestWelfare = Number.NEGATIVE_INFINITY;
  for (const point of ordered) {
    const previous = front[front.length - 1];
    const tiesPrevious =
      previous !== undefined &&
      previous.engagement === point.engagement &&
      previous.welfare === point.welfare;
    if (point.welfare > bestWelfare || tiesPrevious) {
      front.push(point);
      bestWelfare = Math.max(bestWelfare, point.welfare);
    }
  }
  return front.reverse();
}
