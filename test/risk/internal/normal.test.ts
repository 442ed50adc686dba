/** Φ and Φ⁻¹ against reference values computed with mpmath at 50 digits. */
import { describe, expect, it } from 'vitest';
import { normalCdf, normalPdf, normalQuantile } from '../../../src/risk/internal/normal.js';

const CDF: [number, number][] = [
  [-37, 5.725571222524577e-300],
  [-20, 2.7536241186062337e-89],
  [-10, 7.619853024160525e-24],
  [-8, 6.220960574271784e-16],
  [-6, 9.86587645037698e-10],
  [-5, 2.866515718791939e-7],
  [-3, 0.0013498980316300946],
  [-2.5001, 0.006207912714815194],
  [-2.5, 0.006209665325776135],
  [-1.96, 0.024997895148220435],
  [-1, 0.15865525393145705],
  [0, 0.5],
  [0.3, 0.6179114221889527],
  [1, 0.8413447460685429],
  [2, 0.9772498680518208],
  [3, 0.9986501019683699],
  [6, 0.9999999990134123],
  [8, 0.9999999999999993],
];
const QUANTILE: [number, number][] = [
  [1e-300, -37.0470962993612],
  [1e-20, -9.262340089798407],
  [1e-10, -6.361340902404057],
  [1e-5, -4.264890793922825],
  [0.001, -3.0902323061678136],
  [0.075, -1.439531470938456],
  [0.1, -1.2815515655446004],
  [0.25, -0.6744897501960817],
  [0.5, 0],
  [0.8, 0.8416212335729144],
  [0.975, 1.9599639845400538],
  [0.999, 3.090232306167813],
];

describe('the standard normal', () => {
  it('Φ matches the reference to a relative 1e-13 in both tails', () => {
    for (const [x, v] of CDF) expect(Math.abs(normalCdf(x) - v) / v, `x = ${x}`).toBeLessThan(1e-13);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(9)).toBe(1);
    expect(normalCdf(NaN)).toBeNaN();
  });

  it('Φ⁻¹ (AS 241) matches the reference to a relative 1e-15', () => {
    for (const [p, z] of QUANTILE) expect(Math.abs(normalQuantile(p) - z), `p = ${p}`).toBeLessThanOrEqual(1e-15 * Math.max(1, Math.abs(z)));
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
  });

  it('Φ⁻¹ inverts Φ and is antisymmetric', () => {
    for (let p = 0.0005; p < 1; p += 0.0123) {
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 14);
      expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 12);
    }
  });

  it('the density integrates to Φ', () => {
    let s = 0;
    const h = 1e-3;
    for (let x = -8 + h / 2; x < 1.5; x += h) s += normalPdf(x) * h;
    expect(s).toBeCloseTo(normalCdf(1.5), 7);
  });
});
