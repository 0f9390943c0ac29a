import type { InteractionLog } from '@goodhart/sim';

/**
 * What each user has clicked in the current catalogue, for decision rules that never
 * recommend an item twice to the user who consumed it (`decision.excludeClicked`; Chaney et
 * al.'s and T-RECS' users consume an item once). A refilled catalogue slot holds a new item,
 * so its column is cleared. numUsers × numItems bytes: built only for arms that ask.
 */
export class ClickedMask {
  private readonly clicked: Uint8Array;
  private mask = new Uint8Array(0);

  constructor(
    private readonly numUsers: number,
    private readonly numItems: number,
  ) {
    this.clicked = new Uint8Array(numUsers * numItems);
  }

  addClicks(log: InteractionLog): void {
    for (let r = 0; r < log.length; r++) {
      if (log.clicked[r] === 1) this.clicked[log.user[r]! * this.numItems + log.item[r]!] = 1;
    }
  }

  itemsReplaced(slots: Int32Array): void {
    for (const slot of slots) {
      for (let u = 0; u < this.numUsers; u++) this.clicked[u * this.numItems + slot] = 0;
    }
  }

  /** users.length × numItems: 1 where that user has clicked that item (a view, reused). */
  rowsFor(users: Int32Array): Uint8Array {
    const n = this.numItems;
    if (this.mask.length < users.length * n) this.mask = new Uint8Array(users.length * n);
    for (let a = 0; a < users.length; a++) {
      this.mask.set(this.clicked.subarray(users[a]! * n, (users[a]! + 1) * n), a * n);
    }
    return this.mask.subarray(0, users.length * n);
  }
}
