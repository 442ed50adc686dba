/**
 * A scratch allocator that hands out the same typed arrays run after run. Private to pmo-kit.
 *
 * Why: a compiled schedule (compiled.ts) runs the kernel thousands of times on one network; the
 * kernel asks its allocator for the same sequence of arrays (same kinds, same lengths) on every
 * run. Recycling them saves the allocations and the garbage collections. `reset()` starts a run:
 * the i-th request of the run gets the array of the i-th request of the previous run, zero-filled
 * (as a new array would be), when its kind and length match; otherwise a new one (remembered).
 * The arrays of a run are valid until the next `reset()`.
 */
import type { Alloc } from './arena.js';

type Scratch = Int32Array | Float64Array | Uint8Array;

/** A recycling {@link Alloc}. */
export class RecycleAlloc implements Alloc {
  private readonly arrays: Scratch[] = [];
  private next = 0;

  /** Starts a run: the next requests reuse the previous run's arrays, in order. */
  reset(): void {
    this.next = 0;
  }

  i32(n: number): Int32Array {
    return this.take(n, Int32Array);
  }

  f64(n: number): Float64Array {
    return this.take(n, Float64Array);
  }

  u8(n: number): Uint8Array {
    return this.take(n, Uint8Array);
  }

  private take<T extends Scratch>(n: number, Kind: new (n: number) => T): T {
    const i = this.next++;
    const old = this.arrays[i];
    if (old !== undefined && old.length === n && old instanceof Kind) {
      old.fill(0);
      return old as T;
    }
    const fresh = new Kind(n);
    this.arrays[i] = fresh;
    return fresh;
  }
}
