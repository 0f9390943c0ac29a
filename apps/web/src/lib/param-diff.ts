export type ParamValue = string | number | boolean | null;

/**
 * Flattens a nested document into dotted paths with scalar values; arrays of scalars stay one
 * value (shown as a list), arrays of objects are indexed by position (`arms.0.loss`).
 */
export function flattenParams(value: unknown, prefix = ''): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  visit(value, prefix, out);
  return out;
}

function visit(value: unknown, path: string, out: Record<string, ParamValue>): void {
  if (value === null || value === undefined) {
    if (path) out[path] = null;
    return;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) {
      out[path] = `[${value.map((v) => String(v)).join(', ')}]`;
      return;
    }
    value.forEach((item, i) => {
      visit(item, join(path, arrayKey(item, i)), out);
    });
    return;
  }
  if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      visit(child, join(path, key), out);
    }
    return;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    out[path] = value;
  }
}

// Arms are better matched by name than by position, so reordering arms is not a "difference".
function arrayKey(item: unknown, index: number): string {
  if (item && typeof item === 'object' && 'name' in item) {
    const name = (item as { name: unknown }).name;
    if (typeof name === 'string' && name) return name;
  }
  return String(index);
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

export interface ParamDiffRow {
  path: string;
  values: (ParamValue | undefined)[];
}

/** Rows for the paths whose values are not the same in every column, sorted by path. */
export function diffParams(columns: readonly Record<string, ParamValue>[]): ParamDiffRow[] {
  const paths = new Set<string>();
  for (const column of columns) for (const path of Object.keys(column)) paths.add(path);
  const rows: ParamDiffRow[] = [];
  for (const path of [...paths].sort()) {
    const values = columns.map((column) => (path in column ? column[path] : undefined));
    const first = values[0];
    if (values.some((v) => v !== first)) rows.push({ path, values });
  }
  return rows;
}
