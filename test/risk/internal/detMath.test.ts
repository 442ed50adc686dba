/** ln and exp from basic IEEE operations only: they must agree with the engine to the last bit (V8 ports the same fdlibm). */
import { describe, expect, it } from 'vitest';
import { exp, ln } from '../../../src/risk/internal/detMath.js';
import { Rng } from '../../../src/risk/internal/rng.js';

const f64 = new Float64Array(2);
const i64 = new BigInt64Array(f64.buffer);
/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
  f64[0] = a;
  f64[1] = b;
  return Math.abs(Number(i64[0]! - i64[1]!));
}

describe('ln and exp (deterministic)', () => {
  it('agree with Math.log and Math.exp within 1 ulp over the whole range', () => {
    const rng = new Rng(11);
    let worst = 0;
    for (let i = 0; i < 200_000; i++) {
      const x = 10 ** ((rng.uniform() - 0.5) * 600) * (1 + rng.uniform());
      worst = Math.max(worst, ulps(ln(x), Math.log(x)));
      const y = (rng.uniform() - 0.5) * 1400;
      worst = Math.max(worst, ulps(exp(y), Math.exp(y)));
      const near1 = 1 + (rng.uniform() - 0.5) * 1e-6;
      worst = Math.max(worst, ulps(ln(near1), Math.log(near1)));
      const small = (rng.uniform() - 0.5) * 1e-9;
      worst = Math.max(worst, ulps(exp(small), Math.exp(small)));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('handles the special values', () => {
    expect(ln(0)).toBe(-Infinity);
    expect(ln(-0)).toBe(-Infinity);
    expect(ln(-1)).toBeNaN();
    expect(ln(NaN)).toBeNaN();
    expect(ln(Infinity)).toBe(Infinity);
    expect(ln(1)).toBe(0);
    expect(ln(5e-324)).toBeCloseTo(-744.4400719213812, 12);
    expect(exp(0)).toBe(1);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(NaN)).toBeNaN();
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(709.78)).toBeCloseTo(1.7928227943945155e308, -295);
  });

  it('returns the pinned bits (these never change from machine to machine)', () => {
    expect(ln(2)).toBe(0.6931471805599453);
    expect(ln(10)).toBe(2.302585092994046);
    expect(ln(0.3)).toBe(-1.2039728043259361);
    expect(exp(1)).toBe(2.7182818284590455);
    expect(exp(-0.5)).toBe(0.6065306597126334);
    expect(exp(3.7)).toBe(40.4473043600674);
  });
});
