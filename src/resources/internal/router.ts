/**
 * The max-flow router of the assignment layer: demands of classes (sets of workers) routed to the
 * workers' capacity by augmenting paths on a bipartite graph. Used by the solver's per-period
 * states (assign.ts) and by the compiled problem's lower bound (bounds.ts). Private.
 */
/**
 * Routes demand nodes to suppliers on a bipartite graph by augmenting paths, one node after the
 * other (Kuhn's order: a node that cannot be routed fully at its turn never can be later, so the
 * result is a maximum flow and node i's routed amount is the most it can get after nodes < i).
 * Amounts are exact integers in doubles.
 */
export class Router {
  /** Members of each class (CSR). */
  private readonly clsOff: Int32Array;
  private readonly clsW: Int32Array;
  private readonly nw: number;
  /** Flow of node x to supplier w: `f[x * nw + w]`. */
  private f: Float64Array;
  /** Class of each node. */
  private nodeCls: Int32Array;
  /** Free capacity of each supplier. */
  readonly slack: Float64Array;
  private readonly parentW: Int32Array;
  /** After an {@link Router.add} that could not route everything: the suppliers its last search reached (all saturated). */
  readonly seenW: Uint8Array;
  private parentX: Int32Array;
  private seenX: Uint8Array;
  private readonly queue: Int32Array;
  /** Nodes that have sent flow to each supplier since the start (some may have none left): `ub[w * ucap + k]`, k < un[w]. */
  private ub: Int32Array;
  private ucap = 8;
  private readonly un: Int32Array;
  /** Number of nodes added since the last {@link Router.start}. */
  nodes = 0;

  constructor(clsOff: Int32Array, clsW: Int32Array, nw: number) {
    this.clsOff = clsOff;
    this.clsW = clsW;
    this.nw = nw;
    this.f = new Float64Array(16 * Math.max(nw, 1));
    this.nodeCls = new Int32Array(16);
    this.parentX = new Int32Array(16);
    this.seenX = new Uint8Array(16);
    this.slack = new Float64Array(nw);
    this.parentW = new Int32Array(nw);
    this.seenW = new Uint8Array(nw);
    this.queue = new Int32Array(nw);
    this.ub = new Int32Array(Math.max(nw, 1) * this.ucap);
    this.un = new Int32Array(nw);
  }

  /** Starts a routing with the given capacity of each supplier (`cap[off + w]`). */
  start(cap: Int32Array, off: number): void {
    for (let w = 0; w < this.nw; w++) this.slack[w] = cap[off + w]!;
    this.un.fill(0);
    this.nodes = 0;
  }

  /** Adds a node of class c asking for `amount`; routes as much as it can and returns the amount routed. */
  add(c: number, amount: number): number {
    const x = this.nodes++;
    const nw = this.nw;
    if (x >= this.nodeCls.length) {
      const size = this.nodeCls.length * 2;
      const f = new Float64Array(size * nw);
      f.set(this.f);
      this.f = f;
      const nc = new Int32Array(size);
      nc.set(this.nodeCls);
      this.nodeCls = nc;
      this.parentX = new Int32Array(size);
      this.seenX = new Uint8Array(size);
    }
    this.nodeCls[x] = c;
    this.f.fill(0, x * nw, (x + 1) * nw);
    let need = amount;
    const { clsOff, clsW, f, slack, parentW, seenW, queue, un } = this;
    const parentX = this.parentX;
    const seenX = this.seenX;
    // Direct takes first (no rerouting needed).
    for (let m = clsOff[c]!, e = clsOff[c + 1]!; m < e && need > 0; m++) {
      const w = clsW[m]!;
      const take = slack[w]! < need ? slack[w]! : need;
      if (take > 0) {
        slack[w]! -= take;
        f[x * nw + w]! += take;
        this.use(w, x);
        need -= take;
      }
    }
    // Augmenting paths: x -> w1 <- x1 -> w2 <- ... -> wk with free capacity.
    while (need > 0) {
      seenW.fill(0);
      seenX.fill(0, 0, x);
      let qh = 0;
      let qt = 0;
      let found = -1;
      for (let m = clsOff[c]!, e = clsOff[c + 1]!; m < e; m++) {
        const w = clsW[m]!;
        if (seenW[w]) continue;
        seenW[w] = 1;
        parentW[w] = x;
        queue[qt++] = w;
      }
      search: while (qh < qt) {
        const w = queue[qh++]!;
        // Which nodes use w (and could move to another supplier)?
        const base = w * this.ucap;
        for (let k = 0, e = un[w]!; k < e; k++) {
          const y = this.ub[base + k]!;
          if (y === x || seenX[y] || f[y * nw + w]! <= 0) continue;
          seenX[y] = 1;
          parentX[y] = w;
          const cy = this.nodeCls[y]!;
          for (let m = clsOff[cy]!, e = clsOff[cy + 1]!; m < e; m++) {
            const v = clsW[m]!;
            if (seenW[v]) continue;
            seenW[v] = 1;
            parentW[v] = y;
            if (slack[v]! > 0) {
              found = v;
              break search;
            }
            queue[qt++] = v;
          }
        }
      }
      if (found < 0) break;
      // Bottleneck along the path.
      let b = need < slack[found]! ? need : slack[found]!;
      for (let v = found; ; ) {
        const y = parentW[v]!;
        if (y === x) break;
        const w = parentX[y]!;
        if (f[y * nw + w]! < b) b = f[y * nw + w]!;
        v = w;
      }
      slack[found]! -= b;
      for (let v = found; ; ) {
        const y = parentW[v]!;
        if (f[y * nw + v] === 0) this.use(v, y);
        f[y * nw + v]! += b;
        if (y === x) break;
        const w = parentX[y]!;
        f[y * nw + w]! -= b;
        v = w;
      }
      need -= b;
    }
    return amount - need;
  }

  /** Records that node x sends flow to supplier w. */
  private use(w: number, x: number): void {
    if (this.un[w] === this.ucap) {
      const cap = this.ucap * 2;
      const ub = new Int32Array(Math.max(this.nw, 1) * cap);
      for (let v = 0; v < this.nw; v++) ub.set(this.ub.subarray(v * this.ucap, v * this.ucap + this.un[v]!), v * cap);
      this.ub = ub;
      this.ucap = cap;
    }
    this.ub[w * this.ucap + this.un[w]!++] = x;
  }

  /** Flow of node x to supplier w. */
  flow(x: number, w: number): number {
    return this.f[x * this.nw + w]!;
  }
}
