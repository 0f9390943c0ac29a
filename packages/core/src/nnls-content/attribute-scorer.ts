/** Attributes per lookup table: 2^10 doubles (8 KiB) per table stays in the L1 cache. */
const CHUNK_BITS = 10;
/** Low bits of a chunk that `scoreItems` adds one by one rather than look up. */
const LOW_BITS = 3;

/**
 * Predicted scores profile · attributes of every item, for blocks of users.
 *
 * When every attribute is 0 or 1 (T-RECS items), an item's score is the sum of the profile
 * entries of the attributes it has. The attributes are cut into chunks of up to ten; per
 * user, a table gives the partial sum of every one of the 2^10 subsets of a chunk (one
 * addition per entry), and each item is its chunks' subset codes: with 20 attributes, a score
 * is two table reads and one addition instead of 20 multiply-adds. Building the tables costs
 * 2·1024 additions per user, small beside thousands of items.
 *
 * Other attributes fall back to a dense kernel over an attribute-major copy of the catalogue.
 */
export class AttributeScorer {
  readonly numItems: number;
  readonly numAttributes: number;
  /** Whether the lookup-table kernel is in use (every attribute 0 or 1, and not disabled). */
  readonly binary: boolean;
  private readonly chunks: number;
  /** chunks * numItems subset codes, chunk-major. */
  private readonly codes: Uint16Array;
  /** chunks * 2^CHUNK_BITS partial sums for the current user. */
  private readonly tables: Float64Array;
  /** numAttributes * numItems, attribute-major (dense kernel only). */
  private readonly byAttribute: Float64Array;

  constructor(
    itemAttributes: Float32Array,
    numItems: number,
    numAttributes: number,
    kernel: 'auto' | 'dense' = 'auto',
  ) {
    if (itemAttributes.length !== numItems * numAttributes) {
      throw new RangeError(
        `AttributeScorer: itemAttributes must hold numItems * numAttributes = ${numItems * numAttributes} entries, got ${itemAttributes.length}`,
      );
    }
    this.numItems = numItems;
    this.numAttributes = numAttributes;
    this.binary = kernel === 'auto' && itemAttributes.every((v) => v === 0 || v === 1);
    this.chunks = Math.ceil(numAttributes / CHUNK_BITS);
    if (this.binary) {
      this.codes = new Uint16Array(this.chunks * numItems);
      for (let i = 0; i < numItems; i++) {
        for (let a = 0; a < numAttributes; a++) {
          if (itemAttributes[i * numAttributes + a] === 1) {
            const chunk = Math.floor(a / CHUNK_BITS);
            this.codes[chunk * numItems + i]! |= 1 << (a % CHUNK_BITS);
          }
        }
      }
      this.tables = new Float64Array(this.chunks << CHUNK_BITS);
      this.byAttribute = new Float64Array(0);
    } else {
      this.codes = new Uint16Array(0);
      this.tables = new Float64Array(0);
      this.byAttribute = new Float64Array(numAttributes * numItems);
      for (let i = 0; i < numItems; i++) {
        for (let a = 0; a < numAttributes; a++) {
          this.byAttribute[a * numItems + i] = itemAttributes[i * numAttributes + a]!;
        }
      }
    }
  }

  /**
   * Scores of every item for `rows` users whose profiles start at row `firstRow` of `profiles`
   * (numAttributes per row), written row by row to out[0 .. rows * numItems).
   */
  scoreRows(profiles: Float64Array, firstRow: number, rows: number, out: Float64Array): void {
    const n = this.numItems;
    if (out.length < rows * n) {
      throw new RangeError(
        `AttributeScorer.scoreRows: out must hold rows * numItems = ${rows * n} entries`,
      );
    }
    if (profiles.length < (firstRow + rows) * this.numAttributes) {
      throw new RangeError(
        `AttributeScorer.scoreRows: profiles has ${profiles.length} entries, rows ${firstRow} to ${firstRow + rows - 1} need ${(firstRow + rows) * this.numAttributes}`,
      );
    }
    for (let r = 0; r < rows; r++) {
      const po = (firstRow + r) * this.numAttributes;
      if (this.binary) this.scoreBinary(profiles, po, out, r * n);
      else this.scoreDense(profiles, po, out, r * n);
    }
  }

  /**
   * Scores of `count` listed items, items[from .. from + count), for the user whose profile
   * starts at row `row`, written to out[0 .. count): bit for bit the scores `scoreRows` gives
   * them, for a fraction of a full table's cost when the items are few.
   *
   * A table entry adds its subset's attributes from the highest to the lowest, starting from
   * 0. So an entry is the entry of its high bits (all but the lowest LOW_BITS of the chunk)
   * followed by the additions of its set low bits, highest first: tables of the high bits
   * alone (2^7 entries per chunk, not 2^10), then up to three additions per chunk and item.
   * A clear bit adds p · 0 = ±0, which leaves every sum unchanged (a sum from +0 is never −0).
   * The dense kernel repeats its additions, attribute by attribute, skipping zero weights.
   */
  scoreItems(
    profiles: Float64Array,
    row: number,
    items: Int32Array,
    from: number,
    count: number,
    out: Float64Array,
  ): void {
    const { numItems: n, numAttributes, codes, tables, byAttribute, chunks } = this;
    const po = row * numAttributes;
    if (!this.binary) {
      for (let x = 0; x < count; x++) {
        const item = items[from + x]!;
        let score = 0;
        for (let a = 0; a < numAttributes; a++) {
          const p = profiles[po + a]!;
          if (p === 0) continue;
          score += p * byAttribute[a * n + item]!;
        }
        out[x] = score;
      }
      return;
    }
    for (let c = 0; c < chunks; c++) {
      const first = c * CHUNK_BITS;
      const bits = Math.min(CHUNK_BITS, numAttributes - first);
      const low = Math.min(LOW_BITS, bits);
      this.fillTable(profiles, po + first + low, bits - low, c << CHUNK_BITS);
    }
    for (let x = 0; x < count; x++) {
      const item = items[from + x]!;
      let score = 0;
      for (let c = 0; c < chunks; c++) {
        const first = po + c * CHUNK_BITS;
        const low = Math.min(LOW_BITS, numAttributes - c * CHUNK_BITS);
        const code = codes[c * n + item]!;
        let part = tables[(c << CHUNK_BITS) + (code >> low)]!;
        for (let b = low - 1; b >= 0; b--) part += profiles[first + b]! * ((code >> b) & 1);
        score = c === 0 ? part : score + part;
      }
      out[x] = score;
    }
  }

  /** The partial sums of every subset of every chunk, for the profile at `po`. */
  private fillTables(profiles: Float64Array, po: number): void {
    const { numAttributes, chunks } = this;
    for (let c = 0; c < chunks; c++) {
      const first = c * CHUNK_BITS;
      this.fillTable(
        profiles,
        po + first,
        Math.min(CHUNK_BITS, numAttributes - first),
        c << CHUNK_BITS,
      );
    }
  }

  /** tables[at + code] for every subset code of `bits` attributes from profiles[from]. */
  private fillTable(profiles: Float64Array, from: number, bits: number, at: number): void {
    const tables = this.tables;
    tables[at] = 0;
    // Each subset is a smaller subset plus its lowest attribute.
    for (let code = 1; code < 1 << bits; code++) {
      const low = code & -code;
      tables[at + code] = tables[at + (code ^ low)]! + profiles[from + 31 - Math.clz32(low)]!;
    }
  }

  private scoreBinary(profiles: Float64Array, po: number, out: Float64Array, oo: number): void {
    const { numItems: n, codes, tables, chunks } = this;
    this.fillTables(profiles, po);
    if (chunks === 2) {
      for (let i = 0; i < n; i++) {
        out[oo + i] = tables[codes[i]!]! + tables[(1 << CHUNK_BITS) + codes[n + i]!]!;
      }
      return;
    }
    for (let i = 0; i < n; i++) out[oo + i] = tables[codes[i]!]!;
    for (let c = 1; c < chunks; c++) {
      const t = c << CHUNK_BITS;
      const co = c * n;
      for (let i = 0; i < n; i++) out[oo + i]! += tables[t + codes[co + i]!]!;
    }
  }

  private scoreDense(profiles: Float64Array, po: number, out: Float64Array, oo: number): void {
    const { numItems: n, numAttributes, byAttribute } = this;
    out.fill(0, oo, oo + n);
    for (let a = 0; a < numAttributes; a++) {
      const p = profiles[po + a]!;
      if (p === 0) continue;
      const ao = a * n;
      for (let i = 0; i < n; i++) out[oo + i]! += p * byAttribute[ao + i]!;
    }
  }
}
