/**
 * The table-based Beta sampler of the PERT distribution against the exact Beta distribution:
 * Kolmogorov–Smirnov against the regularized incomplete beta function (computed here by numerical
 * integration, independently of the sampler), the first two moments in closed form, and the
 * invariants that make the rejection exact (the envelope covers the density, the squeeze lies
 * under it, the alias table's proposal probabilities add up to 2^32 units (256 bins × 2^24)).
 */
import { describe, expect, it } from 'vitest';
import { BINS, betaShape, sampleBeta } from '../../../src/risk/internal/betaTable.js';
import { distributionTable, sampleVariable, setDistribution } from '../../../src/risk/internal/distributions.js';
import { Rng } from '../../../src/risk/internal/rng.js';
import { mean, variance } from '../../../src/risk/internal/stats.js';
import { betaCdfInt, ks, ksCritical } from './goodnessOfFit.js';

/** The Beta(α, β) distribution function on a grid of `m` intervals (composite Simpson on each), read by linear interpolation. */
function betaCdf(alpha: number, beta: number, m = 20_000): (x: number) => number {
  const f = (x: number) => (x <= 0 ? (alpha === 1 ? 1 : 0) : x >= 1 ? (beta === 1 ? 1 : 0) : x ** (alpha - 1) * (1 - x) ** (beta - 1));
  const cum = new Float64Array(m + 1);
  for (let i = 0; i < m; i++) {
    const a = i / m;
    const b = (i + 1) / m;
    cum[i + 1] = cum[i]! + ((b - a) / 6) * (f(a) + 4 * f((a + b) / 2) + f(b));
  }
  const total = cum[m]!;
  return (x) => {
    if (x <= 0) return 0;
    if (x >= 1) return 1;
    const i = Math.min(m - 1, Math.floor(x * m));
    const t = x * m - i;
    return (cum[i]! + t * (cum[i + 1]! - cum[i]!)) / total;
  };
}

function draws(alpha: number, beta: number, n: number, seed = 11): Float64Array {
  const shape = betaShape(alpha, beta);
  const rng = new Rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = sampleBeta(shape, rng.stream(i));
  return out;
}

// The PERT shapes: α + β = 6, α in [1, 5]; integer, thirds, near the ends, symmetric.
const SHAPES: [number, number][] = [
  [1, 5],
  [5, 1],
  [3, 3],
  [2, 4],
  [7 / 3, 11 / 3],
  [1.2, 4.8],
  [4.9, 1.1],
  [1 + 4 / 13, 5 - 4 / 13],
];

describe('sampleBeta follows Beta(α, β) exactly', () => {
  it('Kolmogorov–Smirnov against the exact distribution function (n = 50 000 per shape)', () => {
    const n = 50_000;
    for (const [a, b] of SHAPES) expect(ks(draws(a, b, n), betaCdf(a, b)), `Beta(${a}, ${b})`).toBeLessThan(ksCritical(n));
  });

  it('chi-square over 256 bins, against the exact binomial-tail CDF (n = 2 000 000)', () => {
    // Fine enough to see a sampler that draws the envelope instead of the density (accepting
    // without the density test is off by about 1 % in the steep bins): chi-square ~ 500 then.
    const n = 2_000_000;
    const k = 256;
    for (const [a, b] of [
      [1, 5],
      [2, 4],
    ] as const) {
      const x = draws(a, b, n, 17);
      const count = new Float64Array(k);
      for (let i = 0; i < n; i++) count[Math.min(k - 1, Math.floor(x[i]! * k))]!++;
      let chi2 = 0;
      for (let j = 0; j < k; j++) {
        const p = betaCdfInt((j + 1) / k, a, b) - betaCdfInt(j / k, a, b);
        if (p * n < 5) continue;
        chi2 += (count[j]! - n * p) ** 2 / (n * p);
      }
      // 255 degrees of freedom: the 0.001 critical value is about 330.
      expect(chi2, `Beta(${a}, ${b})`).toBeLessThan(330);
    }
  });

  it('a wrong shape is rejected by the same test (the test has power)', () => {
    const n = 50_000;
    // Beta(2.4, 3.6) drawn, Beta(7/3, 11/3) tested: means 0.40 against 0.389.
    expect(ks(draws(2.4, 3.6, n), betaCdf(7 / 3, 11 / 3))).toBeGreaterThan(ksCritical(n));
  });

  it('has the mean α/(α + β) and the variance αβ/((α + β)²(α + β + 1)) (n = 200 000)', () => {
    const n = 200_000;
    for (const [a, b] of SHAPES) {
      const x = draws(a, b, n, 5);
      const m = a / (a + b);
      const v = (a * b) / ((a + b) ** 2 * (a + b + 1));
      expect(Math.abs(mean(x) - m), `Beta(${a}, ${b}) mean`).toBeLessThan((4.5 * Math.sqrt(v)) / Math.sqrt(n));
      expect(Math.abs(variance(x) / v - 1), `Beta(${a}, ${b}) variance`).toBeLessThan(0.02);
    }
  });

  it('stays inside (0, 1) and gives the pinned draws for a seed on every machine', () => {
    const x = draws(1, 5, 20_000, 3);
    expect(Math.min(...x)).toBeGreaterThan(0);
    expect(Math.max(...x)).toBeLessThan(1);
    const shape = betaShape(7 / 3, 11 / 3);
    const rng = new Rng(2026).stream(42);
    expect([sampleBeta(shape, rng), sampleBeta(shape, rng), sampleBeta(shape, rng)]).toEqual(PINNED);
  });
});

const PINNED = [0.7450911020391686, 0.6608693784178286, 0.11435035240583602];

describe('betaShape: the tables that make the rejection exact', () => {
  it('the alias table proposes every bin, with probabilities adding up to 2^32 units', () => {
    for (const [a, b] of SHAPES) {
      const { ints } = betaShape(a, b);
      const w = new Float64Array(BINS);
      for (let j = 0; j < BINS; j++) {
        const t = ints[2 * j]!;
        expect(t).toBeGreaterThanOrEqual(0);
        expect(t).toBeLessThanOrEqual(2 ** 24);
        w[j]! += t;
        w[ints[2 * j + 1]!]! += 2 ** 24 - t;
      }
      expect(w.reduce((s, x) => s + x, 0)).toBe(2 ** 32);
      for (let j = 0; j < BINS; j++) expect(w[j], `Beta(${a}, ${b}) bin ${j}`).toBeGreaterThan(0);
    }
  });

  it('the envelope H_j covers the density in bin j, the squeeze lies under it, and H_j is proportional to the proposal', () => {
    for (const [a, b] of SHAPES) {
      const { reals, ints } = betaShape(a, b);
      const mode = a + b === 2 ? 0.5 : (a - 1) / (a + b - 2);
      const h = (x: number) => (x ** (a - 1) * (1 - x) ** (b - 1)) / (mode ** (a - 1) * (1 - mode) ** (b - 1));
      const w = new Float64Array(BINS);
      for (let j = 0; j < BINS; j++) {
        w[j]! += ints[2 * j]!;
        w[ints[2 * j + 1]!]! += 2 ** 24 - ints[2 * j]!;
      }
      const c = reals[0]! / w[0]!;
      for (let j = 0; j < BINS; j++) {
        const H = reals[2 * j]!;
        const lo = reals[2 * j + 1]! * H;
        expect(H / w[j]!).toBeCloseTo(c, 12);
        for (let k = 0; k <= 16; k++) {
          const x = (j + k / 16) / BINS;
          if (x <= 0 || x >= 1) continue;
          const y = h(x);
          expect(H, `Beta(${a}, ${b}) bin ${j} at ${x}`).toBeGreaterThanOrEqual(y * (1 - 1e-12));
          expect(lo, `Beta(${a}, ${b}) bin ${j} at ${x}`).toBeLessThanOrEqual(y * (1 + 1e-12));
        }
      }
    }
  });
});

describe('PERT durations through the distribution table', () => {
  it('a + (b - a)·Beta(α, β) with non-integer α = 7/3, β = 11/3 (KS, n = 50 000)', () => {
    const n = 50_000;
    const t = distributionTable(1);
    setDistribution(t, 0, 'pert', 2, 5, 11);
    const rng = new Rng(9);
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = sampleVariable(t, 0, rng.stream(i));
    const cdf = betaCdf(7 / 3, 11 / 3);
    expect(ks(x, (d) => cdf((d - 2) / 9))).toBeLessThan(ksCritical(n));
  });

  it('tasks of one shape share its tables', () => {
    const t = distributionTable(4);
    setDistribution(t, 0, 'pert', 2, 5, 11);
    setDistribution(t, 1, 'pert', 4, 10, 22); // the same α = 7/3, β = 11/3, scaled
    setDistribution(t, 2, 'pert', 0, 0, 10);
    setDistribution(t, 3, 'pert', 1, 1, 6);
    expect(t.shapes.length).toBe(2);
  });
});
