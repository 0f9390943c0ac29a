import { type Rng, sampleWithoutReplacement } from '@goodhart/random';
import type { InteractionLog } from '@goodhart/sim';
import type { RewardLabels } from './reward-labels';

/** The logged impressions a model is refit on, flattened into typed arrays. */
export interface WindowData {
  user: Int32Array;
  item: Int32Array;
  position: Int32Array;
  clicked: Uint8Array;
  dismissed: Uint8Array;
  watchTime: Float32Array;
  satisfaction: Float32Array;
  /** The arm's reward labels of each row (reward-labels), when every log was added with them. */
  rewardLabels?: RewardLabels;
  length: number;
}

/** Rows of the window: row `k` is row `rows[k]` of log `logs[k]`. */
interface RowRefs {
  logs: Int32Array;
  rows: Int32Array;
}

/**
 * The logs of the last `rounds` rounds. Item ids are catalogue slots that the world refills
 * with fresh items; an impression whose slot has been refilled since describes an item that
 * no longer exists, so it is dropped rather than credited to its successor.
 */
export class TrainingWindow {
  private readonly logs: InteractionLog[] = [];
  /** Per log, the reward labels it was added with, if any. */
  private readonly labels: (RewardLabels | undefined)[] = [];
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
    for (let k = 0; k < replacedItems.length; k++) this.itemBirthRound[replacedItems[k]!] = round;
  }

  /** `labels`: the arm's reward labels of the log's rows, kept with them (reward-labels). */
  add(log: InteractionLog, labels?: RewardLabels): void {
    this.logs.push(log);
    this.labels.push(labels);
    if (this.logs.length > this.rounds) {
      this.logs.shift();
      this.labels.shift();
    }
  }

  /** Forgets every log (for models that accumulate what they are given). */
  clear(): void {
    this.logs.length = 0;
    this.labels.length = 0;
  }

  /** Every current impression of the window, oldest first. */
  data(): WindowData {
    return this.gather(this.currentRows(0, this.logs.length));
  }

  /**
   * The current impressions of the newest `fresh` rounds, followed by `ratio` times as many
   * (at most all of them) drawn uniformly without replacement from the older rounds of the
   * window: each impression is learnt from when it is new and, on average, `ratio` more times
   * while it stays in the window, instead of once per refit.
   */
  sample(fresh: number, ratio: number, rng: Rng): WindowData {
    const split = Math.max(0, this.logs.length - fresh);
    const recent = this.currentRows(split, this.logs.length);
    const older = this.currentRows(0, split);
    const count = Math.min(older.rows.length, Math.round(ratio * recent.rows.length));
    const picked = sampleWithoutReplacement(older.rows.length, count, rng);
    const refs: RowRefs = {
      logs: new Int32Array(recent.rows.length + count),
      rows: new Int32Array(recent.rows.length + count),
    };
    refs.logs.set(recent.logs);
    refs.rows.set(recent.rows);
    for (let k = 0; k < count; k++) {
      refs.logs[recent.rows.length + k] = older.logs[picked[k]!]!;
      refs.rows[recent.rows.length + k] = older.rows[picked[k]!]!;
    }
    return this.gather(refs);
  }

  private currentRows(fromLog: number, toLog: number): RowRefs {
    let length = 0;
    for (let l = fromLog; l < toLog; l++) {
      const log = this.logs[l]!;
      for (let r = 0; r < log.length; r++) if (this.isCurrent(log, r)) length++;
    }
    const refs: RowRefs = { logs: new Int32Array(length), rows: new Int32Array(length) };
    let at = 0;
    for (let l = fromLog; l < toLog; l++) {
      const log = this.logs[l]!;
      for (let r = 0; r < log.length; r++) {
        if (!this.isCurrent(log, r)) continue;
        refs.logs[at] = l;
        refs.rows[at] = r;
        at++;
      }
    }
    return refs;
  }

  private isCurrent(log: InteractionLog, row: number): boolean {
    return this.itemBirthRound[log.item[row]!]! <= log.round;
  }

  private gather(refs: RowRefs): WindowData {
    const length = refs.rows.length;
    const out: WindowData = {
      user: new Int32Array(length),
      item: new Int32Array(length),
      position: new Int32Array(length),
      clicked: new Uint8Array(length),
      dismissed: new Uint8Array(length),
      watchTime: new Float32Array(length),
      satisfaction: new Float32Array(length),
      length,
    };
    for (let at = 0; at < length; at++) {
      const log = this.logs[refs.logs[at]!]!;
      const r = refs.rows[at]!;
      out.user[at] = log.user[r]!;
      out.item[at] = log.item[r]!;
      out.position[at] = log.position[r]!;
      out.clicked[at] = log.clicked[r]!;
      out.dismissed[at] = log.dismissed?.[r] ?? 0;
      out.watchTime[at] = log.watchTime[r]!;
      out.satisfaction[at] = log.satisfaction[r]!;
    }
    if (this.labels.length > 0 && this.labels.every((labels) => labels !== undefined)) {
      const target = new Float32Array(length);
      const weight = new Float32Array(length);
      for (let at = 0; at < length; at++) {
        const labels = this.labels[refs.logs[at]!] as RewardLabels;
        target[at] = labels.target[refs.rows[at]!]!;
        weight[at] = labels.weight[refs.rows[at]!]!;
      }
      out.rewardLabels = { target, weight };
    }
    return out;
  }
}
