import type { InteractionLog } from '@goodhart/sim';

/**
 * Everything each user has clicked so far, by item identity rather than catalogue slot: when
 * the world refills a slot, the new item gets a fresh id, so two users who clicked the same
 * slot in different rounds did not necessarily consume the same thing.
 */
export class ConsumptionHistory {
  private readonly identity: Int32Array;
  private nextIdentity: number;
  private users: number[] = [];
  private items: number[] = [];

  constructor(numItems: number) {
    this.identity = Int32Array.from({ length: numItems }, (_, slot) => slot);
    this.nextIdentity = numItems;
  }

  /** The items in these slots are new: give them identities never used before. */
  itemsReplaced(replacedItems: Int32Array): void {
    for (let k = 0; k < replacedItems.length; k++) {
      this.identity[replacedItems[k]!] = this.nextIdentity++;
    }
  }

  addClicks(log: InteractionLog): void {
    for (let r = 0; r < log.length; r++) {
      if (log.clicked[r] === 1) {
        this.users.push(log.user[r]!);
        this.items.push(this.identity[log.item[r]!]!);
      }
    }
  }

  /** (user, item identity) of every click so far, and how many identities exist. */
  pairs(): { users: Int32Array; items: Int32Array; numIdentities: number } {
    return {
      users: Int32Array.from(this.users),
      items: Int32Array.from(this.items),
      numIdentities: this.nextIdentity,
    };
  }
}
