/** Iman–Conover: the target rank correlation is reached within sampling noise, marginals are untouched. */
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../../src/errors.js';
import { distributionTable, sampleVariable, setDistribution } from '../../../src/risk/internal/distributions.js';
import { cholesky, imanConover } from '../../../src/risk/internal/imanConover.js';
import { Rng } from '../../../src/risk/internal/rng.js';
import { pearson, sorted, spearman } from '../../../src/risk/internal/stats.js';

/** n iterations of k independent variables (PERT, triangular, lognormal, …), column-major. */
function matrix(n: number, k: number, seed = 1): Float64Array {
  const names = ['pert', 'triangular', 'lognormal', 'uniform', 'normal'] as const;
  const t = distributionTable(k);
  for (let j = 0; j < k; j++) setDistribution(t, j, names[j % names.length]!, 2 + j, 5 + 2 * j, 12 + 3 * j);
  const rng = new Rng(seed);
  const m = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    rng.stream(i);
    for (let j = 0; j < k; j++) m[j * n + i] = sampleVariable(t, j, rng);
  }
  return m;
}
const col = (m: Float64Array, n: number, j: number) => m.subarray(j * n, (j + 1) * n);

describe('imanConover', () => {
  const n = 10_000;
  const target = [1, 0.8, 0.3, 0.8, 1, 0, 0.3, 0, 1];

  it('reaches the target rank correlations within 0.02', () => {
    const m = matrix(n, 3);
    expect(Math.abs(spearman(col(m, n, 0), col(m, n, 1)))).toBeLessThan(0.04); // independent before
    imanConover(m, n, 3, target, new Rng(1, 2));
    expect(spearman(col(m, n, 0), col(m, n, 1))).toBeCloseTo(0.8, 1);
    expect(Math.abs(spearman(col(m, n, 0), col(m, n, 1)) - 0.8)).toBeLessThan(0.02);
    expect(Math.abs(spearman(col(m, n, 0), col(m, n, 2)) - 0.3)).toBeLessThan(0.02);
    expect(Math.abs(spearman(col(m, n, 1), col(m, n, 2)) - 0)).toBeLessThan(0.02);
  });

  it('without the rank adjustment, reaches (6/π)·asin(ρ/2) as in the original paper', () => {
    const m = matrix(n, 2);
    imanConover(m, n, 2, [1, 0.8, 0.8, 1], new Rng(1, 2), { rankTarget: false });
    expect(Math.abs(spearman(col(m, n, 0), col(m, n, 1)) - (6 / Math.PI) * Math.asin(0.4))).toBeLessThan(0.02);
  });

  it('handles negative correlation', () => {
    const m = matrix(n, 2);
    imanConover(m, n, 2, [1, -0.6, -0.6, 1], new Rng(4));
    expect(Math.abs(spearman(col(m, n, 0), col(m, n, 1)) + 0.6)).toBeLessThan(0.02);
  });

  it('only re-pairs: each column keeps exactly its values', () => {
    const m = matrix(n, 3);
    const before = [0, 1, 2].map((j) => Array.from(sorted(col(m, n, j))));
    imanConover(m, n, 3, target, new Rng(9));
    for (let j = 0; j < 3; j++) expect(Array.from(sorted(col(m, n, j)))).toEqual(before[j]);
  });

  it('is deterministic for a seed', () => {
    const a = matrix(2000, 3);
    const b = matrix(2000, 3);
    imanConover(a, 2000, 3, target, new Rng(8));
    imanConover(b, 2000, 3, target, new Rng(8));
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it('rejects contradictory or malformed targets and too few iterations', () => {
    const m = matrix(100, 3);
    // a~b 0.9, b~c 0.9, a~c -0.9 cannot hold together
    expect(() => imanConover(m, 100, 3, [1, 0.9, -0.9, 0.9, 1, 0.9, -0.9, 0.9, 1], new Rng(1))).toThrow(/not positive definite/);
    expect(() => imanConover(m, 100, 3, [1, 0.5, 0.5, 1], new Rng(1))).toThrow(/k² = 9/);
    expect(() => imanConover(m, 100, 3, [1, 0.5, 0, 0.4, 1, 0, 0, 0, 1], new Rng(1))).toThrow(/same both ways/);
    expect(() => imanConover(m, 100, 3, [2, 0, 0, 0, 1, 0, 0, 0, 1], new Rng(1))).toThrow(PmoError);
    expect(() => imanConover(matrix(3, 3), 3, 3, target, new Rng(1))).toThrow(/need more than 3 iterations/);
    expect(() => imanConover(m, 200, 3, target, new Rng(1))).toThrow(/not n·k/);
  });

  it('cholesky factors a positive definite matrix and refuses others', () => {
    const a = [4, 2, 2, 3];
    const l = cholesky(a, 2)!;
    expect(Array.from(l)).toEqual([2, 0, 1, Math.SQRT2]);
    expect(cholesky([1, 2, 2, 1], 2)).toBeNull();
    // the scores' own Pearson correlation equals the adjusted target exactly
    const m = matrix(5000, 2);
    imanConover(m, 5000, 2, [1, 0.5, 0.5, 1], new Rng(3));
    expect(pearson(col(m, 5000, 0), col(m, 5000, 1))).toBeGreaterThan(0.3);
  });
});
