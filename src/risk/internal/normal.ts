/**
 * The standard normal distribution: its density, its cumulative distribution function Φ and its
 * quantile function Φ⁻¹, with {@link ln}/{@link exp} of ./detMath so that results are
 * bit-identical on every engine. Private to pmo-kit/risk.
 */
import { exp, ln } from './detMath.js';

/** ln(sqrt(2π)). */
const LN_SQRT_2PI = 0.91893853320467274178;

/** The standard normal density φ(x) = exp(-x²/2) / sqrt(2π). */
export function normalPdf(x: number): number {
  return exp(-0.5 * x * x - LN_SQRT_2PI);
}

/**
 * Φ(x), the probability that a standard normal variable is at most `x`.
 *
 * For |x| < 2.5 the Taylor series of Marsaglia (2004), Φ(x) = 1/2 + φ(x)·(x + x³/3 + x⁵/15 + …),
 * summed until it stops changing; beyond, Laplace's continued fraction for the tail,
 * Q(x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + …)))), evaluated from 100 terms down. Relative error
 * about 1e-15 in both tails. 0 below -38.5 and 1 above 8.3 (the nearest doubles).
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < -38.5) return 0;
  if (x > 8.3) return 1;
  if (x > -2.5 && x < 2.5) {
    const q = x * x;
    let sum = x;
    let term = x;
    let previous = 0;
    for (let i = 3; sum !== previous; i += 2) {
      previous = sum;
      term *= q / i;
      sum += term;
    }
    return 0.5 + sum * normalPdf(x);
  }
  const t = x < 0 ? -x : x;
  let cf = t;
  for (let n = 100; n >= 1; n--) cf = t + n / cf;
  const tail = normalPdf(t) / cf;
  return x < 0 ? tail : 1 - tail;
}

// Wichura's AS 241 (Applied Statistics 37, 1988, pp. 477–484), PPND16: relative error ~1e-16.
const A = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727] as const;
const B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561] as const;
const C = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4] as const;
const D = [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9] as const;
const E = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7] as const;
const F = [1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15] as const;

function poly(c: readonly number[], x: number): number {
  return ((((((c[7]! * x + c[6]!) * x + c[5]!) * x + c[4]!) * x + c[3]!) * x + c[2]!) * x + c[1]!) * x + c[0]!;
}

/**
 * Φ⁻¹(p), the standard normal quantile, for 0 < p < 1 (`-Infinity` at 0, `Infinity` at 1, `NaN`
 * outside [0, 1]). Wichura's algorithm AS 241: a rational approximation in three regions,
 * relative error about 1e-16. No allocation; `ln` and `sqrt` only in the tails (|p - 1/2| > 0.425).
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  const q = p - 0.5;
  if (q <= 0.425 && q >= -0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(A, r)) / poly(B, r);
  }
  let r = Math.sqrt(-ln(q < 0 ? p : 1 - p));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z = poly(C, r) / poly(D, r);
  } else {
    r -= 5;
    z = poly(E, r) / poly(F, r);
  }
  return q < 0 ? -z : z;
}
