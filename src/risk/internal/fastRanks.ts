/**
 * Ranks of many samples in O(n) per column: the same ranks as `ranks` in ./stats (1 = smallest,
 * ties sharing the average of their ranks), instead of a comparison sort. The sensitivity
 * analysis ranks one column per task (1,000 tasks × 10,000 iterations): that ranking was most of
 * its cost. Private to pmo-kit/risk.
 *
 * First choice, a bucket sort: 2n buckets of equal width between the least and the greatest
 * value; bucket(x) = ⌊(x - min)·2n/range⌋ is a composition of correctly rounded monotone
 * operations, so x <= y gives bucket(x) <= bucket(y). One counting-sort pass orders the column by
 * bucket, and one insertion sort over the whole column orders the values that share a bucket:
 * with durations drawn from continuous distributions a bucket holds about half a value, so it is
 * about one comparison per value. When the range is not finite, for NaN, or when the insertion
 * sort has moved more than 4n values (buckets crowded by a few distinct values or a very skewed
 * column), it falls back to the radix sort on 64-bit keys below, which is O(n) whatever the
 * values.
 *
 * Radix sort: a double's IEEE 754 bits, with the sign bit flipped for positives and every bit flipped for
 * negatives, order like the numbers (−0 and +0 aside: both are mapped to +0's key, so they tie as
 * they compare). A stable least-significant-digit radix sort of the indices on the 64-bit key, in
 * six 11-bit digits (2,048 counters: cheap to clear for 10,000 values), skipping a digit that all keys share (with similar magnitudes the high digits
 * usually are), gives the order; equal keys are then runs that share their average rank.
 */

import { pearson, ranks } from './stats.js';

/** Below this many values, {@link RadixRanker.ranks} uses the comparison sort of ./stats. */
const SHORT = 256;

/** Outcomes of `RadixRanker.bucketOrder`. */
const UNFIT = 0;
const SORTED = 1;
const CONSTANT = 2;
type Order = typeof UNFIT | typeof SORTED | typeof CONSTANT;

/** Reusable buffers of {@link RadixRanker} for columns of up to `capacity` values. */
export class RadixRanker {
  private readonly hi: Uint32Array;
  private readonly lo: Uint32Array;
  private readonly idx: Uint32Array;
  private readonly tmp: Uint32Array;
  private readonly count = new Uint32Array(1 << 11);
  private readonly f64 = new Float64Array(1);
  private readonly start: Int32Array;
  private readonly rx: Float64Array;
  private readonly vals: Float64Array;
  private readonly u32 = new Uint32Array(this.f64.buffer);
  // Which word of the double holds the sign and exponent (the platform's byte order).
  private readonly hiWord: number;

  constructor(readonly capacity: number) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.idx = new Uint32Array(capacity);
    this.tmp = new Uint32Array(capacity);
    this.vals = new Float64Array(capacity);
    this.start = new Int32Array(2 * capacity);
    this.rx = new Float64Array(capacity);
    this.f64[0] = -1;
    this.hiWord = this.u32[1] === 0xbff00000 ? 1 : 0;
  }

  /**
   * The ranks of `values` (length <= capacity; finite numbers, or ±Infinity) into `out`, ties
   * averaged; the same numbers as `ranks(values)`. O(n) (up to 6 passes). NaN is not supported.
   */
  ranks(values: ArrayLike<number>, out: Float64Array): Float64Array {
    const n = values.length;
    // Short columns: the comparison sort is cheaper than passes over 2,048 counters.
    if (n < SHORT) return ranks(values, out);
    const sortedBy = this.bucketOrder(values, n);
    if (sortedBy === CONSTANT) return out.fill((n + 1) / 2, 0, n);
    if (sortedBy === SORTED) {
      // Runs of equal values share the average of their ranks.
      const { vals, idx } = this;
      let i = 0;
      while (i < n) {
        const x = vals[i]!;
        let j = i + 1;
        while (j < n && vals[j] === x) j++;
        const r = (i + 1 + j) / 2;
        for (let q = i; q < j; q++) out[idx[q]!] = r;
        i = j;
      }
      return out;
    }
    const { hi, lo, f64, u32 } = this;
    const h = this.hiWord;
    const l = 1 - h;
    for (let i = 0; i < n; i++) {
      f64[0] = values[i]! + 0; // -0 + 0 is +0
      const a = u32[h]!;
      const b = u32[l]!;
      if (a & 0x80000000) {
        hi[i] = ~a >>> 0;
        lo[i] = ~b >>> 0;
      } else {
        hi[i] = (a | 0x80000000) >>> 0;
        lo[i] = b;
      }
    }
    let src = this.idx;
    let dst = this.tmp;
    for (let i = 0; i < n; i++) src[i] = i;
    // Least significant digit first: 11-bit digits of the low word, then of the high word.
    for (let pass = 0; pass < 6; pass++) {
      const key = pass < 3 ? lo : hi;
      const shift = (pass % 3) * 11;
      if (this.scatter(n, key, shift, src, dst)) {
        const t = src;
        src = dst;
        dst = t;
      }
    }
    // Runs of equal keys share the average of their ranks.
    let i = 0;
    while (i < n) {
      const k = src[i]!;
      let j = i + 1;
      while (j < n && hi[src[j]!] === hi[k] && lo[src[j]!] === lo[k]) j++;
      const r = (i + 1 + j) / 2;
      for (let q = i; q < j; q++) out[src[q]!] = r;
      i = j;
    }
    return out;
  }

  /**
   * Spearman's rank correlation of `values` (length n <= capacity, as for {@link RadixRanker.ranks})
   * with the ranks `ry` of another series: `rankCorrelation(ranks(values), ry, n)`, without
   * writing the ranks when the bucket sort applies (the products are summed in the order of
   * `values` sorted, exact like rankCorrelation's for n up to about 300,000). NaN for n < 2. O(n).
   */
  spearman(values: ArrayLike<number>, ry: Float64Array): number {
    const n = values.length;
    if (n < 2) return NaN;
    if (n >= SHORT) {
      const sortedBy = this.bucketOrder(values, n);
      if (sortedBy === CONSTANT) return 0;
      if (sortedBy === SORTED) return sortedCorrelation(this.vals, this.idx, ry, n);
    }
    return rankCorrelation(this.ranks(values, this.rx), ry, n);
  }

  /**
   * The bucket sort of the module comment: SORTED when `vals[0 … n - 1]` holds the values in
   * ascending order and `idx` their indices, CONSTANT when every value is the same, UNFIT when
   * the values are not fit for it (a range that is not finite, NaN, crowded buckets), to fall
   * back to the radix sort.
   */
  private bucketOrder(values: ArrayLike<number>, n: number): Order {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = values[i]!;
      if (x !== x) return UNFIT; // NaN
      if (x < min) min = x;
      if (x > max) max = x;
    }
    const range = max - min;
    if (!(range < Infinity)) return UNFIT; // an infinite range (or ±Infinity on both ends)
    if (range === 0) return CONSTANT;
    // Bucket b = ⌊(x - min)·2n/range⌋ (clamped to 2n - 1) of 2n buckets; one counting-sort pass.
    const buckets = 2 * n;
    const top = buckets - 1;
    const scale = buckets / range;
    if (!(scale < Infinity)) return UNFIT;
    const start = this.start;
    start.fill(0, 0, buckets);
    for (let i = 0; i < n; i++) {
      const y = (values[i]! - min) * scale;
      start[(y < top ? y : top) | 0]!++;
    }
    let sum = 0;
    for (let b = 0; b < buckets; b++) {
      const c = start[b]!;
      start[b] = sum;
      sum += c;
    }
    const src = this.idx;
    const vals = this.vals;
    for (let i = 0; i < n; i++) {
      const x = values[i]!;
      const y = (x - min) * scale;
      const p = start[(y < top ? y : top) | 0]!++;
      vals[p] = x;
      src[p] = i;
    }
    // Sorted by bucket; values that share a bucket may be out of order: one insertion sort over the
    // whole column fixes them, with about one comparison per value when buckets hold about one.
    let moves = 0;
    for (let p = 1; p < n; p++) {
      const x = vals[p]!;
      if (!(vals[p - 1]! > x)) continue;
      const k = src[p]!;
      let q = p - 1;
      do {
        vals[q + 1] = vals[q]!;
        src[q + 1] = src[q]!;
        q--;
      } while (q >= 0 && vals[q]! > x);
      vals[q + 1] = x;
      src[q + 1] = k;
      moves += p - q;
      if (moves > 4 * n) return UNFIT; // crowded keys: the radix sort is linear whatever the values
    }
    return SORTED;
  }

  /** One counting-sort pass on the 11-bit digit at `shift`; false (nothing moved) when every key has the same digit. */
  private scatter(n: number, key: Uint32Array, shift: number, src: Uint32Array, dst: Uint32Array): boolean {
    const count = this.count;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(key[i]! >>> shift) & 0x7ff]!++;
    if (n === 0 || count[(key[0]! >>> shift) & 0x7ff] === n) return false;
    let sum = 0;
    for (let d = 0; d < 2048; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = src[i]!;
      dst[count[(key[k]! >>> shift) & 0x7ff]!++] = k;
    }
    return true;
  }
}

/**
 * Spearman's correlation of a column whose values are `vals[0 … n - 1]` ascending (at indices
 * `idx`) with the ranks `ry`: the products of the rank deviations summed in sorted order, ties
 * sharing the average rank. The same bits as {@link rankCorrelation} of the column's ranks while
 * the sums are exact (n up to about 300,000).
 */
function sortedCorrelation(vals: Float64Array, idx: Uint32Array, ry: Float64Array, n: number): number {
  const m = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  let i = 0;
  while (i < n) {
    const x = vals[i]!;
    if (i + 1 < n && vals[i + 1] === x) {
      // A run of equal values shares the average of their ranks.
      let j = i + 2;
      while (j < n && vals[j] === x) j++;
      const dx = (i + 1 + j) / 2 - m;
      for (let q = i; q < j; q++) {
        const dy = ry[idx[q]!]! - m;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
      }
      i = j;
    } else {
      const dx = i + 1 - m;
      const dy = ry[idx[i]!]! - m;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
      i++;
    }
  }
  if (sxx === 0 || syy === 0) return 0;
  const r = sxy / Math.sqrt(sxx * syy);
  return r > 1 ? 1 : r < -1 ? -1 : r;
}

/**
 * The Pearson correlation of two rank vectors of length n (ranks 1…n, ties averaged): Spearman's
 * correlation of the values ranked. Ranks and their mean (n + 1)/2 are multiples of 1/2, so every
 * deviation is exact, every product a multiple of 1/4 below n², and every sum below n³/4: exact in
 * doubles while n³ < 2^55 (n up to about 300,000); beyond, rounded like any sum. 0 when either is constant; NaN for n < 2. O(n).
 */
export function rankCorrelation(rx: Float64Array, ry: Float64Array, n: number): number {
  // The ranks' mean, (n + 1)/2, is exact, so this is ./stats's Pearson correlation on them.
  return pearson(rx.subarray(0, n), ry.subarray(0, n));
}
