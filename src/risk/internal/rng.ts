/**
 * The seeded pseudo-random generator of the Monte Carlo engine: xoshiro128** (Blackman & Vigna,
 * 2018) on 32-bit integer arithmetic, with one independent stream per iteration, so that a result
 * depends on the seed and the iteration only, never on the machine, the engine or how many
 * workers share the iterations. Private to pmo-kit/risk.
 *
 * - A generator is keyed by `(seed, domain)`: the seed is any safe integer; the domain (an integer
 *   in [0, 2^32)) separates the uses of one seed (durations, risk events, correlation), so that
 *   adding a risk does not change the durations drawn.
 * - `stream(i)` positions it at the start of stream `i` (an integer in [0, 2^32)): the state is a
 *   hash of the key and `i`. Each state word is a bijection of `i` (two rounds of the murmur3
 *   finalizer around a key mix), so two streams of one key never start from the same state.
 * - Everything is `Math.imul`, shifts, xors and additions on 32-bit words, which every
 *   JavaScript engine computes identically; doubles are built from 52 random bits exactly.
 */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';

/** 2^-52. */
const TWO_M52 = 2.220446049250313e-16;

/** The murmur3 32-bit finalizer: a bijection of [0, 2^32) with full avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Distinct odd constants (fractional digits of the golden ratio and of sqrt(2), sqrt(3), sqrt(5)). */
const KEY_SALT = [0x9e3779b9, 0x6a09e667, 0xbb67ae85, 0x3c6ef372] as const;

/** The low and high 32-bit words of a safe integer in two's complement (so -1 is 0xffffffff, 0xffffffff). */
function words(n: number): [number, number] {
  const lo = n % 4294967296;
  const hi = Math.floor(n / 4294967296);
  return [lo >>> 0, hi >>> 0];
}

/**
 * A seeded xoshiro128** generator with independent streams.
 *
 * @example
 * ```ts
 * const rng = new Rng(42);
 * rng.stream(7); // iteration 7
 * const u = rng.uniform(); // in (0, 1)
 * ```
 */
export class Rng {
  /** The seed it was keyed with. */
  readonly seed: number;
  /** The domain it was keyed with. */
  readonly domain: number;
  private readonly key = new Int32Array(4);
  private readonly s = new Int32Array(4);

  /**
   * @param seed - any safe integer (negative numbers too)
   * @param domain - an integer in [0, 2^32) separating independent uses of one seed; default 0
   * @throws PmoError `INVALID_ARGUMENT` for a seed that is not a safe integer or a bad domain
   */
  constructor(seed: number, domain = 0) {
    if (!Number.isSafeInteger(seed)) throw new PmoError('INVALID_ARGUMENT', `seed must be a safe integer, got ${show(seed)}`);
    if (!Number.isInteger(domain) || domain < 0 || domain > 0xffffffff) throw new PmoError('INVALID_ARGUMENT', `random stream domain must be an integer in [0, 2^32), got ${show(domain)}`);
    this.seed = seed;
    this.domain = domain;
    const [lo, hi] = words(seed);
    for (let j = 0; j < 4; j++) this.key[j] = fmix32(fmix32(fmix32(lo ^ KEY_SALT[j]!) ^ hi) ^ domain) | 0;
    this.stream(0);
  }

  /**
   * Positions the generator at the start of stream `index` (e.g. the iteration number) and
   * returns it. O(1), no allocation.
   *
   * @param index - an integer in [0, 2^32)
   */
  stream(index: number): this {
    if (!(index >= 0 && index <= 0xffffffff && Math.floor(index) === index))
      throw new PmoError('INVALID_ARGUMENT', `random stream index must be an integer in [0, 2^32), got ${show(index)}`);
    const k = this.key;
    const s = this.s;
    for (let j = 0; j < 4; j++) s[j] = fmix32((fmix32((index ^ k[j]!) >>> 0) + k[(j + 1) & 3]!) >>> 0) | 0;
    if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1; // the one state xoshiro cannot leave
    return this;
  }

  /** Sets the raw state (tests compare with the reference implementation). Not all zero. */
  setState(a: number, b: number, c: number, d: number): this {
    const s = this.s;
    s[0] = a;
    s[1] = b;
    s[2] = c;
    s[3] = d;
    return this;
  }

  /** The next 32 random bits, as an unsigned integer in [0, 2^32). */
  u32(): number {
    const s = this.s;
    const s0 = s[0]!;
    const s1 = s[1]!;
    const s2 = s[2]! ^ s0;
    const s3 = s[3]! ^ s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    s[1] = s1 ^ s2;
    s[0] = s0 ^ s3;
    s[2] = s2 ^ (s1 << 9);
    s[3] = (s3 << 11) | (s3 >>> 21);
    return result;
  }

  /**
   * A uniform double in the open interval (0, 1): `(k + 1/2) / 2^52` for 52 random bits `k` (the
   * top 26 bits of two outputs), so neither 0 nor 1 is ever returned and every value is exact.
   */
  uniform(): number {
    const hi = this.u32() >>> 6;
    const lo = this.u32() >>> 6;
    return (hi * 67108864 + lo + 0.5) * TWO_M52;
  }
}
