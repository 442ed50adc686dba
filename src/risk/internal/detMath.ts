/**
 * The natural logarithm and the exponential computed with IEEE 754 additions, multiplications
 * and divisions only, so that every JavaScript engine on every machine returns the same bits.
 *
 * `Math.log` and `Math.exp` are "implementation-approximated" by the ECMAScript standard: engines
 * may (and some do) return results that differ in the last bit. The samplers of the Monte Carlo
 * engine promise bit-identical results for a seed on any machine, so they use these instead.
 * The algorithms are those of fdlibm (Sun Microsystems, 1993), the library V8 and SpiderMonkey
 * port for `Math.log`/`Math.exp`: argument reduction to a small interval and a minimax
 * polynomial, error below 1 ulp. Private to pmo-kit/risk.
 */
import { fromWords, highWord, lowWord, withHighWord } from './bits.js';

const LN2_HI = 6.93147180369123816490e-1; // 0x3fe62e42 fee00000: its product with an integer < 2^11 is exact
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
const TWO54 = 1.8014398509481984e16;
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/**
 * The natural logarithm of `x`, bit-identical on every engine: `-Infinity` for 0, `NaN` for
 * negative numbers and `NaN`, `Infinity` for `Infinity`. Error below 1 ulp.
 */
export function ln(x: number): number {
  let hx = highWord(x) | 0;
  const lx = lowWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // zero, negative or subnormal
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    hx = highWord(x) | 0;
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  // x scaled into [sqrt(2)/2, sqrt(2)): x = 2^k * (1 + f)
  x = withHighWord(x, hx | (i ^ 0x3ff00000));
  k += i >> 20;
  const f = x - 1;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
    const r = f * f * (0.5 - 0.33333333333333333 * f);
    return k === 0 ? f - r : k * LN2_HI - (r - k * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  const j = (hx - 0x6147a) | (0x6b851 - hx);
  if (j > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + r)) : k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - r) : k * LN2_HI - (s * (f - r) - k * LN2_LO - f);
}

const O_THRESHOLD = 7.09782712893383973096e2;
const U_THRESHOLD = -7.45133219101941108420e2;
const INV_LN2 = 1.44269504088896338700;
const TWOM1000 = 9.33263618503218878990e-302;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;

/**
 * `e` to the power `x`, bit-identical on every engine: `Infinity` above about 709.78, `0` below
 * about -745.13, `NaN` for `NaN`. Error below 1 ulp.
 */
export function exp(x: number): number {
  const hxRaw = highWord(x);
  const negative = hxRaw >>> 31 === 1;
  const hx = hxRaw & 0x7fffffff;
  if (hx >= 0x40862e42) {
    // |x| >= 709.78…, or not finite
    if (hx >= 0x7ff00000) return Number.isNaN(x) ? NaN : negative ? 0 : Infinity;
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln(2)/2: reduce to x = k ln2 + r, |r| <= ln(2)/2
    if (hx < 0x3ff0a2b2) {
      // |x| < 1.5 ln2
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // |x| < 2^-28
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  if (k >= -1021) {
    if (k === 1024) return y * 2 * 8.98846567431158e307; // 2^1023
    return fromWords((highWord(y) + (k << 20)) >>> 0, lowWord(y));
  }
  return fromWords((highWord(y) + ((k + 1000) << 20)) >>> 0, lowWord(y)) * TWOM1000;
}
