/**
 * The natural logarithm and the exponential computed with IEEE 754 additions, multiplications
 * and divisions only, so that every JavaScript engine on every machine returns the same bits.
 *
 * `Math.log` and `Math.exp` are "implementation-approximated" by the ECMAScript standard: engines
 * may return results that differ in the last bit. The samplers of the Monte Carlo engine promise
 * bit-identical results for a seed on any machine, so they use these instead. The algorithms are
 * those of fdlibm (Sun Microsystems, 1993), which V8 and SpiderMonkey port for `Math.log` and
 * `Math.exp`: argument reduction and a minimax polynomial, error below 1 ulp. fdlibm reads the
 * exponent and branches on bits of the argument; here the exponent is found by exact scalings by
 * powers of two and each branch compares with the double whose bits fdlibm tests, so the results
 * are fdlibm's, bit for bit, without reinterpreting memory in the hot path.
 * Private to pmo-kit/risk.
 */
import { fromWords } from './bits.js';

const LN2_HI = 6.93147180369123816490e-1; // 0x3fe62e42 fee00000: its product with an integer < 2^11 is exact
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
const TWO54 = 1.8014398509481984e16;
const MIN_NORMAL = 2.2250738585072014e-308;
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/** 2^j for j in [-1074, 1023] at POW2[POW2_ZERO + j], built by exact doublings and halvings. */
const POW2 = new Float64Array(2098);
const POW2_ZERO = 1074;
POW2[POW2_ZERO] = 1;
for (let j = 1; j <= 1023; j++) POW2[POW2_ZERO + j] = POW2[POW2_ZERO + j - 1]! * 2;
for (let j = 1; j <= 1074; j++) POW2[POW2_ZERO - j] = POW2[POW2_ZERO - j + 1]! * 0.5;

// The mantissas in [1, 2) at which fdlibm's log changes branch (high words it compares against).
/** From here on, fdlibm halves the mantissa so that 1 + f lies in [sqrt(2)/2, sqrt(2)). */
const HALVE_FROM = fromWords(0x3ff6a09c, 0);
/** Mantissas below this, or from {@link NEAR_TWO} on, have |f| < 2^-20. */
const NEAR_ONE = fromWords(0x3ff00001, 0);
const NEAR_TWO = fromWords(0x3ffffffe, 0);
/** Mantissas in [HFSQ_FROM, HFSQ_TO) use the half-square form. */
const HFSQ_FROM = fromWords(0x3ff6147b, 0);
const HFSQ_TO = fromWords(0x3ff6b851, 0);

/**
 * The natural logarithm of `x`, bit-identical on every engine: `-Infinity` for ±0, `NaN` for
 * negative numbers and `NaN`, `Infinity` for `Infinity`. Error below 1 ulp. O(1): at most
 * |log2 x|/8 + 8 exact scalings.
 */
export function ln(x: number): number {
  return x >= MIN_NORMAL && x < Infinity ? lnNormal(x, 0) : lnSpecial(x);
}

/** ln of what is not a finite normal positive number: ±0, negatives, NaN, Infinity, subnormals. */
function lnSpecial(x: number): number {
  if (x === Infinity) return x;
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  return lnNormal(x * TWO54, -54); // subnormal: scaled up exactly, as fdlibm does
}

/** ln(x · 2^k) for a finite normal x > 0 (kept small, so that engines inline it). */
function lnNormal(x: number, k: number): number {
  // x = 2^e · m with m in [1, 2), by exact scalings (by 2^8 first, then by 2)
  while (x < 0.00390625) (x *= 256), (k -= 8);
  while (x < 1) (x *= 2), (k -= 1);
  while (x >= 256) (x *= 0.00390625), (k += 8);
  while (x >= 2) (x *= 0.5), (k += 1);
  const m = x;
  if (m >= HALVE_FROM) {
    x = m * 0.5;
    k += 1;
  }
  const f = x - 1;
  // fdlibm writes k = 0 apart (e.g. f - s·(f - R)); k·ln2_hi - (… - f) is the same bits then
  // (0 - y is exactly -y, and rounding is symmetric), so one expression serves, without a branch.
  let r: number;
  let t: number;
  if (m < NEAR_ONE || m >= NEAR_TWO) {
    // |f| < 2^-20
    if (f === 0) return k * LN2_HI + k * LN2_LO;
    r = f * f * (0.5 - 0.33333333333333333 * f);
    t = r;
  } else {
    const s = f / (2 + f);
    const z = s * s;
    const w = z * z;
    r = w * (LG2 + w * (LG4 + w * LG6)) + z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    if (m >= HFSQ_FROM && m < HFSQ_TO) {
      const hfsq = 0.5 * f * f;
      t = hfsq - (s * (hfsq + r) + k * LN2_LO);
      return k * LN2_HI - (t - f);
    }
    t = s * (f - r);
  }
  return k * LN2_HI - (t - k * LN2_LO - f);
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
// |x| at which fdlibm's exp changes branch (the doubles whose high words it compares against).
const BIG = fromWords(0x40862e42, 0);
const HALF_LN2 = fromWords(0x3fd62e43, 0);
const ONE_AND_HALF_LN2 = fromWords(0x3ff0a2b2, 0);
const TINY = fromWords(0x3e300000, 0);

/**
 * `e` to the power `x`, bit-identical on every engine: `Infinity` above about 709.78, `0` below
 * about -745.13, `NaN` for `NaN`. Error below 1 ulp. O(1).
 */
export function exp(x: number): number {
  if (x !== x) return NaN;
  const negative = x < 0;
  const ax = negative ? -x : x;
  if (ax >= BIG) {
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (ax >= HALF_LN2) {
    // reduce to x = k ln2 + r, |r| <= ln(2)/2
    if (ax < ONE_AND_HALF_LN2) {
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (ax < TINY) {
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  if (k === 1024) return y * 2 * POW2[POW2_ZERO + 1023]!;
  if (k >= -1021) return y * POW2[POW2_ZERO + k]!;
  return y * POW2[POW2_ZERO + k + 1000]! * TWOM1000;
}
