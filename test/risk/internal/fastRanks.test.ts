import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RadixRanker } from '../../../src/risk/internal/fastRanks.js';
import { ranks } from '../../../src/risk/internal/stats.js';

describe('RadixRanker', () => {
  it('gives the ranks of stats.ranks (ties averaged) on any doubles (radix path: >= 1024 values)', () => {
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

  it('ranks a long column of durations', () => {
    const n = 20000;
    const xs = new Float64Array(n);
    for (let i = 0; i < n; i++) xs[i] = 5 + ((i * 7919) % 1000) / 100 + (i % 3 === 0 ? 0 : i / n);
    const r = new RadixRanker(n);
    expect(Array.from(r.ranks(xs, new Float64Array(n)))).toEqual(Array.from(ranks(xs)));
  });
});
