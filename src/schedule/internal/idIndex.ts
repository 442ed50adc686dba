/**
 * A string-id -> dense-index hash table for very large networks. Private to pmo-kit.
 *
 * Open addressing over one Int32Array with 32-byte entries (one cache line holds two):
 * `[hash, index + 1, length, five ints packing the first ten UTF-16 code units]`. An id of up to
 * ten code units is found and confirmed within its entry, so a lookup costs about one cache miss
 * instead of the three of a `Map<string, number>` (bucket, entry, key string); longer ids are
 * confirmed against the id itself. FNV-1a hashes; safe for any id (`__proto__`, `constructor`, …).
 */
import { PLAIN, type Alloc } from './arena.js';

const STRIDE = 8;
const BATCH = 256;
const INLINE = 10;

/** Two UTF-16 code units of `s` from position i, packed (past the end reads as 0). */
const pack = (s: string, i: number): number => (i < s.length ? s.charCodeAt(i) : 0) | ((i + 1 < s.length ? s.charCodeAt(i + 1) : 0) << 16);

/** 32-bit FNV-1a over UTF-16 code units (the hash {@link IdIndex} uses). */
export function hash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

export class IdIndex {
  private readonly table: Int32Array;
  private readonly mask: number;
  /** The last id found and its index (consecutive links often share an endpoint). */
  private lastId = '';
  private lastIndex = -1;
  /** Hashes of a batch of {@link addRange}. */
  private readonly batch = new Int32Array(BATCH);
  /** Where touched slots' values go, so that the loads are not optimized away. */
  private sink = 0;

  /**
   * @param ids - the id of each index (read on insertion, and to confirm ids longer than ten
   *   code units; not copied)
   * @param capacity - the number of ids that will be added
   */
  constructor(
    private readonly ids: ArrayLike<string>,
    capacity: number,
    alloc: Alloc = PLAIN,
  ) {
    const slots = IdIndex.slots(capacity);
    this.mask = slots - 1;
    this.table = alloc.i32(STRIDE * slots);
  }

  /** Hash slots for `capacity` ids (a power of two, at least twice the capacity). */
  private static slots(capacity: number): number {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    return slots;
  }

  /** Bytes of the table of an index for `capacity` ids (to size an arena). */
  static bytes(capacity: number): number {
    return 4 * STRIDE * IdIndex.slots(capacity);
  }

  /** Adds `ids[index]`; returns -1, or the index already holding the same id (nothing added). */
  add(index: number): number {
    return this.addHashed(index, hash(this.ids[index]!));
  }

  /**
   * Adds `ids[lo..hi-1]` in order, in batches (hashes first, then the slots touched, then the
   * ids added: the cache misses of a batch overlap); stops at the first id already present and
   * returns its index, or returns -1 when all were added.
   */
  addRange(lo: number, hi: number): number {
    const hb = this.batch;
    for (let b0 = lo; b0 < hi; b0 += BATCH) {
      const b1 = b0 + BATCH < hi ? b0 + BATCH : hi;
      for (let i = b0; i < b1; i++) hb[i - b0] = hash(this.ids[i]!);
      let touched = 0;
      for (let i = b0; i < b1; i++) touched |= this.touch(hb[i - b0]!);
      this.sink ^= touched;
      for (let i = b0; i < b1; i++) if (this.addHashed(i, hb[i - b0]!) >= 0) return i;
    }
    return -1;
  }

  private addHashed(index: number, h: number): number {
    this.lastId = '';
    const id = this.ids[index]!;
    const len = id.length;
    const p0 = pack(id, 0);
    const p1 = pack(id, 2);
    const p2 = pack(id, 4);
    const p3 = pack(id, 6);
    const p4 = pack(id, 8);
    const t = this.table;
    const wrap = t.length - 1;
    // One probe sequence: a match is a duplicate; the first empty slot is where the id goes.
    let b = STRIDE * (h & this.mask);
    for (; ; b = (b + STRIDE) & wrap) {
      const v = t[b + 1]!;
      if (v === 0) break;
      if (t[b] === h && t[b + 2] === len && t[b + 3] === p0 && t[b + 4] === p1 && t[b + 5] === p2 && t[b + 6] === p3 && t[b + 7] === p4) {
        if (len <= INLINE || this.ids[v - 1] === id) return v - 1;
      }
    }
    t[b] = h;
    t[b + 1] = index + 1;
    t[b + 2] = len;
    t[b + 3] = p0;
    t[b + 4] = p1;
    t[b + 5] = p2;
    t[b + 6] = p3;
    t[b + 7] = p4;
    return -1;
  }

  /** The index of an id, or -1. */
  get(id: string): number {
    if (id === this.lastId) return this.lastIndex;
    const v = this.find(id);
    if (v >= 0) {
      this.lastId = id;
      this.lastIndex = v;
    }
    return v;
  }

  /**
   * Reads the first slot of hash `h` and returns a value of it. Batched lookups call this for
   * many hashes in a tight loop before {@link getHashed}: the slots' cache misses then overlap
   * instead of coming one after another.
   */
  touch(h: number): number {
    return this.table[STRIDE * (h & this.mask)]!;
  }

  /** The index of an id whose {@link hash} is `h`, or -1. */
  getHashed(id: string, h: number): number {
    return this.findHashed(id, h);
  }

  private find(id: string): number {
    return this.findHashed(id, hash(id));
  }

  private findHashed(id: string, h: number): number {
    const len = id.length;
    const p0 = pack(id, 0);
    const p1 = pack(id, 2);
    const p2 = pack(id, 4);
    const p3 = pack(id, 6);
    const p4 = pack(id, 8);
    const t = this.table;
    const wrap = t.length - 1;
    for (let b = STRIDE * (h & this.mask); ; b = (b + STRIDE) & wrap) {
      const v = t[b + 1]!;
      if (v === 0) return -1;
      if (t[b] === h && t[b + 2] === len && t[b + 3] === p0 && t[b + 4] === p1 && t[b + 5] === p2 && t[b + 6] === p3 && t[b + 7] === p4) {
        if (len <= INLINE || this.ids[v - 1] === id) return v - 1;
      }
    }
  }
}
