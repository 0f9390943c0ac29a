export type SweepValue = number | string | boolean;

/** "0.1, 0.5, 1" -> [0.1, 0.5, 1]; "true, false" -> booleans; anything else stays a string. */
export function parseSweepValues(text: string): SweepValue[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      if (part === 'true') return true;
      if (part === 'false') return false;
      const n = Number(part);
      return Number.isFinite(n) ? n : part;
    });
}

export function formatSweepValues(values: readonly SweepValue[]): string {
  return values.map(String).join(', ');
}
