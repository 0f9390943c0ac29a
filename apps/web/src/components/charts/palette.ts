// Tableau 10: distinguishable for the common kinds of colour blindness, and familiar from trackers.
const colors = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
] as const;

export function seriesColor(index: number): string {
  // In range for any integer index, negative ones too.
  return colors[((index % colors.length) + colors.length) % colors.length]!;
}
