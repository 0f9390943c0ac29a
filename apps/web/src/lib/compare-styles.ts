type ParamValue = number | string | boolean;

export interface StyledSeries {
  label: string;
  group: { experimentId: string; arm: string; params?: Readonly<Record<string, ParamValue>> };
}

/** What gives a series its colour: its arm, its experiment, or its value of a swept parameter. */
export type ColourBy = 'arm' | 'experiment' | `param:${string}`;

export interface StyleSlot {
  /** Same colour key, same colour (e.g. the same arm in every experiment). */
  colorIndex: number;
  /** Same value of the other dimension, same dash pattern. */
  dashIndex: number;
  /** What the colour stands for, for the legend: the arm, the experiment, `path=value`. */
  colourKey: string;
  /** The small multiple the series belongs in: the dash dimension's value. */
  facet: string;
}

/** Parameter paths that take more than one value among the series: the swept ones. */
export function sweptParams(series: readonly StyledSeries[]): string[] {
  const values = new Map<string, Set<string>>();
  for (const s of series) {
    for (const [path, value] of Object.entries(s.group.params ?? {})) {
      const seen = values.get(path) ?? new Set<string>();
      seen.add(String(value));
      values.set(path, seen);
    }
  }
  return [...values.entries()].filter(([, seen]) => seen.size > 1).map(([path]) => path);
}

/**
 * Slots for overlaid series: colour by the chosen key; dash (and small multiple) by the
 * experiment when colouring by arm, else by the arm. So "the same arm in the other set-up" is
 * the same colour drawn differently, and "each learning rate of one arm" reads as a ramp of
 * colours when colouring by the swept parameter.
 */
export function compareStyleSlots(
  series: readonly StyledSeries[],
  experimentOrder: readonly string[],
  colourBy: ColourBy = 'arm',
  experimentName: (id: string) => string = (id) => id,
): Map<string, StyleSlot> {
  const colourKeys: string[] = [];
  const dashKeys: string[] = colourBy === 'arm' ? [...experimentOrder] : [];
  const slots = new Map<string, StyleSlot>();
  for (const s of series) {
    const colourKey = colourOf(s, colourBy, experimentName);
    const dashKey = colourBy === 'arm' ? s.group.experimentId : s.group.arm;
    if (!colourKeys.includes(colourKey)) colourKeys.push(colourKey);
    if (!dashKeys.includes(dashKey)) dashKeys.push(dashKey);
    slots.set(s.label, {
      colorIndex: colourKeys.indexOf(colourKey),
      dashIndex: dashKeys.indexOf(dashKey),
      colourKey,
      facet: colourBy === 'arm' ? experimentName(dashKey) : dashKey,
    });
  }
  return slots;
}

function colourOf(
  s: StyledSeries,
  colourBy: ColourBy,
  experimentName: (id: string) => string,
): string {
  if (colourBy === 'arm') return s.group.arm;
  if (colourBy === 'experiment') return experimentName(s.group.experimentId);
  const path = colourBy.slice('param:'.length);
  const value = s.group.params?.[path];
  return value === undefined ? `${path} unset` : `${path}=${value}`;
}
