import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RadixRanker, rankCorrelation } from '../../../src/risk/internal/fastRanks.js';
import { pearson, ranks } from '../../../src/risk/internal/stats.js';

describe('RadixRanker', () => {
  it('gives the ranks of stats.ranks (ties averaged) on any doubles (radix path: >= 256 values)', () => {
    const r = new RadixRanker(1600);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0, 1e-300, -1e-300, 5e-324)), { minLength: 1024, maxLength: 1600 }),
        (xs) => {
          const got = Array.from(r.ranks(xs, new Float64Array(xs.length)));
          expect(got).toEqual(Array.from(ranks(xs)));
        },
      ),
      { numRuns: 60, seed: 3 },
    );
  });

  it('gives the ranks of stats.ranks on columns of durations (bucket path), with ties, -0 and a constant column', () => {
    const r = new RadixRanker(3000);
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 8, arbitrary: fc.double({ min: 0, max: 40, noNaN: true }) }, { weight: 1, arbitrary: fc.constantFrom(0, -0, 3, 7.5, 40) }), { minLength: 256, maxLength: 3000 }),
        (xs) => {
          const got = Array.from(r.ranks(xs, new Float64Array(xs.length)));
          expect(got).toEqual(Array.from(ranks(xs)));
        },
      ),
      { numRuns: 80, seed: 4 },
    );
    const same = new Float64Array(500).fill(2.5);
    expect(Array.from(r.ranks(same, new Float64Array(500)))).toEqual(new Array(500).fill(250.5));
    // Two values only (crowded buckets: the radix path) and a column with an infinite range.
    const two = Float64Array.from({ length: 900 }, (_, i) => (i % 3 === 0 ? 8 : 5));
    expect(Array.from(r.ranks(two, new Float64Array(900)))).toEqual(Array.from(ranks(two)));
    const wide = Float64Array.from({ length: 600 }, (_, i) => (i === 7 ? -Infinity : i === 9 ? Infinity : i * 0.37));
    expect(Array.from(r.ranks(wide, new Float64Array(600)))).toEqual(Array.from(ranks(wide)));
  });

  it('ranks a long column of durations', () => {
    const n = 20000;
    const xs = new Float64Array(n);
    for (let i = 0; i < n; i++) xs[i] = 5 + ((i * 7919) % 1000) / 100 + (i % 3 === 0 ? 0 : i / n);
    const r = new RadixRanker(n);
    expect(Array.from(r.ranks(xs, new Float64Array(n)))).toEqual(Array.from(ranks(xs)));
  });
});

describe('RadixRanker.spearman', () => {
  it('equals rankCorrelation of the ranks, bit for bit, on both paths (bucket sort and radix fallback) and short columns', () => {
    const r = new RadixRanker(2000);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof({ weight: 20, arbitrary: fc.double({ min: 0, max: 30, noNaN: true }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 4 }) }), fc.double({ min: -5, max: 5, noNaN: true })), { minLength: 2, maxLength: 2000 }),
        (pairs) => {
          const x = pairs.map((p) => p[0]);
          const ry = ranks(pairs.map((p) => p[1]));
          expect(r.spearman(x, ry)).toBe(rankCorrelation(ranks(x), ry, x.length));
        },
      ),
      { numRuns: 120, seed: 6 },
    );
    const up = Float64Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(r.spearman(up.map((v) => v * 0.7 + 2), up)).toBe(1);
    expect(r.spearman(new Float64Array(1000).fill(3), up)).toBe(0);
    expect(r.spearman([1], up.subarray(0, 1))).toBeNaN();
    // Two values only: crowded buckets, the radix fallback.
    const two = Float64Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 8 : 5));
    expect(r.spearman(two, up)).toBe(rankCorrelation(ranks(two), up, 1000));
  });
});

describe('rankCorrelation', () => {
  it('equals the Pearson correlation of the ranks (Spearman), 0 for a constant, exact for perfect orders', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.double({ min: -5, max: 5, noNaN: true })), { minLength: 2, maxLength: 400 }), (pairs) => {
        const x = pairs.map((p) => p[0]);
        const y = pairs.map((p) => p[1]);
        const n = pairs.length;
        expect(rankCorrelation(ranks(x), ranks(y), n)).toBeCloseTo(pearson(ranks(x), ranks(y)), 12);
      }),
      { numRuns: 200, seed: 5 },
    );
    const up = Float64Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(rankCorrelation(up, up, 1000)).toBe(1);
    expect(rankCorrelation(up, up.slice().reverse(), 1000)).toBe(-1);
    expect(rankCorrelation(new Float64Array(10).fill(5.5), up.subarray(0, 10), 10)).toBe(0);
  });
});
