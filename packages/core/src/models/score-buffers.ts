import { type HeadName, type HeadScores, headNames } from './types';

/**
 * Where `predict` writes one head's scores: the caller's `into[head]` when it is given (a view
 * of its first `length` floats), else a new array. Reusing one array round after round is the
 * point: a fresh array of users × items floats (150 MB at 7,400 × 5,000) is paged in anew by
 * the kernel every time, which costs more than computing the scores that fill it.
 */
export function headScoreArray(
  into: HeadScores | undefined,
  head: HeadName,
  length: number,
): Float32Array {
  const buffer = into?.[head];
  if (buffer === undefined) return new Float32Array(length);
  if (!(buffer instanceof Float32Array)) {
    throw new Error(`predict: into.${head} must be a Float32Array`);
  }
  if (buffer.length < length) {
    throw new Error(
      `predict: into.${head} holds ${buffer.length} scores, this call needs ${length} (users × items)`,
    );
  }
  return buffer.length === length ? buffer : buffer.subarray(0, length);
}

/**
 * `buffer` when it holds at least `length` floats, else a new array with a quarter more room:
 * callers keep one users × items array between calls, and the number of users who come varies
 * from round to round.
 */
export function atLeast(buffer: Float32Array | undefined, length: number): Float32Array {
  return buffer !== undefined && buffer.length >= length
    ? buffer
    : new Float32Array(Math.ceil(length * 1.25));
}

/**
 * Score arrays kept between predict calls and grown on demand, to pass as `into`: the
 * feedback loop scores a few thousand users × every item each round, and keeping the arrays
 * spares paging in a fresh 150 MB per head per round. Each call's arrays overwrite the last
 * call's, so read (or copy) one call's scores before the next.
 */
export class HeadScoreBuffers {
  private readonly buffers: HeadScores = {};

  /** Arrays of at least `length` floats for these heads (their contents are stale). */
  for(heads: readonly HeadName[], length: number): HeadScores {
    const out: HeadScores = {};
    for (const head of headNames) {
      if (!heads.includes(head)) continue;
      const buffer = atLeast(this.buffers[head], length);
      this.buffers[head] = buffer;
      out[head] = buffer;
    }
    return out;
  }
}
