/**
 * Scratch typed arrays for one scheduling call, carved from one ArrayBuffer. Private to pmo-kit.
 *
 * Why: V8 counts every ArrayBuffer allocation as external memory, and each ~64 MB of it since
 * the last full GC starts a full (mark-compact) GC. On a large network the caller's input (millions
 * of objects) is alive, so each such GC costs hundreds of milliseconds; a dozen separate scratch
 * arrays of tens of MB each caused three of them per call. One allocation up front is reported
 * once. Views are zero-filled like `new Int32Array(n)`; a request that does not fit in the buffer
 * falls back to a separate allocation. Never hand arena views to callers (they would keep the whole
 * buffer alive).
 */
export interface Alloc {
  i32(n: number): Int32Array;
  f64(n: number): Float64Array;
  u8(n: number): Uint8Array;
}

/** Plain allocation (separate buffers). */
export const PLAIN: Alloc = {
  i32: (n) => new Int32Array(n),
  f64: (n) => new Float64Array(n),
  u8: (n) => new Uint8Array(n),
};

/** Below this many bytes, an arena is not worth it: allocate plainly. */
const MIN_ARENA = 1 << 24;

/** A bump allocator over one buffer of `bytes` bytes (rounded up to 8), or PLAIN when small. */
export function arena(bytes: number): Alloc {
  if (!(bytes >= MIN_ARENA)) return PLAIN;
  const size = Math.ceil(bytes / 8) * 8;
  let buf: ArrayBuffer;
  try {
    buf = new ArrayBuffer(size);
  } catch {
    return PLAIN;
  }
  let at = 0;
  const take = (len: number): number => {
    const start = at;
    if (start + len > size) return -1;
    at = start + Math.ceil(len / 8) * 8;
    return start;
  };
  return {
    i32(n) {
      const s = take(4 * n);
      return s < 0 ? new Int32Array(n) : new Int32Array(buf, s, n);
    },
    f64(n) {
      const s = take(8 * n);
      return s < 0 ? new Float64Array(n) : new Float64Array(buf, s, n);
    },
    u8(n) {
      const s = take(n);
      return s < 0 ? new Uint8Array(n) : new Uint8Array(buf, s, n);
    },
  };
}
