/**
 * The binary min-heap of pmo-kit, on typed arrays: the schedule analyses (propagation of a slip in
 * topological order), the RCPSP solver (schedule generation, topological orders) and the
 * allocation's shadow prices (Dijkstra) share it. Private to pmo-kit.
 */

/**
 * A binary min-heap of items (integers, e.g. node indices) with number keys: `pop` returns the
 * item of least key, of least item among equal keys, so the order of pops never depends on the
 * order of pushes. An item may be pushed several times (lazy deletion: the caller skips stale
 * entries). The arrays are given so that a hot caller reuses them across runs; their length
 * bounds the entries held at once (not checked). O(log size) per push and pop, no allocation.
 *
 * To order integers by value, push each as its own key: `push(x, x)`.
 *
 * @example
 * const h = MinHeap.withCapacity(4);
 * h.push(7, 2.5);
 * h.push(3, 1);
 * h.push(5, 2.5);
 * [h.pop(), h.pop(), h.pop()]; // [3, 5, 7]
 */
export class MinHeap {
  /** Entries held. */
  size = 0;

  constructor(
    private readonly item: Int32Array,
    private readonly key: Float64Array,
  ) {}

  /** A heap on new arrays of `capacity` entries. */
  static withCapacity(capacity: number): MinHeap {
    return new MinHeap(new Int32Array(capacity), new Float64Array(capacity));
  }

  /** Removes every entry. */
  clear(): void {
    this.size = 0;
  }

  /** Adds item `j` with key `k`. */
  push(j: number, k: number): void {
    const item = this.item;
    const key = this.key;
    let i = this.size++;
    while (i > 0) {
      const par = (i - 1) >> 1;
      const kp = key[par]!;
      if (kp < k || (kp === k && item[par]! < j)) break;
      item[i] = item[par]!;
      key[i] = kp;
      i = par;
    }
    item[i] = j;
    key[i] = k;
  }

  /** Removes and returns the item of least key (least item among equal keys); the heap must not be empty. */
  pop(): number {
    const item = this.item;
    const key = this.key;
    const top = item[0]!;
    const n = --this.size;
    const lj = item[n]!;
    const lk = key[n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n) {
        const k1 = key[c + 1]!;
        const k0 = key[c]!;
        if (k1 < k0 || (k1 === k0 && item[c + 1]! < item[c]!)) c++;
      }
      const kc = key[c]!;
      if (lk < kc || (lk === kc && lj < item[c]!)) break;
      item[i] = item[c]!;
      key[i] = kc;
      i = c;
    }
    item[i] = lj;
    key[i] = lk;
    return top;
  }
}
