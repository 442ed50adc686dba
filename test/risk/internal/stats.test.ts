/** Descriptive statistics against hand-computed and NumPy/SciPy values. */
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../../src/errors.js';
import { histogram, mean, pearson, percentile, ranks, sorted, spearman, stdDev, sum, variance } from '../../../src/risk/internal/stats.js';

const V = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];

describe('sums, means and deviations', () => {
  it('computes the mean and the sample standard deviation (NumPy: 3.9 and 2.4698178070456938)', () => {
    expect(mean(V)).toBeCloseTo(3.9, 14);
    expect(stdDev(V)).toBeCloseTo(2.4698178070456938, 14);
    expect(variance([7])).toBe(0);
    expect(mean([])).toBeNaN();
    expect(variance([])).toBeNaN();
  });

  it('compensates the sum (a naive sum loses the 1s)', () => {
    expect(sum([1e16, 1, 1, -1e16])).toBe(2);
    expect(sum(new Float64Array(10).fill(0.1))).toBe(1);
    // large offset: the two-pass variance keeps full precision
    expect(variance([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBe(1);
  });

  it('sorts into a new Float64Array without touching the input', () => {
    const input = [...V];
    expect(Array.from(sorted(input))).toEqual([1, 1, 2, 3, 3, 4, 5, 5, 6, 9]);
    expect(input).toEqual(V);
  });
});

describe('percentile', () => {
  const s = sorted(V);
  it('nearest rank (inverse empirical distribution function) matches NumPy "inverted_cdf"', () => {
    expect([0, 0.1, 0.25, 0.5, 0.8, 0.9, 1].map((p) => percentile(s, p))).toEqual([1, 1, 2, 3, 5, 6, 9]);
    // P80 of ten values is the 8th, although 0.8 * 10 is not exactly 8 in binary
    expect(percentile(sorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 0.7)).toBe(7);
    expect(percentile(sorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 0.71)).toBe(8);
  });

  it('linear interpolation matches NumPy "linear" (Excel PERCENTILE.INC)', () => {
    const got = [0, 0.1, 0.25, 0.5, 0.8, 0.9, 1].map((p) => percentile(s, p, 'linear'));
    [1, 1, 2.25, 3.5, 5.2, 6.3, 9].forEach((v, i) => expect(got[i]).toBeCloseTo(v, 12));
  });

  it('is NaN for no values and rejects shares outside [0, 1]', () => {
    expect(percentile([], 0.5)).toBeNaN();
    expect(() => percentile(s, 80)).toThrow(PmoError);
    expect(() => percentile(s, Number.NaN)).toThrow(/share in \[0, 1\]/);
  });
});

describe('histogram', () => {
  it('uses nice widths aligned on multiples of the width; the maximum falls in the last bin', () => {
    const h = histogram([0.5, 3, 7.2, 9.99, 10, 19.5], { bins: 4 });
    expect(h).toEqual({ start: 0, width: 5, counts: [2, 2, 1, 1] });
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('takes a width; equal values give one bin; no values give none', () => {
    expect(histogram([101, 102, 102, 105], { width: 2 })).toEqual({ start: 100, width: 2, counts: [1, 2, 1] });
    expect(histogram([4, 4, 4])).toEqual({ start: 4, width: 1, counts: [3] });
    expect(histogram([])).toEqual({ start: 0, width: 1, counts: [] });
    const many = histogram(Array.from({ length: 1000 }, (_, i) => 100 + i * 0.05));
    expect(many.width).toBe(5); // range 49.95 / 20 = 2.5 -> 5
    expect(many.counts.reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('rejects values that are not finite and bad options', () => {
    expect(() => histogram([1, Number.NaN])).toThrow(/value 1 is not a finite number/);
    expect(() => histogram([1], { bins: 0 })).toThrow(PmoError);
    expect(() => histogram([1], { width: -1 })).toThrow(PmoError);
  });
});

describe('ranks and rank correlation', () => {
  const x = [1, 2, 2, 3, 4, 4, 4, 5];
  const y = [2, 1, 3, 3, 5, 4, 6, 6];
  it('gives tied values the average of their ranks (SciPy rankdata)', () => {
    expect(Array.from(ranks(x))).toEqual([1, 2.5, 2.5, 4, 6, 6, 6, 8]);
    expect(Array.from(ranks(y))).toEqual([2, 1, 3.5, 3.5, 6, 5, 7.5, 7.5]);
    const out = new Float64Array(8);
    const scratch = new Float64Array(16);
    expect(ranks(x, out, scratch)).toBe(out);
  });

  it('Spearman with ties matches SciPy (0.9007775105401477)', () => {
    expect(spearman(x, y)).toBeCloseTo(0.9007775105401477, 14);
    expect(spearman(x, x)).toBeCloseTo(1, 14);
    expect(spearman(x, x.map((v) => -v * v))).toBeCloseTo(-1, 14);
  });

  it('is 0 against a constant, NaN for fewer than two pairs, and refuses different lengths', () => {
    expect(pearson([1, 2, 3], [5, 5, 5])).toBe(0);
    expect(spearman([1, 2, 3], [5, 5, 5])).toBe(0);
    expect(pearson([1], [2])).toBeNaN();
    expect(() => spearman([1, 2], [1, 2, 3])).toThrow(/different lengths/);
  });
});
