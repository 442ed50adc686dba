/**
 * Descriptive statistics of simulation results: mean, standard deviation, percentiles, histogram
 * bins, ranks with ties and the Spearman rank correlation. Every sum runs in index order with
 * Neumaier's compensation, so a result depends on the values and their order only (never on how
 * iterations were split between workers, as long as they are gathered in iteration order).
 * Private to pmo-kit/risk; docs/risk.md states the definitions.
 */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';

/** Numeric data: a typed array or an array of numbers. */
export type Values = ArrayLike<number>;

/** The sum of `values`, compensated (Neumaier): exact to about 1 ulp whatever the magnitudes. O(n). */
export function sum(values: Values): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}

/** The arithmetic mean; `NaN` for no values. O(n). */
export function mean(values: Values): number {
  return values.length === 0 ? NaN : sum(values) / values.length;
}

/**
 * The sample variance (divisor n - 1), two-pass around the mean; 0 for one value, `NaN` for none.
 * O(n).
 */
export function variance(values: Values): number {
  const n = values.length;
  if (n === 0) return NaN;
  if (n === 1) return 0;
  const m = mean(values);
  let s = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - m;
    const x = d * d;
    const t = s + x;
    c += s >= x ? s - t + x : x - t + s;
    s = t;
  }
  return (s + c) / (n - 1);
}

/** The sample standard deviation, sqrt of {@link variance}. */
export function stdDev(values: Values): number {
  return Math.sqrt(variance(values));
}

/** The values sorted ascending, in a new Float64Array. O(n log n). */
export function sorted(values: Values): Float64Array {
  return Float64Array.from(values).sort();
}

/** How {@link percentile} reads a percentile from sorted values. */
export type PercentileMethod = 'nearest-rank' | 'linear';

/**
 * The `p`-quantile (0 <= p <= 1) of ascending `sortedValues`.
 *
 * - `'nearest-rank'` (default; Hyndman & Fan type 1, the inverse of the empirical distribution
 *   function): the smallest value x with at least a share p of the values <= x, i.e. the value
 *   of rank ⌈p·n⌉ (rank 1 for p = 0). It is always one of the values, and "P80 = x" reads "80 %
 *   of the iterations finish by x". p·n within 1e-9 of an integer counts as that integer, so
 *   P80 of 10 values is the 8th whatever the rounding of 0.8 · 10.
 * - `'linear'` (Hyndman & Fan type 7, Excel's PERCENTILE.INC, NumPy's default): linear
 *   interpolation between ranks at h = (n - 1)p.
 *
 * O(1). `NaN` for no values.
 *
 * @throws PmoError `INVALID_ARGUMENT` for p outside [0, 1]
 */
export function percentile(sortedValues: Values, p: number, method: PercentileMethod = 'nearest-rank'): number {
  if (!(p >= 0 && p <= 1)) throw new PmoError('INVALID_ARGUMENT', `a percentile must be a share in [0, 1], got ${show(p)}`);
  const n = sortedValues.length;
  if (n === 0) return NaN;
  if (method === 'linear') {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    return sortedValues[lo]! + (h - lo) * (sortedValues[hi]! - sortedValues[lo]!);
  }
  const r = p * n;
  const nearest = Math.round(r);
  const rank = Math.abs(r - nearest) <= 1e-9 * Math.max(1, r) ? nearest : Math.ceil(r);
  return sortedValues[Math.min(Math.max(rank, 1), n) - 1]!;
}

/** Histogram bins of equal width: bin i is [start + i·width, start + (i + 1)·width). */
export interface Histogram {
  /** Lower edge of the first bin. */
  readonly start: number;
  /** Width of every bin (> 0). */
  readonly width: number;
  /** Values per bin; the largest value falls in the last bin. */
  readonly counts: number[];
}

/** Options of {@link histogram}. */
export interface HistogramOptions {
  /** About how many bins (default 20); the width is rounded to 1, 2 or 5 × 10^k. */
  readonly bins?: number;
  /** The bin width, instead of `bins` (then the bins start at a multiple of it). */
  readonly width?: number;
}

/** 1, 2 or 5 × 10^k: the "nice" width at least `raw`. */
function niceWidth(raw: number): number {
  const k = Math.floor(Math.log10(raw));
  const base = 10 ** k;
  for (const f of [1, 2, 5, 10]) if (f * base >= raw * (1 - 1e-12)) return f * base;
  return 10 * base;
}

/**
 * Histogram data of `values`: bins of a "nice" width (1, 2 or 5 × 10^k, about `bins` of them,
 * default 20) starting at a multiple of the width, or of the given `width`. Values that are all
 * equal give one bin of width 1 starting at the value. No values give no bins. O(n).
 *
 * @throws PmoError `INVALID_ARGUMENT` for a non-positive `bins` or `width`, or a value that is not finite
 */
export function histogram(values: Values, options: HistogramOptions = {}): Histogram {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    if (!Number.isFinite(x)) throw new PmoError('INVALID_ARGUMENT', `histogram: value ${i} is not a finite number (${show(x)})`);
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (options.width !== undefined && !(options.width > 0 && Number.isFinite(options.width)))
    throw new PmoError('INVALID_ARGUMENT', `histogram: width must be a finite number > 0, got ${show(options.width)}`);
  const target = options.bins ?? 20;
  if (!Number.isInteger(target) || target < 1) throw new PmoError('INVALID_ARGUMENT', `histogram: bins must be a positive integer, got ${show(target)}`);
  if (n === 0) return { start: 0, width: options.width ?? 1, counts: [] };
  if (min === max && options.width === undefined) return { start: min, width: 1, counts: [n] };
  const width = options.width ?? niceWidth((max - min) / target);
  const start = Math.floor(min / width) * width;
  const bins = Math.max(1, Math.floor((max - start) / width) + 1);
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor((values[i]! - start) / width)));
    counts[b]!++;
  }
  return { start, width, counts };
}

/**
 * The ranks of `values` (1 = smallest), ties sharing the average of their ranks, written into
 * `out` (a new Float64Array by default). `scratch`, when given, is used for the sorted copy
 * (length >= n), so that repeated calls allocate nothing. O(n log n).
 */
export function ranks(values: Values, out: Float64Array = new Float64Array(values.length), scratch?: Float64Array): Float64Array {
  const n = values.length;
  const s = scratch === undefined ? new Float64Array(n) : scratch.subarray(0, n);
  for (let i = 0; i < n; i++) s[i] = values[i]!;
  s.sort();
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    // first index with s >= x, and first with s > x
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    let up = lo;
    hi = n;
    while (up < hi) {
      const mid = (up + hi) >>> 1;
      if (s[mid]! <= x) up = mid + 1;
      else hi = mid;
    }
    out[i] = (lo + 1 + up) / 2;
  }
  return out;
}

/**
 * The Pearson correlation of `x` and `y` (same length); 0 when either has no variation (a
 * constant has no correlation to report), `NaN` for fewer than two pairs. O(n).
 *
 * @throws PmoError `INVALID_ARGUMENT` when the lengths differ
 */
export function pearson(x: Values, y: Values): number {
  const n = x.length;
  if (y.length !== n) throw new PmoError('INVALID_ARGUMENT', `correlation of series of different lengths (${n} and ${y.length})`);
  if (n < 2) return NaN;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return 0;
  const r = sxy / Math.sqrt(sxx * syy);
  return r > 1 ? 1 : r < -1 ? -1 : r;
}

/**
 * The Spearman rank correlation of `x` and `y`: the Pearson correlation of their ranks, ties
 * sharing the average rank (so it is exact with ties too); 0 when either is constant. O(n log n).
 */
export function spearman(x: Values, y: Values): number {
  if (x.length !== y.length) throw new PmoError('INVALID_ARGUMENT', `correlation of series of different lengths (${x.length} and ${y.length})`);
  return pearson(ranks(x), ranks(y));
}
