/**
 * Private: the portfolio's dependency network at leaf-task level, next to its schedule, in dense
 * arrays. Task index `g` is the position in `schedule.tasks` (projects in input order, tasks in
 * input order); links on WBS summaries are expanded to their leaf tasks, as the engine schedules
 * them. Iterative, O(V + E') where E' counts the links after that expansion.
 */
import { PmoError } from '../../../errors.js';
import type { Portfolio } from '../../../model/portfolio.js';
import { q, show } from '../../../calendar/internal/show.js';
import type { SchedulePortfolioResult, ScheduledTask } from '../../types.js';

/** Tolerance of comparisons on offsets (fractional durations and lags). */
export const EPS = 1e-9;

/** Link type codes: bit 0 set = from the predecessor's start, bit 1 set = to the successor's finish. */
export const TYPE_CODE: ReadonlyMap<unknown, number> = new Map<unknown, number>([
  ['FS', 0],
  ['SS', 1],
  ['FF', 2],
  ['SF', 3],
]);

/** A number with float noise removed: near-integers become integers, `-0` becomes `0`. */
export function tidy(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) <= EPS ? r + 0 : x;
}

/** The leaf-level network of a scheduled portfolio. */
export interface Network {
  readonly portfolio: Portfolio;
  readonly schedule: SchedulePortfolioResult;
  /** `schedule.tasks`. */
  readonly tasks: readonly ScheduledTask[];
  /** Number of tasks (summaries included). */
  readonly n: number;
  /** Number of projects. */
  readonly projectCount: number;
  /** Project id -> project index. */
  readonly projectIndex: ReadonlyMap<string, number>;
  /** Per project: task id -> task index. */
  readonly taskIndex: readonly ReadonlyMap<string, number>[];
  /** Tasks of project p are `projBase[p] .. projBase[p+1]-1`. */
  readonly projBase: Int32Array;
  /** Project index of each task. */
  readonly projOf: Int32Array;
  /** WBS parent of each task, or -1. */
  readonly parent: Int32Array;
  /** 1 for leaf tasks, 0 for summaries. */
  readonly isLeaf: Uint8Array;
  /** Leaves of task g: `leafSeq[leafLo[g]] .. leafSeq[leafHi[g]-1]` (a leaf is its own only leaf). */
  readonly leafLo: Int32Array;
  readonly leafHi: Int32Array;
  readonly leafSeq: Int32Array;
  /** Early start, early finish and duration of each task, from the schedule. */
  readonly es: Float64Array;
  readonly ef: Float64Array;
  readonly dur: Float64Array;
  /** Number of expanded links. */
  readonly m: number;
  /** Out-links of leaf u: slots `off[u] .. off[u+1]-1`, to `tgt[s]`, type `typ[s]`, lag `lag[s]`. */
  readonly off: Int32Array;
  readonly tgt: Int32Array;
  readonly typ: Uint8Array;
  readonly lag: Float64Array;
  /** In-links of leaf v: slots `inOff[v] .. inOff[v+1]-1`, from `inSrc[s]`, type `inTyp[s]`, lag `inLag[s]`. */
  readonly inOff: Int32Array;
  readonly inSrc: Int32Array;
  readonly inTyp: Uint8Array;
  readonly inLag: Float64Array;
  /** The leaves in a topological order. */
  readonly order: Int32Array;
  /** Position of each leaf in `order` (-1 for summaries). */
  readonly pos: Int32Array;
  /** Task index of the predecessor and of the successor of each cross-project dependency. */
  readonly crossFrom: Int32Array;
  readonly crossTo: Int32Array;
}

/** `w` of a link u -> v: the constraint is `ES(v) >= ES(u) + w`. */
export function weight(t: number, lag: number, du: number, dv: number): number {
  return lag + ((t & 1) === 0 ? du : 0) - ((t & 2) !== 0 ? dv : 0);
}

/**
 * Builds the network of a portfolio from its schedule (which must be aligned with it, see
 * `baselineSchedule`). Throws `UNKNOWN_ID` / `INVALID_ARGUMENT` for references the engine would
 * have rejected (only reachable with a schedule of another portfolio).
 */
export function buildNetwork(fn: string, portfolio: Portfolio, schedule: SchedulePortfolioResult): Network {
  const projects = portfolio.projects;
  const tasks = schedule.tasks;
  const P = projects.length;
  const n = tasks.length;
  const projBase = new Int32Array(P + 1);
  const projOf = new Int32Array(n);
  const projectIndex = new Map<string, number>();
  const taskIndex: Map<string, number>[] = [];
  for (let p = 0; p < P; p++) {
    const proj = projects[p]!;
    projectIndex.set(proj.id, p);
    const map = new Map<string, number>();
    const base = projBase[p]!;
    for (let i = 0; i < proj.tasks.length; i++) {
      map.set(proj.tasks[i]!.id, base + i);
      projOf[base + i] = p;
    }
    taskIndex.push(map);
    projBase[p + 1] = base + proj.tasks.length;
  }

  // ---- WBS: parents, leaves in preorder -----------------------------------------------------
  const parent = new Int32Array(n).fill(-1);
  const isLeaf = new Uint8Array(n);
  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  const dur = new Float64Array(n);
  let summaries = 0;
  for (let g = 0; g < n; g++) {
    const t = tasks[g]!;
    es[g] = t.earlyStart;
    ef[g] = t.earlyFinish;
    dur[g] = t.duration;
    if (t.summary) summaries++;
    else isLeaf[g] = 1;
  }
  let leafLo: Int32Array;
  let leafHi: Int32Array;
  let leafSeq: Int32Array;
  if (summaries === 0) {
    leafSeq = new Int32Array(n);
    leafLo = new Int32Array(n);
    leafHi = new Int32Array(n);
    for (let g = 0; g < n; g++) {
      leafSeq[g] = g;
      leafLo[g] = g;
      leafHi[g] = g + 1;
    }
  } else {
    const childCount = new Int32Array(n);
    for (let p = 0; p < P; p++) {
      const proj = projects[p]!;
      for (let i = 0; i < proj.tasks.length; i++) {
        const pid = proj.tasks[i]!.parentId;
        if (pid === undefined) continue;
        const pg = taskIndex[p]!.get(pid);
        if (pg === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: task ${q(proj.tasks[i]!.id)} in project ${q(proj.id)} names unknown parent task ${q(pid)}`);
        parent[projBase[p]! + i] = pg;
        childCount[pg]!++;
      }
    }
    const cOff = new Int32Array(n + 1);
    for (let g = 0; g < n; g++) cOff[g + 1] = cOff[g]! + childCount[g]!;
    const fill = cOff.slice(0, n);
    const kids = new Int32Array(n);
    for (let g = 0; g < n; g++) if (parent[g]! >= 0) kids[fill[parent[g]!]!++] = g;
    // Iterative preorder from the roots; leaf ranges from the count of leaves before each task.
    const preSeq = new Int32Array(n);
    const stack = new Int32Array(n);
    let len = 0;
    for (let r = 0; r < n; r++) {
      if (parent[r] !== -1) continue;
      let top = 0;
      stack[top++] = r;
      while (top > 0) {
        const g = stack[--top]!;
        preSeq[len++] = g;
        for (let s = cOff[g + 1]! - 1; s >= cOff[g]!; s--) stack[top++] = kids[s]!;
      }
    }
    if (len !== n) throw new PmoError('INVALID_ARGUMENT', `${fn}: the WBS parents of the portfolio form a cycle`);
    leafSeq = new Int32Array(n - summaries);
    leafLo = new Int32Array(n);
    leafHi = new Int32Array(n);
    const size = new Int32Array(n).fill(1);
    const pre = new Int32Array(n);
    for (let i = 0; i < n; i++) pre[preSeq[i]!] = i;
    for (let i = n - 1; i >= 0; i--) {
      const g = preSeq[i]!;
      if (parent[g]! >= 0) size[parent[g]!]! += size[g]!;
    }
    const leafPrefix = new Int32Array(n + 1);
    for (let i = 0, k = 0; i < n; i++) {
      const g = preSeq[i]!;
      leafPrefix[i + 1] = leafPrefix[i]! + isLeaf[g]!;
      if (isLeaf[g] === 1) leafSeq[k++] = g;
    }
    for (let g = 0; g < n; g++) {
      leafLo[g] = leafPrefix[pre[g]!]!;
      leafHi[g] = leafPrefix[pre[g]! + size[g]!]!;
    }
  }

  // ---- Raw links, then expanded to leaf pairs -----------------------------------------------
  const rawFrom: number[] = [];
  const rawTo: number[] = [];
  const rawTyp: number[] = [];
  const rawLag: number[] = [];
  const resolve = (p: number, id: unknown, label: string): number => {
    const g = typeof id === 'string' ? taskIndex[p]!.get(id) : undefined;
    if (g === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${label} refers to unknown task ${show(id)} in project ${q(projects[p]!.id)}`);
    return g;
  };
  const push = (from: number, to: number, type: unknown, lag: unknown, label: string): void => {
    const code = type === undefined ? 0 : TYPE_CODE.get(type);
    if (code === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${label}: unknown dependency type ${show(type)}`);
    const l = lag === undefined ? 0 : lag;
    if (typeof l !== 'number' || !Number.isFinite(l)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${label}: lag must be a finite number, got ${show(l)}`);
    rawFrom.push(from);
    rawTo.push(to);
    rawTyp.push(code);
    rawLag.push(l);
  };
  for (let p = 0; p < P; p++) {
    const deps = projects[p]!.dependencies ?? [];
    deps.forEach((d, i) => {
      const label = `dependencies[${i}] of project ${q(projects[p]!.id)}`;
      push(resolve(p, d.from, label), resolve(p, d.to, label), d.type, d.lag, label);
    });
  }
  const cross = portfolio.crossDependencies ?? [];
  const crossFrom = new Int32Array(cross.length);
  const crossTo = new Int32Array(cross.length);
  cross.forEach((d, i) => {
    const label = `crossDependencies[${i}]`;
    if (typeof d !== 'object' || d === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${label} must be an object, got ${show(d)}`);
    const pf = projectIndex.get(d.fromProject);
    if (pf === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${label} refers to unknown project ${show(d.fromProject)}`);
    const pt = projectIndex.get(d.toProject);
    if (pt === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${label} refers to unknown project ${show(d.toProject)}`);
    crossFrom[i] = resolve(pf, d.from, label);
    crossTo[i] = resolve(pt, d.to, label);
    push(crossFrom[i]!, crossTo[i]!, d.type, d.lag, label);
  });

  let m = 0;
  for (let e = 0; e < rawFrom.length; e++) {
    const a = rawFrom[e]!;
    const b = rawTo[e]!;
    m += (leafHi[a]! - leafLo[a]!) * (leafHi[b]! - leafLo[b]!);
  }
  const eFrom = new Int32Array(m);
  const eTo = new Int32Array(m);
  const eTyp = new Uint8Array(m);
  const eLag = new Float64Array(m);
  for (let e = 0, j = 0; e < rawFrom.length; e++) {
    const a = rawFrom[e]!;
    const b = rawTo[e]!;
    for (let i = leafLo[a]!; i < leafHi[a]!; i++)
      for (let k = leafLo[b]!; k < leafHi[b]!; k++) {
        eFrom[j] = leafSeq[i]!;
        eTo[j] = leafSeq[k]!;
        eTyp[j] = rawTyp[e]!;
        eLag[j] = rawLag[e]!;
        j++;
      }
  }

  // ---- CSR, both directions -------------------------------------------------------------------
  const off = new Int32Array(n + 1);
  const inOff = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    off[eFrom[e]! + 1]!++;
    inOff[eTo[e]! + 1]!++;
  }
  for (let g = 0; g < n; g++) {
    off[g + 1]! += off[g]!;
    inOff[g + 1]! += inOff[g]!;
  }
  const tgt = new Int32Array(m);
  const typ = new Uint8Array(m);
  const lag = new Float64Array(m);
  const inSrc = new Int32Array(m);
  const inTyp = new Uint8Array(m);
  const inLag = new Float64Array(m);
  const outFill = off.slice(0, n);
  const inFill = inOff.slice(0, n);
  for (let e = 0; e < m; e++) {
    const s = outFill[eFrom[e]!]!++;
    tgt[s] = eTo[e]!;
    typ[s] = eTyp[e]!;
    lag[s] = eLag[e]!;
    const r = inFill[eTo[e]!]!++;
    inSrc[r] = eFrom[e]!;
    inTyp[r] = eTyp[e]!;
    inLag[r] = eLag[e]!;
  }

  // ---- Topological order of the leaves (Kahn) --------------------------------------------------
  const indeg = new Int32Array(n);
  for (let g = 0; g < n; g++) indeg[g] = inOff[g + 1]! - inOff[g]!;
  const order = new Int32Array(n - summaries);
  const pos = new Int32Array(n).fill(-1);
  let tail = 0;
  for (let g = 0; g < n; g++) if (isLeaf[g] === 1 && indeg[g] === 0) order[tail++] = g;
  for (let head = 0; head < tail; head++) {
    const u = order[head]!;
    pos[u] = head;
    for (let s = off[u]!; s < off[u + 1]!; s++) if (--indeg[tgt[s]!]! === 0) order[tail++] = tgt[s]!;
  }
  if (tail !== order.length) throw new PmoError('CYCLE', `${fn}: the dependencies form a cycle`);

  return {
    portfolio,
    schedule,
    tasks,
    n,
    projectCount: P,
    projectIndex,
    taskIndex,
    projBase,
    projOf,
    parent,
    isLeaf,
    leafLo,
    leafHi,
    leafSeq,
    es,
    ef,
    dur,
    m,
    off,
    tgt,
    typ,
    lag,
    inOff,
    inSrc,
    inTyp,
    inLag,
    order,
    pos,
    crossFrom,
    crossTo,
  };
}

/**
 * Which projects each leaf task can reach downstream (its own project included), as bitsets of
 * `words` 32-bit words per task: bit p of `bits[g * words + (p >>> 5)]`. Reverse topological
 * sweep, O((V + E') * words) time, O(V * words) memory.
 */
export function projectReach(net: Network): { readonly words: number; readonly bits: Uint32Array } {
  const words = Math.max(1, Math.ceil(net.projectCount / 32));
  const bits = new Uint32Array(net.n * words);
  const { order, off, tgt, projOf } = net;
  for (let i = order.length - 1; i >= 0; i--) {
    const u = order[i]!;
    const base = u * words;
    const p = projOf[u]!;
    bits[base + (p >>> 5)]! |= 1 << (p & 31);
    for (let s = off[u]!; s < off[u + 1]!; s++) {
      const vb = tgt[s]! * words;
      for (let w = 0; w < words; w++) bits[base + w]! |= bits[vb + w]!;
    }
  }
  return { words, bits };
}

/** The project indices set in a bitset, ascending. */
export function bitsToProjects(bits: Uint32Array, base: number, words: number): number[] {
  const out: number[] = [];
  for (let w = 0; w < words; w++) {
    let x = bits[base + w]!;
    while (x !== 0) {
      const low = x & -x;
      out.push(w * 32 + 31 - Math.clz32(low));
      x ^= low;
    }
  }
  return out;
}
