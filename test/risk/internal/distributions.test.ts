/**
 * The duration samplers against closed forms: exact distribution functions (Kolmogorov–Smirnov),
 * moments within sampling tolerance at fixed seeds, bounds, and the merge-bias results for two
 * parallel normal paths.
 */
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../../src/errors.js';
import { DISTRIBUTIONS, KIND, distributionMoments, distributionTable, sampleTable, sampleVariable, setDistribution, setFixed, type DistributionName } from '../../../src/risk/internal/distributions.js';
import { normalCdf } from '../../../src/risk/internal/normal.js';
import { Rng } from '../../../src/risk/internal/rng.js';
import { mean, variance } from '../../../src/risk/internal/stats.js';
import { betaCdfInt, ks, ksCritical } from './goodnessOfFit.js';

/** n draws of one distribution over (a, m, b), one stream per draw as the simulation does. */
function draws(name: DistributionName, a: number, m: number, b: number, n: number, seed = 7): Float64Array {
  const t = distributionTable(1);
  setDistribution(t, 0, name, a, m, b);
  const rng = new Rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = sampleVariable(t, 0, rng.stream(i));
  return out;
}

describe('samplers follow their distribution exactly (Kolmogorov–Smirnov, n = 20 000)', () => {
  const n = 20_000;
  it('PERT-beta with α = 2, β = 4 and with α = β = 3', () => {
    // m - a = (b - a)/4 gives α = 2, β = 4; m in the middle gives α = β = 3.
    expect(ks(draws('pert', 10, 15, 30, n), (x) => betaCdfInt((x - 10) / 20, 2, 4))).toBeLessThan(ksCritical(n));
    expect(ks(draws('pert', 4, 8, 12, n), (x) => betaCdfInt((x - 4) / 8, 3, 3))).toBeLessThan(ksCritical(n));
    // a = m: α = 1, β = 5 (the gamma sampler at its smallest shape)
    expect(ks(draws('pert', 0, 0, 10, n), (x) => betaCdfInt(x / 10, 1, 5))).toBeLessThan(ksCritical(n));
  });

  it('triangular and uniform', () => {
    const tri = (a: number, m: number, b: number) => (x: number) => (x <= m ? (x - a) ** 2 / ((b - a) * (m - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - m)));
    expect(ks(draws('triangular', 2, 5, 11, n), tri(2, 5, 11))).toBeLessThan(ksCritical(n));
    expect(ks(draws('uniform', 2, 5, 11, n), (x) => (x - 2) / 9)).toBeLessThan(ksCritical(n));
  });

  it('normal truncated at 0, and shifted lognormal', () => {
    // a = 0, m = 1, b = 8: μ = 2, σ = 4/3: the truncation at 0 removes 6.7 % of the parent normal.
    const mu = 2;
    const sd = 8 / 6;
    const p0 = normalCdf(-mu / sd);
    expect(p0).toBeGreaterThan(0.06);
    expect(ks(draws('normal', 0, 1, 8, n), (x) => (normalCdf((x - mu) / sd) - p0) / (1 - p0))).toBeLessThan(ksCritical(n));
    const a = 2;
    const excess = (2 + 4 * 5 + 11) / 6 - a;
    const s = 9 / 6;
    const tau2 = Math.log(1 + (s * s) / (excess * excess));
    const nu = Math.log(excess) - tau2 / 2;
    expect(ks(draws('lognormal', 2, 5, 11, n), (x) => normalCdf((Math.log(x - a) - nu) / Math.sqrt(tau2)))).toBeLessThan(ksCritical(n));
  });
});

describe('moments within sampling tolerance at fixed seeds (n = 100 000)', () => {
  const n = 100_000;
  const estimates: [number, number, number][] = [
    [2, 5, 11],
    [10, 10, 40],
    [3, 9, 9],
    [0, 2, 3],
  ];
  for (const name of DISTRIBUTIONS)
    it(name, () => {
      for (const [a, m, b] of estimates) {
        const x = draws(name, a, m, b, n, 99);
        const exact = distributionMoments(name, a, m, b);
        const sd = Math.sqrt(exact.variance);
        expect(Math.abs(mean(x) - exact.mean), `${name} (${a}, ${m}, ${b}) mean`).toBeLessThan((4.5 * sd) / Math.sqrt(n));
        expect(Math.abs(variance(x) / exact.variance - 1), `${name} (${a}, ${m}, ${b}) variance`).toBeLessThan(0.04);
      }
    });

  it('PERT has the PERT mean (a + 4m + b)/6 and the beta variance αβ(b - a)²/252', () => {
    // α = 1 + 4·3/9 = 7/3, β = 1 + 4·6/9 = 11/3
    const m = distributionMoments('pert', 2, 5, 11);
    expect(m.mean).toBe(5.5);
    expect(m.variance).toBeCloseTo(((7 / 3) * (11 / 3) * 81) / 252, 14);
    expect(distributionMoments('lognormal', 2, 5, 11)).toEqual({ mean: 5.5, variance: 2.25 });
  });
});

describe('bounds and degenerate estimates', () => {
  it('keeps every draw within its support', () => {
    for (const name of DISTRIBUTIONS) {
      const x = draws(name, 3, 4, 9, 20_000, 5);
      const lo = name === 'normal' ? 0 : 3;
      const hi = name === 'normal' || name === 'lognormal' ? Infinity : 9;
      expect(Math.min(...x), name).toBeGreaterThanOrEqual(lo);
      expect(Math.max(...x), name).toBeLessThanOrEqual(hi);
    }
    // a normal far below zero in its lower tail is clamped, never negative
    const x = draws('normal', 0, 0, 60, 20_000, 5);
    expect(Math.min(...x)).toBeGreaterThanOrEqual(0);
  });

  it('an estimate with a = b is a constant; setFixed stores a constant', () => {
    const t = distributionTable(2);
    setDistribution(t, 0, 'lognormal', 4, 4, 4);
    setFixed(t, 1, 7);
    expect(Array.from(t.kind)).toEqual([KIND.fixed, KIND.fixed]);
    const out = new Float64Array(2);
    sampleTable(t, new Rng(1), out);
    expect(Array.from(out)).toEqual([4, 7]);
    expect(distributionMoments('pert', 4, 4, 4)).toEqual({ mean: 4, variance: 0 });
  });

  it('rejects estimates out of order, negative or not finite, and unknown distributions', () => {
    const t = distributionTable(1);
    expect(() => setDistribution(t, 0, 'pert', 5, 4, 9)).toThrow(PmoError);
    expect(() => setDistribution(t, 0, 'pert', -1, 4, 9)).toThrow(/optimistic <= mostLikely <= pessimistic/);
    expect(() => setDistribution(t, 0, 'pert', 1, 4, Infinity)).toThrow(PmoError);
    expect(() => setDistribution(t, 0, 'beta' as DistributionName, 1, 4, 9)).toThrow(/unknown distribution "beta"/);
    expect(() => setDistribution(t, 1, 'pert', 1, 4, 9)).toThrow(/outside the table/);
    expect(() => setFixed(t, 0, -2)).toThrow(PmoError);
    expect(() => distributionTable(-1)).toThrow(PmoError);
  });

  it('sampleTable gives the draws of sampleVariable in turn, and leaves the generator where they do', () => {
    const t = distributionTable(40);
    for (let i = 0; i < 40; i++) {
      const name = i % 7 === 6 ? 'fixed' : DISTRIBUTIONS[(i * 3) % DISTRIBUTIONS.length]!;
      if (name === 'fixed') setFixed(t, i, i / 3);
      else setDistribution(t, i, name, 1 + (i % 3), 4 + (i % 5), 9 + (i % 7));
    }
    for (let it = 0; it < 200; it++) {
      const a = new Rng(31).stream(it);
      const b = new Rng(31).stream(it);
      const out = new Float64Array(40);
      sampleTable(t, a, out);
      const one = Array.from({ length: 40 }, (_, i) => sampleVariable(t, i, b));
      expect(Array.from(out)).toEqual(one);
      expect(a.i32()).toBe(b.i32());
    }
  });

  it('gives the pinned draws for a seed and stream on every machine', () => {
    const t = distributionTable(5);
    DISTRIBUTIONS.forEach((d, i) => setDistribution(t, i, d, 2, 5, 11));
    const out = new Float64Array(5);
    sampleTable(t, new Rng(2026).stream(42), out);
    expect(Array.from(out)).toEqual([8.705819918352518, 3.648019368936711, 9.583366737982196, 5.015293774324362, 5.151785086111404]);
  });
});

describe('merge bias: two parallel paths of iid normal durations', () => {
  // μ = 20, σ = 10/3: the truncation at 0 lies 6σ below the mean (probability 1e-9), negligible.
  const n = 200_000;
  const t = distributionTable(2);
  setDistribution(t, 0, 'normal', 10, 20, 30);
  setDistribution(t, 1, 'normal', 10, 20, 30);
  const rng = new Rng(1);
  const out = new Float64Array(2);
  const finish = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    sampleTable(t, rng.stream(i), out);
    finish[i] = Math.max(out[0]!, out[1]!);
  }
  const sigma = 10 / 3;

  it('the expected finish is mean + σ/sqrt(π) = mean + 0.5642σ', () => {
    // sd of the maximum is σ·sqrt(1 - 1/π); 4 standard errors
    const tol = (4 * sigma * Math.sqrt(1 - 1 / Math.PI)) / Math.sqrt(n);
    expect(Math.abs(mean(finish) - (20 + 0.5642 * sigma))).toBeLessThan(tol);
    expect(0.5642).toBeCloseTo(1 / Math.sqrt(Math.PI), 4);
  });

  it('P(finish <= mean) = 0.25, not the 0.5 a single path gives', () => {
    const share = finish.filter((x) => x <= 20).length / n;
    expect(Math.abs(share - 0.25)).toBeLessThan(4 * Math.sqrt((0.25 * 0.75) / n));
  });

  it('sums of independent normals along a chain add means and variances', () => {
    const chain = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sampleTable(t, rng.stream(n + i), out);
      chain[i] = out[0]! + out[1]!;
    }
    expect(Math.abs(mean(chain) - 40)).toBeLessThan((4 * sigma * Math.SQRT2) / Math.sqrt(n));
    expect(Math.abs(variance(chain) / (2 * sigma * sigma) - 1)).toBeLessThan(0.02);
  });
});
