/** Ziggurat normal variates: the exact normal distribution, including the tail and the wedges. */
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../src/risk/internal/normal.js';
import { Rng } from '../../../src/risk/internal/rng.js';
import { mean, sorted, variance } from '../../../src/risk/internal/stats.js';
import { zigguratNormal } from '../../../src/risk/internal/ziggurat.js';

describe('zigguratNormal', () => {
  const n = 400_000;
  const rng = new Rng(31);
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) z[i] = zigguratNormal(rng);

  it('follows Φ (Kolmogorov–Smirnov at the 0.001 level)', () => {
    const s = sorted(z);
    let d = 0;
    for (let i = 0; i < n; i++) {
      const f = normalCdf(s[i]!);
      d = Math.max(d, f - i / n, (i + 1) / n - f);
    }
    expect(d).toBeLessThan(1.95 / Math.sqrt(n));
  });

  it('has mean 0, variance 1 and kurtosis 3', () => {
    expect(Math.abs(mean(z))).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(variance(z) - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    let m4 = 0;
    for (const x of z) m4 += x ** 4;
    expect(Math.abs(m4 / n - 3)).toBeLessThan(4 * Math.sqrt(96 / n));
  });

  it('draws the tail beyond R = 3.4426 as often as the normal does, symmetrically', () => {
    const expected = 2 * normalCdf(-3.442619855899) * n; // about 230
    const above = z.filter((x) => x > 3.442619855899).length;
    const below = z.filter((x) => x < -3.442619855899).length;
    expect(Math.abs(above + below - expected)).toBeLessThan(4 * Math.sqrt(expected));
    expect(Math.abs(above - below)).toBeLessThan(4 * Math.sqrt(expected));
    // and far out in it: P(|Z| > 4) = 6.3e-5
    const far = z.filter((x) => Math.abs(x) > 4).length;
    expect(Math.abs(far - 2 * normalCdf(-4) * n)).toBeLessThan(4 * Math.sqrt(2 * normalCdf(-4) * n) + 1);
  });
});
