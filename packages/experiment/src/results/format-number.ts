/**
 * A number for tables and verdict reasons: 4 significant digits, no exponent for ordinary
 * magnitudes, `n/a` for NaN. One formatter for the command line, the replication table and the
 * reasons the judge writes, so a figure reads the same everywhere.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'n/a' : String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e6)) return value.toExponential(2);
  return Number(value.toPrecision(4)).toString();
}
