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
  // The key and the state as int32 fields (small integers in V8: no boxing, no typed-array loads).
  private k0 = 0;
  private k1 = 0;
  private k2 = 0;
  private k3 = 0;
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;

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
    const key = (j: number) => fmix32(fmix32(fmix32(lo ^ KEY_SALT[j]!) ^ hi) ^ domain) | 0;
    this.k0 = key(0);
    this.k1 = key(1);
    this.k2 = key(2);
    this.k3 = key(3);
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
    // word j = fmix32(fmix32(index ^ k_j) + k_{j+1}): a bijection of the index for each j
    this.s0 = fmix32((fmix32((index ^ this.k0) >>> 0) + this.k1) >>> 0) | 0;
    this.s1 = fmix32((fmix32((index ^ this.k1) >>> 0) + this.k2) >>> 0) | 0;
    this.s2 = fmix32((fmix32((index ^ this.k2) >>> 0) + this.k3) >>> 0) | 0;
    this.s3 = fmix32((fmix32((index ^ this.k3) >>> 0) + this.k0) >>> 0) | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the one state xoshiro cannot leave
    return this;
  }

  /** Sets the raw state (tests compare with the reference implementation). Not all zero. */
  setState(a: number, b: number, c: number, d: number): this {
    this.s0 = a | 0;
    this.s1 = b | 0;
    this.s2 = c | 0;
    this.s3 = d | 0;
    return this;
  }

  /** Copies the raw state into `into[0 … 3]` (hot loops step a copy in locals, then {@link Rng.setState} it back). */
  saveState(into: Int32Array): void {
    into[0] = this.s0;
    into[1] = this.s1;
    into[2] = this.s2;
    into[3] = this.s3;
  }

  /** The next output as a signed 32-bit integer (the same 32 bits as {@link Rng.u32}). */
  i32(): number {
    const s0 = this.s0;
    const s1 = this.s1;
    const s2 = this.s2 ^ s0;
    const s3 = this.s3 ^ s1;
    const m = Math.imul(s1, 5);
    this.s1 = s1 ^ s2;
    this.s0 = s0 ^ s3;
    this.s2 = s2 ^ (s1 << 9);
    this.s3 = (s3 << 11) | (s3 >>> 21);
    return Math.imul((m << 7) | (m >>> 25), 9);
  }

  /** The next 32 random bits, as an unsigned integer in [0, 2^32). */
  u32(): number {
    return this.i32() >>> 0;
  }

  /**
   * A uniform double in the open interval (0, 1): `(k + 1/2) / 2^52` for 52 random bits `k` (the
   * top 26 bits of two outputs), so neither 0 nor 1 is ever returned and every value is exact.
   */
  uniform(): number {
    const hi = this.i32() >>> 6;
    const lo = this.i32() >>> 6;
    return (hi * 67108864 + lo + 0.5) * TWO_M52;
  }
}
