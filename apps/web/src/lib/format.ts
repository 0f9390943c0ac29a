/**
 * Numbers for the web's dense tables and chart axes: 3 significant digits, no exponent for
 * everyday magnitudes. It differs from @goodhart/experiment's `formatNumber` (4 digits, `n/a`)
 * on purpose: the command line and the judge's verdict reasons print a figure once, with room,
 * while a web table cell is narrow, has missing values (null, shown as a dash) and infinities
 * (∞), and whole counts stay whole. Screen figures are for reading; the JSON download carries the
 * full numbers.
 */
export function formatNumber(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-4) return value.toExponential(digits - 1);
  if (Number.isInteger(value) && magnitude < 1e6) return String(value);
  return Number(value.toPrecision(digits)).toString();
}

export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '–';
  return `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%`;
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
];

/** "3 minutes ago" relative to `now`; absolute dates beyond a week. */
export function formatRelativeTime(date: Date | string | number, now: number = Date.now()): string {
  const time = new Date(date).getTime();
  if (Number.isNaN(time)) return '–';
  const delta = time - now;
  if (Math.abs(delta) > 7 * 86_400_000) return new Date(time).toISOString().slice(0, 10);
  const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, ms] of units) {
    if (Math.abs(delta) >= ms || unit === 'second') return rtf.format(Math.round(delta / ms), unit);
  }
  return rtf.format(0, 'second');
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${s % 60}s`;
  return `${Math.floor(m / 60)}h ${m % 60}m`;
}
