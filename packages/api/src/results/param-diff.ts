export type ParamValue = string | number | boolean | null;

export interface ParamDiffRow {
  path: string;
  /** One per column; null where the column has no such field (see `absent`). */
  values: ParamValue[];
  /**
   * The columns without this field. Said apart from the values because JSON, and so the wire,
   * turns an undefined array entry into null: a missing field showed as a "null" value.
   */
  absent: number[];
}

/** Fields that describe an experiment rather than set it up; not compared. */
const descriptive = new Set(['name', 'description', 'claim', 'expected', 'highlight', 'preset']);

/**
 * What a column of a comparison is set up with, as dotted paths to scalar values. A whole
 * experiment's arms are keyed by name (`arms.click-bce.model.kind`), so reordering arms is not
 * a difference; a single arm's settings sit under `arm.` so two arms of different names line up.
 */
export function columnParams(spec: unknown, arm?: string): Record<string, ParamValue> {
  const source = isRecord(spec) ? spec : {};
  const document: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (!descriptive.has(key) && key !== 'arms') document[key] = value;
  }
  const arms = Array.isArray(source.arms) ? source.arms.filter(isRecord) : [];
  if (arm === undefined) {
    document.arms = Object.fromEntries(arms.map((a, i) => [String(a.name ?? i), withoutName(a)]));
  } else {
    document.arm = withoutName(arms.find((a) => a.name === arm) ?? {});
  }
  const out: Record<string, ParamValue> = {};
  flatten(document, '', out);
  return out;
}

/** Only the paths whose values are not the same in every column, sorted by path. */
export function diffParams(columns: readonly Record<string, ParamValue>[]): ParamDiffRow[] {
  const paths = new Set<string>();
  for (const column of columns) for (const path of Object.keys(column)) paths.add(path);
  const rows: ParamDiffRow[] = [];
  for (const path of [...paths].sort()) {
    const values = columns.map((column) => (path in column ? column[path] : undefined));
    if (values.some((value) => value !== values[0])) {
      const absent = columns.flatMap((column, i) => (path in column ? [] : [i]));
      rows.push({ path, values: values.map((value) => value ?? null), absent });
    }
  }
  return rows;
}

function flatten(value: unknown, path: string, out: Record<string, ParamValue>): void {
  if (Array.isArray(value)) {
    if (value.every((item) => !isRecord(item) && !Array.isArray(item))) {
      out[path] = JSON.stringify(value);
      return;
    }
    value.forEach((item, index) => {
      flatten(item, join(path, String(index)), out);
    });
  } else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, join(path, key), out);
  } else if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
    out[path] = value as ParamValue;
  }
}

const join = (prefix: string, key: string) => (prefix === '' ? key : `${prefix}.${key}`);

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function withoutName(arm: Record<string, unknown>): Record<string, unknown> {
  const { name: _, ...rest } = arm;
  return rest;
}
