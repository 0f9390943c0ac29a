import type { InteractionLog } from '@goodhart/sim';

/** The logged impressions a model is refit on, flattened into typed arrays. */
export interface WindowData {
  user: Int32Array;
  item: Int32Array;
  position: Int32Array;
  clicked: Uint8Array;
  watchTime: Float32Array;
  satisfaction: Float32Array;
  length: number;
}

/**
 * The logs of the last `rounds` rounds. Item ids are catalogue slots that the world refills
 * with fresh items; an impression whose slot has been refilled since describes an item that
 * no longer exists, so it is dropped rather than credited to its successor.
 */
export class TrainingWindow {
  private readonly logs: InteractionLog[] = [];
  /** Round in which each slot's current item entered the catalogue. */
  private readonly itemBirthRound: Int32Array;

  constructor(
    private readonly rounds: number,
    numItems: number,
  ) {
    this.itemBirthRound = new Int32Array(numItems);
  }

  /** Notes the slots refilled before `round` (Observation.replacedItems). */
  itemsReplaced(replacedItems: Int32Array, round: number): void {
    for (let k = 0; k < replacedItems.length; k++) this.itemBirthRound[replacedItems[k]] = round;
  }

  add(log: InteractionLog): void {
    this.logs.push(log);
    if (this.logs.length > this.rounds) this.logs.shift();
  }

  /** Forgets every log (for models that accumulate what they are given). */
  clear(): void {
    this.logs.length = 0;
  }

  data(): WindowData {
    let length = 0;
    for (const log of this.logs) {
      for (let r = 0; r < log.length; r++) if (this.current(log, r)) length++;
    }
    const out: WindowData = {
      user: new Int32Array(length),
      item: new Int32Array(length),
      position: new Int32Array(length),
      clicked: new Uint8Array(length),
      watchTime: new Float32Array(length),
      satisfaction: new Float32Array(length),
      length,
    };
    let at = 0;
    for (const log of this.logs) {
      for (let r = 0; r < log.length; r++) {
        if (!this.current(log, r)) continue;
        out.user[at] = log.user[r];
        out.item[at] = log.item[r];
        out.position[at] = log.position[r];
        out.clicked[at] = log.clicked[r];
        out.watchTime[at] = log.watchTime[r];
        out.satisfaction[at] = log.satisfaction[r];
        at++;
      }
    }
    return out;
  }

  private current(log: InteractionLog, row: number): boolean {
    return this.itemBirthRound[log.item[row]] <= log.round;
  }
}
