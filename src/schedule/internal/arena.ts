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
  const buf = newBuffer(size);
  return buf === null ? PLAIN : carve(buf, size, false);
}

/** An {@link Alloc} whose buffer goes back to the pool when its owner is done with it. */
export interface PooledAlloc extends Alloc {
  /** Hands the buffer back for the next call; no view of it may be used afterwards. */
  release(): void;
}

/**
 * The spare scratch buffer: the one the last pooled arena released, held weakly (the garbage
 * collector frees it whenever it likes; nothing else refers to it).
 */
let spare: WeakRef<ArrayBuffer> | undefined;

/**
 * Like {@link arena}, on the spare buffer when it is large enough (views zero-filled as they are
 * taken, as new arrays are), else on a new one; `release()` makes its buffer the spare.
 *
 * Why: on a large network the scratch arrays are hundreds of MB. A new buffer each call is
 * counted by V8 as new external memory (which starts a full garbage collection of the caller's
 * heap, see above) and its pages are faulted in and zeroed by the OS as the engine first touches
 * them; a reused buffer is neither. At most one spare is kept, weakly; an arena takes it (so two
 * live arenas never share a buffer) and only its owner releases it, after the last read of any
 * view (results never hold scratch views: they are copied into a buffer of their own).
 */
export function pooledArena(bytes: number): PooledAlloc {
  if (!(bytes >= MIN_ARENA)) return { ...PLAIN, release() {} };
  const size = Math.ceil(bytes / 8) * 8;
  const old = spare?.deref();
  const reuse = old !== undefined && old.byteLength >= size;
  if (reuse) spare = undefined;
  const buf = reuse ? old : newBuffer(size);
  if (buf === null) return { ...PLAIN, release() {} };
  let released = false;
  return {
    ...carve(buf, size, reuse),
    release() {
      if (released) return;
      released = true;
      const current = spare?.deref();
      if (current === undefined || current.byteLength < buf.byteLength) spare = new WeakRef(buf);
    },
  };
}

/** A new buffer, or null when the memory is not there (the caller then allocates plainly). */
function newBuffer(size: number): ArrayBuffer | null {
  try {
    return new ArrayBuffer(size);
  } catch {
    return null;
  }
}

/** Views carved one after another from `buf` (its first `size` bytes); `zero`: fill each view with 0 (a reused buffer). */
function carve(buf: ArrayBuffer, size: number, zero: boolean): Alloc {
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
      return s < 0 ? new Int32Array(n) : zeroed(new Int32Array(buf, s, n), zero);
    },
    f64(n) {
      const s = take(8 * n);
      return s < 0 ? new Float64Array(n) : zeroed(new Float64Array(buf, s, n), zero);
    },
    u8(n) {
      const s = take(n);
      return s < 0 ? new Uint8Array(n) : zeroed(new Uint8Array(buf, s, n), zero);
    },
  };
}

function zeroed<T extends Int32Array | Float64Array | Uint8Array>(view: T, zero: boolean): T {
  if (zero) view.fill(0);
  return view;
}
