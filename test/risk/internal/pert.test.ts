/** The analytic PERT answer along a path. */
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../../src/errors.js';
import { pertPath, pertProbability, pertQuantile } from '../../../src/risk/internal/pert.js';

describe('pertPath', () => {
  // A textbook path (Hillier & Lieberman's "Reliable Construction" critical path: activities
  // A, B, C, E, F, J, L, N), in weeks: mean 44, variance 9.
  const path = [
    { optimistic: 1, mostLikely: 2, pessimistic: 3 }, // A
    { optimistic: 2, mostLikely: 3.5, pessimistic: 8 }, // B
    { optimistic: 6, mostLikely: 9, pessimistic: 18 }, // C
    { optimistic: 1, mostLikely: 4.5, pessimistic: 5 }, // E
    { optimistic: 4, mostLikely: 4, pessimistic: 10 }, // F
    { optimistic: 3, mostLikely: 9, pessimistic: 9 }, // J
    { optimistic: 1, mostLikely: 5.5, pessimistic: 7 }, // L
    { optimistic: 5, mostLikely: 5.5, pessimistic: 9 }, // N
  ];

  it('sums means (a + 4m + b)/6 and classic variances ((b - a)/6)²', () => {
    const p = pertPath(path);
    expect(p.mean).toBeCloseTo(44, 12);
    expect(p.variance).toBeCloseTo(9, 12);
    expect(p.stdDev).toBeCloseTo(3, 12);
    // P(T <= 47 weeks) = Φ(1) = 0.8413
    expect(pertProbability(p, 47)).toBeCloseTo(0.8413447460685429, 12);
    expect(pertProbability(p, 44)).toBeCloseTo(0.5, 14);
    expect(pertQuantile(p, 0.8413447460685429)).toBeCloseTo(47, 10);
  });

  it('the beta variance is that of the PERT-beta the simulation samples', () => {
    const p = pertPath([{ optimistic: 2, mostLikely: 5, pessimistic: 11 }], 'beta');
    expect(p.variance).toBeCloseTo(2.75, 12);
  });

  it('fixed durations add without variance; no variance gives a step', () => {
    const p = pertPath([5, { optimistic: 3, mostLikely: 3, pessimistic: 3 }, 2]);
    expect(p).toEqual({ mean: 10, variance: 0, stdDev: 0 });
    expect(pertProbability(p, 10)).toBe(1);
    expect(pertProbability(p, 9.99)).toBe(0);
    expect(pertPath([])).toEqual({ mean: 0, variance: 0, stdDev: 0 });
  });

  it('rejects bad estimates and probabilities', () => {
    expect(() => pertPath([{ optimistic: 5, mostLikely: 3, pessimistic: 8 }])).toThrow(PmoError);
    expect(() => pertPath([-1])).toThrow(/finite number >= 0/);
    expect(() => pertQuantile({ mean: 1, variance: 1, stdDev: 1 }, 1)).toThrow(/in \(0, 1\)/);
  });
});
