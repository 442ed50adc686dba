/**
 * The CPM kernel: dense integer nodes, CSR adjacency, typed arrays, Kahn's algorithm.
 * Private to pmo-kit. Everything is iterative and O(V + E).
 *
 * A link u -> v of any type is a difference constraint on early starts:
 * `ES[v] >= ES[u] + w` with `w = lag + (FS|FF ? d[u] : 0) - (FF|SF ? d[v] : 0)`.
 */
import { extractCycle } from '../../internal/cycles.js';
import { PLAIN, type Alloc } from './arena.js';

/** Link type codes of the kernel (also those of the public `cpmArrays`). */
export const FS = 0;
/** Start-to-start. */
export const SS = 1;
/** Finish-to-finish. */
export const FF = 2;
/** Start-to-finish. */
export const SF = 3;

/** Tolerance for float comparisons on fractional durations and lags. */
export const EPS = 1e-9;

/** What the kernel schedules. Arrays are read, never written; a missing constraint array is null. */
export interface KernelInput {
  readonly n: number;
  readonly duration: ArrayLike<number>;
  readonly m: number;
  readonly from: ArrayLike<number>;
  readonly to: ArrayLike<number>;
  /** Link type codes (FS = 0, SS = 1, FF = 2, SF = 3); null: all FS. */
  readonly type: ArrayLike<number> | null;
  /** Lags; null: all 0. */
  readonly lag: ArrayLike<number> | null;
  /** Lower bound of each early start (project start, SNET, FNET); null: 0. */
  readonly esMin?: Float64Array | null;
  /** Cap of each early start, applied after the lower bound (SNLT, FNLT, MSO, MFO); null: none. */
  readonly esMax?: Float64Array | null;
  /** Cap of each late start (SNLT, FNLT, MSO, MFO, deadlines); null: none. */
  readonly lsMax?: Float64Array | null;
  /** Floor of each late start applied after the cap (MSO, MFO pins); null: none. */
  readonly lsMin?: Float64Array | null;
  /** ALAP flags; null: none. */
  readonly alap?: Uint8Array | null;
  /** Late-finish group of each node (tasks without successors finish by their group's finish); null: one group. */
  readonly group?: Int32Array | null;
  /** Lowest finish of each group (its start offset); required with `group`. */
  readonly groupFloor?: Float64Array | null;
  /** Critical when total float <= this. */
  readonly criticalThreshold: number;
  /** Where the kernel's arrays come from (results included); default: separate buffers. */
  readonly alloc?: Alloc;
  /** Whether to return the tightness of every slot (see {@link tightSlots}); default false. */
  readonly tight?: boolean;
}

/** The CSR network: out-links of u are slots `off[u] .. off[u+1]-1`. */
export interface Csr {
  readonly off: Int32Array;
  readonly tgt: Int32Array;
  /** Weight of each slot (see the module comment). */
  readonly w: Float64Array;
  /** Link type code of each slot. */
  readonly styp: Uint8Array;
}

/** Kernel output. */
export interface KernelResult extends Csr {
  readonly es: Float64Array;
  readonly ls: Float64Array;
  readonly tf: Float64Array;
  readonly ff: Float64Array;
  readonly critical: Uint8Array;
  /** Topological order (Kahn). */
  readonly order: Int32Array;
  /** Largest early finish (at least 0, or the largest group floor). */
  readonly finish: number;
  /** Finish of each late-finish group, when grouped. */
  readonly groupFinish: Float64Array | null;
  /** Tightness of every slot in the early schedule (1 tight, 0 not), when asked for. */
  readonly tight: Uint8Array | null;
}

/** A cycle found by the kernel: node indices in link order, closed (first repeated last). */
export class KernelCycle {
  constructor(readonly nodes: readonly number[]) {}
}

/** A link endpoint out of range (reported by the callers with ids). */
export class KernelBadLink {
  constructor(
    readonly link: number,
    readonly end: 'from' | 'to',
  ) {}
}

/** Builds the CSR adjacency; returns in-degrees too. O(V + E). */
export function buildCsr(inp: Pick<KernelInput, 'n' | 'duration' | 'm' | 'from' | 'to' | 'type' | 'lag' | 'alloc'>): Csr & { indeg: Int32Array } {
  const { n, m, from, to, duration: d } = inp;
  const type = inp.type;
  const lag = inp.lag;
  const A = inp.alloc ?? PLAIN;
  const off = A.i32(n + 1);
  const indeg = A.i32(n);
  countDegrees(n, m, from, to, off, indeg);
  const fill = A.i32(n);
  fill.set(off.subarray(0, n));
  const tgt = A.i32(m);
  const w = A.f64(m);
  const styp = A.u8(m);
  scatterLinks(m, from, to, type, lag, d, fill, tgt, w, styp);
  return { off, tgt, w, styp, indeg };
}

// The loops over every node or link are small top-level functions: V8 optimizes a loop of a
// function called once by on-stack replacement, which recompiles the whole function once per loop.

/** Out-degree prefix sums into `off` (from `off[1]`) and in-degrees; checks the endpoints. */
function countDegrees(n: number, m: number, from: ArrayLike<number>, to: ArrayLike<number>, off: Int32Array, indeg: Int32Array): void {
  for (let e = 0; e < m; e++) {
    const u = from[e]!;
    const v = to[e]!;
    if (typeof u !== 'number' || !(u >= 0 && u < n && u === (u | 0))) throw new KernelBadLink(e, 'from');
    if (typeof v !== 'number' || !(v >= 0 && v < n && v === (v | 0))) throw new KernelBadLink(e, 'to');
    off[u + 1]!++;
    indeg[v]!++;
  }
  for (let i = 0; i < n; i++) off[i + 1]! += off[i]!;
}

/** Places every link in its source's slots (`fill`: next free slot of each node). */
function scatterLinks(
  m: number,
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  type: ArrayLike<number> | null,
  lag: ArrayLike<number> | null,
  d: ArrayLike<number>,
  fill: Int32Array,
  tgt: Int32Array,
  w: Float64Array,
  styp: Uint8Array,
): void {
  for (let e = 0; e < m; e++) {
    const u = from[e]!;
    const v = to[e]!;
    const t = type === null ? 0 : type[e]!;
    const s = fill[u]!++;
    tgt[s] = v;
    styp[s] = t;
    w[s] = (lag === null ? 0 : lag[e]!) + ((t & 1) === 0 ? d[u]! : 0) - ((t & 2) !== 0 ? d[v]! : 0);
  }
}

/**
 * Runs the CPM: forward pass fused with Kahn's algorithm, backward pass, ALAP placement, floats
 * and critical flags. Throws {@link KernelCycle} when the network has a cycle.
 */
export function runKernel(inp: KernelInput): KernelResult {
  const { n } = inp;
  const d = inp.duration;
  const csr = buildCsr(inp);
  const { off, tgt, w, indeg } = csr;
  const esMin = inp.esMin ?? null;
  const esMax = inp.esMax ?? null;
  const lsMax = inp.lsMax ?? null;
  const lsMin = inp.lsMin ?? null;
  const alap = inp.alap ?? null;
  const group = inp.group ?? null;
  const groupFloor = inp.groupFloor ?? null;

  // Forward pass fused with Kahn: a node is final when its last predecessor is done.
  const A = inp.alloc ?? PLAIN;
  const order = A.i32(n);
  const es = A.f64(n);
  if (esMin !== null) es.set(esMin);
  let finish = 0;
  let groupFinish: Float64Array | null = null;
  if (group !== null) {
    groupFinish = Float64Array.from(groupFloor!);
    for (let g = 0; g < groupFinish.length; g++) if (groupFinish[g]! > finish) finish = groupFinish[g]!;
  }
  const fwd = forwardPass({ n, off, tgt, w, indeg, order, es, esMax, d, group, groupFinish, finish });
  finish = fwd.finish;
  if (fwd.tail < n) throw new KernelCycle(extractCycle(n, off, tgt, indeg));

  const ls = A.f64(n);
  const tf = A.f64(n);
  const ff = A.f64(n);
  const critical = A.u8(n);
  const thr = inp.criticalThreshold + EPS;

  let tight: Uint8Array | null = null;
  if (alap === null && lsMax === null && lsMin === null && groupFinish === null) {
    // Fast path: backward pass, floats, critical flags (and tight slots) in one sweep.
    if (inp.tight === true) tight = A.u8(csr.tgt.length);
    backwardPass({ n, off, tgt, w, order, es, d, finish, ls, tf, ff, critical, thr, tight });
  } else {
    // General path: late starts with caps and pins, then ALAP placement, then floats.
    for (let i = n - 1; i >= 0; i--) {
      const u = order[i]!;
      let l = (groupFinish === null ? finish : groupFinish[group![u]!]!) - d[u]!;
      for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
        const a = ls[tgt[s]!]! - w[s]!;
        if (a < l) l = a;
      }
      if (lsMax !== null && l > lsMax[u]!) l = lsMax[u]!;
      if (lsMin !== null && l < lsMin[u]!) l = lsMin[u]!;
      ls[u] = l;
    }
    if (alap !== null) {
      // ALAP tasks sit at their late start (never earlier than their early start); successors follow.
      if (esMin === null) es.fill(0);
      else es.set(esMin);
      for (let i = 0; i < n; i++) {
        const u = order[i]!;
        let x = es[u]!;
        if (alap[u] === 1 && ls[u]! > x) x = ls[u]!;
        if (esMax !== null && x > esMax[u]!) x = esMax[u]!;
        es[u] = x;
        for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
          const v = tgt[s]!;
          const b = x + w[s]!;
          if (b > es[v]!) es[v] = b;
        }
      }
    }
    for (let u = 0; u < n; u++) {
      const x = es[u]!;
      let f = (groupFinish === null ? finish : groupFinish[group![u]!]!) - d[u]! - x;
      for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
        const b = es[tgt[s]!]! - w[s]! - x;
        if (b < f) f = b;
      }
      let t = ls[u]! - x;
      if (t < EPS && t > -EPS) t = 0;
      tf[u] = t;
      if (f > t) f = t;
      ff[u] = f > EPS ? f : 0;
      critical[u] = t <= thr ? 1 : 0;
    }
  }
  const res: KernelResult = { off, tgt, w, styp: csr.styp, es, ls, tf, ff, critical, order, finish, groupFinish, tight };
  return inp.tight === true && tight === null ? { ...res, tight: tightSlots(res, n, A) } : res;
}

/** Arrays of {@link forwardPass}. */
interface ForwardInput {
  readonly n: number;
  readonly off: Int32Array;
  readonly tgt: Int32Array;
  readonly w: Float64Array;
  readonly indeg: Int32Array;
  /** Filled with the topological order. */
  readonly order: Int32Array;
  readonly es: Float64Array;
  readonly esMax: Float64Array | null;
  readonly d: ArrayLike<number>;
  readonly group: Int32Array | null;
  readonly groupFinish: Float64Array | null;
  /** Finish so far. */
  readonly finish: number;
}

/** Forward pass fused with Kahn's algorithm; returns the finish and the number of nodes ordered. */
function forwardPass(a: ForwardInput): { finish: number; tail: number } {
  const { n, off, tgt, w, indeg, order, es, esMax, d, group, groupFinish } = a;
  let tail = 0;
  for (let i = 0; i < n; i++) if (indeg[i] === 0) order[tail++] = i;
  let finish = a.finish;
  for (let head = 0; head < tail; head++) {
    const u = order[head]!;
    let x = es[u]!;
    if (esMax !== null && x > esMax[u]!) {
      x = esMax[u]!;
      es[u] = x;
    }
    const f = x + d[u]!;
    if (f > finish) finish = f;
    if (groupFinish !== null && f > groupFinish[group![u]!]!) groupFinish[group![u]!] = f;
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
      const v = tgt[s]!;
      const b = x + w[s]!;
      if (b > es[v]!) es[v] = b;
      if (--indeg[v]! === 0) order[tail++] = v;
    }
  }
  return { finish, tail };
}

/** Arrays of {@link backwardPass}. */
interface BackwardInput {
  readonly n: number;
  readonly off: Int32Array;
  readonly tgt: Int32Array;
  readonly w: Float64Array;
  readonly order: Int32Array;
  readonly es: Float64Array;
  readonly d: ArrayLike<number>;
  readonly finish: number;
  readonly ls: Float64Array;
  readonly tf: Float64Array;
  readonly ff: Float64Array;
  readonly critical: Uint8Array;
  readonly thr: number;
  readonly tight: Uint8Array | null;
}

/** The fast path's backward pass: late starts, floats, critical flags and tight slots in one sweep. */
function backwardPass(a: BackwardInput): void {
  const { n, off, tgt, w, order, es, d, finish, ls, tf, ff, critical, thr, tight } = a;
  for (let i = n - 1; i >= 0; i--) {
    const u = order[i]!;
    const x = es[u]!;
    const du = d[u]!;
    let l = finish - du;
    let f = l - x;
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
      const v = tgt[s]!;
      const ww = w[s]!;
      const a = ls[v]! - ww;
      if (a < l) l = a;
      const ev = es[v]!;
      const b = ev - ww - x;
      if (b < f) f = b;
      if (tight !== null) {
        const slack = ev - x - ww; // as in tightSlots
        tight[s] = slack <= EPS && slack >= -EPS ? 1 : 0;
      }
    }
    ls[u] = l;
    let t = l - x;
    if (t < EPS && t > -EPS) t = 0;
    tf[u] = t;
    if (f > t) f = t;
    ff[u] = f > EPS ? f : 0;
    critical[u] = t <= thr ? 1 : 0;
  }
}

/** Whether slot s (u -> tgt[s]) is tight in the early schedule. */
export function isTight(es: Float64Array, u: number, v: number, w: number): boolean {
  const slack = es[v]! - es[u]! - w;
  return slack <= EPS && slack >= -EPS;
}

/**
 * Whether each CSR slot is tight in the early schedule (1) or not (0): the test of
 * {@link isTight} for every slot, in one sequential pass. O(V + E).
 */
export function tightSlots(r: KernelResult, n: number, A: Alloc = PLAIN): Uint8Array {
  const { off, tgt, w, es } = r;
  const tight = A.u8(off[n]!);
  for (let u = 0; u < n; u++) {
    const x = es[u]!;
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
      const slack = es[tgt[s]!]! - x - w[s]!;
      tight[s] = slack <= EPS && slack >= -EPS ? 1 : 0;
    }
  }
  return tight;
}

/** Result of the critical path enumeration: node index paths. */
export interface KernelPaths {
  readonly paths: Int32Array[];
  readonly truncated: boolean;
}

/**
 * Every maximal path through the critical sub-network: critical nodes joined by links that are
 * tight in the early schedule (parallel links counted once), from a node without such an
 * incoming link to one without such an outgoing link. Iterative depth-first search; stops after
 * `maxPaths` paths and reports `truncated` when more exist. O(V + E + total length of the paths).
 * `tight`: the slots' tightness from {@link tightSlots}, when already computed.
 */
export function criticalPaths(r: KernelResult, n: number, maxPaths: number, A: Alloc = PLAIN, tight: Uint8Array | null = null): KernelPaths {
  const { off, tgt, w, es, critical } = r;
  // Critical sub-network in CSR form, deduplicated.
  const cOff = A.i32(n + 1);
  const hasIn = A.u8(n);
  const stamp = A.i32(n).fill(-1);
  const cTgtList: number[] = [];
  for (let u = 0; u < n; u++) {
    cOff[u] = cTgtList.length;
    if (critical[u] !== 1) continue;
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
      const v = tgt[s]!;
      if (critical[v] !== 1 || stamp[v] === u || !(tight === null ? isTight(es, u, v, w[s]!) : tight[s] === 1)) continue;
      stamp[v] = u;
      cTgtList.push(v);
      hasIn[v] = 1;
    }
  }
  cOff[n] = cTgtList.length;
  const cTgt = Int32Array.from(cTgtList);
  const paths: Int32Array[] = [];
  let truncated = false;
  const path = A.i32(n);
  const it = A.i32(n);
  outer: for (let i = 0; i < n; i++) {
    const start = r.order[i]!;
    if (critical[start] !== 1 || hasIn[start] === 1) continue;
    let depth = 0;
    path[0] = start;
    it[0] = cOff[start]!;
    while (depth >= 0) {
      const u = path[depth]!;
      if (cOff[u] === cOff[u + 1]) {
        if (paths.length === maxPaths) {
          truncated = true;
          break outer;
        }
        paths.push(path.slice(0, depth + 1));
        depth--;
        continue;
      }
      const s = it[depth]!;
      if (s < cOff[u + 1]!) {
        it[depth] = s + 1;
        const v = cTgt[s]!;
        depth++;
        path[depth] = v;
        it[depth] = cOff[v]!;
      } else depth--;
    }
  }
  return { paths, truncated };
}

/**
 * Maps node paths to names, sorted lexicographically by name (so that the result does not depend
 * on input order). Compares integer ranks of the names rather than the strings themselves.
 */
export function namePaths(paths: Int32Array[], n: number, nameOf: (k: number) => string): string[][] {
  const seen = new Uint8Array(n);
  const nodes: number[] = [];
  for (const p of paths)
    for (let i = 0; i < p.length; i++) {
      const k = p[i]!;
      if (seen[k] === 0) {
        seen[k] = 1;
        nodes.push(k);
      }
    }
  const named = nodes.map((k) => ({ k, name: nameOf(k) }));
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rank = new Int32Array(n);
  named.forEach((x, i) => (rank[x.k] = i));
  const sorted = [...paths].sort((a, b) => {
    const len = Math.min(a.length, b.length);
    for (let i = 0; i < len; i++) {
      const d = rank[a[i]!]! - rank[b[i]!]!;
      if (d !== 0) return d;
    }
    return a.length - b.length;
  });
  return sorted.map((p) => {
    const out = new Array<string>(p.length);
    for (let i = 0; i < p.length; i++) out[i] = nameOf(p[i]!);
    return out;
  });
}

/**
 * Per CSR slot, the flag that `flags` gives its link (links are placed in their source's slots in
 * link order, as {@link buildCsr} does). O(V + E).
 */
export function slotFlags(n: number, m: number, from: ArrayLike<number>, flags: Uint8Array, off: Int32Array): Uint8Array {
  const fill = off.slice(0, n);
  const out = new Uint8Array(off[n]!);
  for (let e = 0; e < m; e++) out[fill[from[e]!]!++] = flags[e]!;
  return out;
}

/**
 * Free float from each node's own links only, as MS Project computes Free Slack: links a node
 * only inherits from a WBS summary above it (flagged in `inheritedSlot`) do not count, and a node
 * without links of its own has its total float as free float (floored at 0, as every free float).
 * Rewrites `ff` for the nodes with an inherited slot; the others keep theirs. `slack(u, s)` is the
 * float of slot s of u on u's calendar. O(V + E).
 */
export function freeFloatFromOwnLinks(
  n: number,
  off: Int32Array,
  inheritedSlot: Uint8Array,
  tf: Float64Array,
  ff: Float64Array,
  slack: (u: number, s: number) => number,
): void {
  for (let u = 0; u < n; u++) {
    const lo = off[u]!;
    const hi = off[u + 1]!;
    let inherited = false;
    for (let s = lo; s < hi && !inherited; s++) if (inheritedSlot[s] === 1) inherited = true;
    if (!inherited) continue;
    let f = tf[u]!;
    for (let s = lo; s < hi; s++) {
      if (inheritedSlot[s] === 1) continue;
      const b = slack(u, s);
      if (b < f) f = b;
    }
    ff[u] = f > EPS ? f : 0;
  }
}
