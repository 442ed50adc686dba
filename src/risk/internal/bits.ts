/**
 * The double whose two 32-bit words are given, read through one 8-byte buffer whose high word is
 * told once from the platform's byte order (so the same on little- and big-endian machines).
 * Used to build exact constants when a module loads, never in a hot path. Private to
 * pmo-kit/risk.
 */
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** The double with high word `hi` (sign, exponent, top 20 bits of the mantissa) and low word `lo`. */
export function fromWords(hi: number, lo: number): number {
  U32[HI] = hi >>> 0;
  U32[1 - HI] = lo >>> 0;
  return F64[0]!;
}
