/**
 * The two 32-bit words of an IEEE 754 double, read and written through one shared 8-byte buffer.
 * Which word of the buffer is the high one is told once from the platform's byte order, so the
 * code is the same on little- and big-endian machines. Private to pmo-kit/risk.
 */
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
/** Index of the high word (sign, exponent, top of the mantissa) in {@link U32}. */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** The high 32 bits of `x` as an unsigned integer. */
export function highWord(x: number): number {
  F64[0] = x;
  return U32[HI]!;
}

/** The low 32 bits of `x` as an unsigned integer. */
export function lowWord(x: number): number {
  F64[0] = x;
  return U32[LO]!;
}

/** `x` with its high word replaced by `hi` (the low word kept). */
export function withHighWord(x: number, hi: number): number {
  F64[0] = x;
  U32[HI] = hi >>> 0;
  return F64[0];
}

/** The double whose words are `hi` and `lo`. */
export function fromWords(hi: number, lo: number): number {
  U32[HI] = hi >>> 0;
  U32[LO] = lo >>> 0;
  return F64[0]!;
}
