/**
 * Private: the portfolio's dependency network at leaf-task level, next to its schedule, in dense
 * arrays. Task index `g` is the position in `schedule.tasks` (projects in input order, tasks in
 * input order); links on WBS summaries are expanded to their leaf tasks, as the engine schedules
 * them. Iterative, O(V + E') where E' counts the links after that expansion.
 */
import { PmoError } from '../../../errors.js';
import type { Portfolio } from '../../../model/portfolio.js';
import { q, show } from '../../../internal/show.js';
import { expandLinks, leafTasks, parentCycle, wbsOf, type Wbs } from '../../../internal/wbs.js';
import type { SchedulePortfolioResult, ScheduledTask } from '../../types.js';
import { TYPE_CODE } from '../../internal/links.js';

/** Tolerance of comparisons on offsets (fractional durations and lags). */
export const EPS = 1e-9;

/** Link type codes: bit 0 set = from the predecessor's start, bit 1 set = to the successor's finish. */
export { TYPE_CODE };

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
 * `baselineSchedule` in ../../baselineSchedule.ts). Throws `UNKNOWN_ID` / `INVALID_ARGUMENT` for
 * references the engine would have rejected (only reachable with a schedule of another
 * portfolio). O(V + E').
 */
export function buildNetwork(fn: string, portfolio: Portfolio, schedule: SchedulePortfolioResult): Network {
  const tasks = schedule.tasks;
  const n = tasks.length;
  const ix = indexTasks(portfolio, n);
  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  const dur = new Float64Array(n);
  for (let g = 0; g < n; g++) {
    const t = tasks[g]!;
    es[g] = t.earlyStart;
    ef[g] = t.earlyFinish;
    dur[g] = t.duration;
  }
  const { parent, isLeaf, wbs } = leafStructure(fn, portfolio, schedule, ix);
  const raw = rawLinks(fn, portfolio, ix);
  // Links on summaries apply to every leaf below them (src/internal/wbs.ts), named by task index.
  const leafSeq = wbs === null ? identity(n, 0) : leafTasks(wbs);
  const x = wbs === null ? raw : expandLinks(wbs, raw.m, raw.from, raw.to, raw.type, raw.lag, leafSeq);
  const csr = bothWays(n, x.m, x.from, x.to, x.type, x.lag);
  const { order, pos } = leafOrder(fn, n, isLeaf, csr.off, csr.tgt, csr.inOff);
  return {
    portfolio,
    schedule,
    tasks,
    n,
    projectCount: portfolio.projects.length,
    projectIndex: ix.projectIndex,
    taskIndex: ix.taskIndex,
    projBase: ix.projBase,
    projOf: ix.projOf,
    parent,
    isLeaf,
    leafLo: wbs === null ? identity(n, 0) : wbs.leafLo,
    leafHi: wbs === null ? identity(n, 1) : wbs.leafHi,
    leafSeq,
    es,
    ef,
    dur,
    m: x.m,
    ...csr,
    order,
    pos,
    crossFrom: raw.crossFrom,
    crossTo: raw.crossTo,
  };
}

/** `[offset, 1 + offset, …, n - 1 + offset]`. */
function identity(n: number, offset: number): Int32Array {
  const out = new Int32Array(n);
  for (let g = 0; g < n; g++) out[g] = g + offset;
  return out;
}

/** Project and task indexes of a portfolio. */
interface TaskIndexes {
  readonly projectIndex: Map<string, number>;
  readonly taskIndex: Map<string, number>[];
  readonly projBase: Int32Array;
  readonly projOf: Int32Array;
}

/** Indexes the projects and the tasks of each (tasks of project p from `projBase[p]`). O(V). */
function indexTasks(portfolio: Portfolio, n: number): TaskIndexes {
  const projects = portfolio.projects;
  const P = projects.length;
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
  return { projectIndex, taskIndex, projBase, projOf };
}

/**
 * The WBS parents of the tasks, their leaf flags, and the shared WBS (null without summaries).
 * The summaries must be the schedule's.
 */
function leafStructure(fn: string, portfolio: Portfolio, schedule: SchedulePortfolioResult, ix: TaskIndexes): { parent: Int32Array; isLeaf: Uint8Array; wbs: Wbs | null } {
  const n = schedule.tasks.length;
  const parent = new Int32Array(n).fill(-1);
  const projects = portfolio.projects;
  for (let p = 0; p < projects.length; p++) {
    const proj = projects[p]!;
    for (let i = 0; i < proj.tasks.length; i++) {
      const pid = proj.tasks[i]!.parentId;
      if (pid === undefined) continue;
      const pg = ix.taskIndex[p]!.get(pid);
      if (pg === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: task ${q(proj.tasks[i]!.id)} in project ${q(proj.id)} names unknown parent task ${q(pid)}`);
      parent[ix.projBase[p]! + i] = pg;
    }
  }
  if (parentCycle(parent) !== null) throw new PmoError('INVALID_ARGUMENT', `${fn}: the WBS parents of the portfolio form a cycle`);
  const wbs = wbsOf(parent);
  const isLeaf = new Uint8Array(n);
  for (let g = 0; g < n; g++) {
    isLeaf[g] = wbs === null || wbs.isSummary[g] === 0 ? 1 : 0;
    if (schedule.tasks[g]!.summary === (isLeaf[g] === 1))
      throw new PmoError('INVALID_ARGUMENT', `${fn}: options.schedule was not computed from this portfolio (task ${q(schedule.tasks[g]!.id)} is a summary task in one of them only)`);
  }
  return { parent, isLeaf, wbs };
}

/** The links of the portfolio on task indices (before the expansion of summaries), and the ends of each cross-project link. */
interface RawLinks {
  readonly m: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly type: Uint8Array;
  readonly lag: Float64Array;
  readonly crossFrom: Int32Array;
  readonly crossTo: Int32Array;
}

/** Reads the links of every project, then the cross-project links. O(E). */
function rawLinks(fn: string, portfolio: Portfolio, ix: TaskIndexes): RawLinks {
  const projects = portfolio.projects;
  const rawFrom: number[] = [];
  const rawTo: number[] = [];
  const rawTyp: number[] = [];
  const rawLag: number[] = [];
  const resolve = (p: number, id: unknown, label: string): number => {
    const g = typeof id === 'string' ? ix.taskIndex[p]!.get(id) : undefined;
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
  for (let p = 0; p < projects.length; p++) {
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
    const pf = ix.projectIndex.get(d.fromProject);
    if (pf === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${label} refers to unknown project ${show(d.fromProject)}`);
    const pt = ix.projectIndex.get(d.toProject);
    if (pt === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${label} refers to unknown project ${show(d.toProject)}`);
    crossFrom[i] = resolve(pf, d.from, label);
    crossTo[i] = resolve(pt, d.to, label);
    push(crossFrom[i]!, crossTo[i]!, d.type, d.lag, label);
  });
  return { m: rawFrom.length, from: Int32Array.from(rawFrom), to: Int32Array.from(rawTo), type: Uint8Array.from(rawTyp), lag: Float64Array.from(rawLag), crossFrom, crossTo };
}

/** The out- and in-links of the network in CSR form (see {@link Network}). O(V + E'). */
function bothWays(n: number, m: number, eFrom: Int32Array, eTo: Int32Array, eTyp: Uint8Array, eLag: Float64Array) {
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
  return { off, tgt, typ, lag, inOff, inSrc, inTyp, inLag };
}

/** The leaves in a topological order (Kahn) and the position of each; throws `CYCLE` for a cycle. O(V + E'). */
function leafOrder(fn: string, n: number, isLeaf: Uint8Array, off: Int32Array, tgt: Int32Array, inOff: Int32Array): { order: Int32Array; pos: Int32Array } {
  const indeg = new Int32Array(n);
  let leaves = 0;
  for (let g = 0; g < n; g++) {
    indeg[g] = inOff[g + 1]! - inOff[g]!;
    leaves += isLeaf[g]!;
  }
  const order = new Int32Array(leaves);
  const pos = new Int32Array(n).fill(-1);
  let tail = 0;
  for (let g = 0; g < n; g++) if (isLeaf[g] === 1 && indeg[g] === 0) order[tail++] = g;
  for (let head = 0; head < tail; head++) {
    const u = order[head]!;
    pos[u] = head;
    for (let s = off[u]!; s < off[u + 1]!; s++) if (--indeg[tgt[s]!]! === 0) order[tail++] = tgt[s]!;
  }
  if (tail !== order.length) throw new PmoError('CYCLE', `${fn}: the dependencies form a cycle`);
  return { order, pos };
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
