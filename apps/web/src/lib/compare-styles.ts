export interface StyledSeries {
  label: string;
  group: { experimentId: string; arm: string };
}

export interface StyleSlot {
  /** Same arm name, same colour, whichever experiment it ran in. */
  colorIndex: number;
  /** Same experiment, same dash pattern. */
  dashIndex: number;
}

/**
 * Slots for overlaid series from several experiments: colour by arm, dash by experiment, so
 * "the same arm in the other set-up" is the same colour drawn differently.
 */
export function compareStyleSlots(
  series: readonly StyledSeries[],
  experimentOrder: readonly string[],
): Map<string, StyleSlot> {
  const arms: string[] = [];
  const experiments = [...experimentOrder];
  const slots = new Map<string, StyleSlot>();
  for (const s of series) {
    if (!arms.includes(s.group.arm)) arms.push(s.group.arm);
    if (!experiments.includes(s.group.experimentId)) experiments.push(s.group.experimentId);
    slots.set(s.label, {
      colorIndex: arms.indexOf(s.group.arm),
      dashIndex: experiments.indexOf(s.group.experimentId),
    });
  }
  return slots;
}
