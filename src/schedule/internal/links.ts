/**
 * Reading and checking the links of a schedule request (dependencies within projects, and across
 * them) into typed arrays on task indices, then expanding links on summaries to the leaves below
 * them (src/internal/wbs.ts). Private to pmo-kit. O(E + E').
 */
import { CycleError, PmoError } from '../../errors.js';
import { q, show } from '../../internal/show.js';
import { expandLinks, summaryToOwnSubtask, type Wbs } from '../../internal/wbs.js';
import { hash, type IdIndex } from './idIndex.js';
import type { ResolvedLinks } from '../../internal/resolvedLinks.js';
import { fail, type CoreRequest } from './request.js';
import type { TaskTable } from './taskTable.js';

/** Link type codes. */
export const TYPE_CODE: ReadonlyMap<unknown, number> = new Map<unknown, number>([
  ['FS', 0],
  ['SS', 1],
  ['FF', 2],
  ['SF', 3],
]);

/** The links of the kernel: between nodes (leaf indices), in arrays of length `m`. */
export interface NodeLinks {
  readonly m: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly type: Uint8Array;
  readonly lag: Float64Array;
  /** Per link: 1 when its source only inherits it from a summary above (not its own); null without summaries. */
  readonly inherited: Uint8Array | null;
}

/**
 * The links of every project, then the cross-project links, checked, on kernel nodes: a link on
 * a summary becomes one link per pair of leaves below its ends. Throws `UNKNOWN_ID` for an
 * unknown project or task, {@link CycleError} for a task linked to itself, `INVALID_ARGUMENT` for
 * a malformed link or one between a summary and its own subtask.
 */
export function readLinks(req: CoreRequest, t: TaskTable, wbs: Wbs | null): NodeLinks {
  const { fn } = req;
  const { rawCount, A } = t;
  const raw: RawLinks = { from: A.i32(rawCount), to: A.i32(rawCount), type: A.u8(rawCount), lag: A.f64(rawCount), r: 0 };
  for (let p = 0; p < t.P; p++) {
    const deps = req.projects[p]!.dependencies ?? [];
    const cache = t.resolved[p]!;
    let i = 0;
    if (cache !== null) {
      // The links as validation resolved them, while their endpoints are the strings it saw.
      const stop = readLinksResolved(deps, cache, t.taskBase[p]!, raw.from, raw.to, raw.type, raw.lag, raw.r);
      raw.r += stop;
      i = stop;
    }
    // Fast loop over well-formed links; anything else goes through readLink (which reports it).
    for (; i < deps.length; ) {
      const stop = readLinksFast(deps, i, t.mapOf(p), raw.from, raw.to, raw.type, raw.lag, raw.r);
      raw.r += stop - i;
      if (stop === deps.length) break;
      readLink(req, t, raw, deps[stop], p, stop, p, p);
      i = stop + 1;
    }
  }
  for (let i = 0; i < req.cross.length; i++) {
    const x = req.cross[i] as unknown;
    const label = `crossDependencies[${i}]`;
    if (typeof x !== 'object' || x === null) fail(`${fn}: ${label} must be an object, got ${show(x)}`);
    const { fromProject, toProject } = x as { fromProject?: unknown; toProject?: unknown };
    const pf = typeof fromProject === 'string' ? t.projectIndex.get(fromProject) : undefined;
    if (pf === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${label} refers to unknown project ${show(fromProject)}`);
    const pt = typeof toProject === 'string' ? t.projectIndex.get(toProject) : undefined;
    if (pt === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${label} refers to unknown project ${show(toProject)}`);
    readLink(req, t, raw, x, -1, i, pf, pt);
  }
  if (wbs === null) return { m: rawCount, from: raw.from, to: raw.to, type: raw.type, lag: raw.lag, inherited: null };
  // Links on summaries apply to every leaf task below them.
  const bad = summaryToOwnSubtask(wbs, rawCount, raw.from, raw.to);
  if (bad !== null) fail(`${fn}: a dependency links summary task ${t.whereOf(bad[1])} to its own subtask ${t.whereOf(bad[2])}`);
  return expandLinks(wbs, rawCount, raw.from, raw.to, raw.type, raw.lag);
}

/** The raw link arrays (on task indices) and the next free slot. */
interface RawLinks {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly type: Uint8Array;
  readonly lag: Float64Array;
  r: number;
}

/**
 * Reads one link with every check (the slow path of {@link readLinks}): link i of project p (-1:
 * of the cross-project links), from a task of project fromP to one of project toP.
 */
function readLink(req: CoreRequest, t: TaskTable, raw: RawLinks, d: unknown, p: number, i: number, fromP: number, toP: number): void {
  const { fn, projects } = req;
  const label = p < 0 ? `crossDependencies[${i}]` : t.single ? `dependencies[${i}]` : `project ${q(projects[p]!.id)}: dependencies[${i}]`;
  const inProject = (pp: number): string => (t.single ? '' : ` in project ${q(projects[pp]!.id)}`);
  if (typeof d !== 'object' || d === null) fail(`${fn}: ${label} must be an object, got ${show(d)}`);
  const dep = d as { from?: unknown; to?: unknown; type?: unknown; lag?: unknown };
  const gf = typeof dep.from === 'string' ? t.mapOf(fromP).get(dep.from) : -1;
  if (gf < 0) throw new PmoError('UNKNOWN_ID', `${fn}: ${label} refers to unknown task ${show(dep.from)}${inProject(fromP)}`);
  const gt = typeof dep.to === 'string' ? t.mapOf(toP).get(dep.to) : -1;
  if (gt < 0) throw new PmoError('UNKNOWN_ID', `${fn}: ${label} refers to unknown task ${show(dep.to)}${inProject(toP)}`);
  const ty = dep.type;
  const code = ty === undefined || ty === 'FS' ? 0 : TYPE_CODE.get(ty);
  if (code === undefined) fail(`${fn}: ${label}: unknown dependency type ${show(ty)}; expected FS, SS, FF or SF`);
  const lag = dep.lag === undefined ? 0 : dep.lag;
  if (typeof lag !== 'number' || !Number.isFinite(lag)) fail(`${fn}: ${label}: lag must be a finite number of working days, got ${show(lag)}`);
  if (gf === gt) throw new CycleError(fn, [t.names[gf]!, t.names[gf]!]);
  const r = raw.r++;
  raw.from[r] = gf;
  raw.to[r] = gt;
  raw.type[r] = code;
  raw.lag[r] = lag;
}

/**
 * Reads links `deps[0..]` of a project whose links validation resolved (`cache`, positions within
 * the project; its tasks start at index `base`) into the raw link arrays from slot `r` on, while
 * each link's endpoints are the very strings validation resolved and its type and lag are well
 * formed; returns the index of the first link it did not read. No hashing: `===` on the strings
 * validation kept (a pointer compare when unchanged).
 */
function readLinksResolved(
  deps: readonly unknown[],
  cache: ResolvedLinks,
  base: number,
  rFrom: Int32Array,
  rTo: Int32Array,
  rType: Uint8Array,
  rLag: Float64Array,
  r: number,
): number {
  const { fromIds, toIds, from, to } = cache;
  const len = deps.length;
  for (let i = 0; i < len; i++, r++) {
    const d = deps[i] as { from?: unknown; to?: unknown; type?: unknown; lag?: unknown } | null;
    if (typeof d !== 'object' || d === null || d.from !== fromIds[i] || d.to !== toIds[i]) return i;
    const t = d.type;
    const code = t === undefined || t === 'FS' ? 0 : t === 'SS' ? 1 : t === 'FF' ? 2 : t === 'SF' ? 3 : -1;
    if (code < 0) return i;
    const lag = d.lag === undefined ? 0 : d.lag;
    if (typeof lag !== 'number' || !Number.isFinite(lag)) return i;
    rFrom[r] = base + from[i]!;
    rTo[r] = base + to[i]!;
    rType[r] = code;
    rLag[r] = lag;
  }
  return len;
}

/** Links per batch of {@link readLinksFast}. */
const BATCH = 256;
const batchHash = new Int32Array(2 * BATCH);
/** Where the touched slots' values go, so that the loads are not optimized away. */
let touchSink = 0;

/**
 * Reads links `deps[i..]` (of one project, or of a `cpm` network) into the raw link arrays from
 * slot `r` on, while they are well formed (known distinct endpoints, a known type, a finite lag);
 * returns the index of the first link it did not read (`deps.length` when done). A hot loop over
 * every link, in a top-level function so that it keeps everything in locals. Batched: the
 * endpoints of up to {@link BATCH} links are hashed first, then their hash-table slots are touched
 * in a tight loop (so that the cache misses of a batch overlap), then the links are read.
 */
export function readLinksFast(
  deps: readonly unknown[],
  i0: number,
  map: IdIndex,
  rFrom: Int32Array,
  rTo: Int32Array,
  rType: Uint8Array,
  rLag: Float64Array,
  r: number,
): number {
  const len = deps.length;
  const hb = batchHash;
  for (let b0 = i0; b0 < len; b0 += BATCH) {
    const b1 = b0 + BATCH < len ? b0 + BATCH : len;
    // Hash the endpoints while the links are objects with string endpoints.
    let stop = b1;
    for (let i = b0, j = 0; i < b1; i++, j += 2) {
      const d = deps[i] as { from?: unknown; to?: unknown } | null;
      if (typeof d !== 'object' || d === null) {
        stop = i;
        break;
      }
      const from = d.from;
      const to = d.to;
      if (typeof from !== 'string' || typeof to !== 'string') {
        stop = i;
        break;
      }
      hb[j] = hash(from);
      hb[j + 1] = hash(to);
    }
    let touched = 0;
    for (let j = 0, k = 2 * (stop - b0); j < k; j++) touched |= map.touch(hb[j]!);
    touchSink ^= touched;
    for (let i = b0, j = 0; i < stop; i++, j += 2, r++) {
      const d = deps[i] as { from?: unknown; to?: unknown; type?: unknown; lag?: unknown };
      const from = d.from;
      const to = d.to;
      if (typeof from !== 'string' || typeof to !== 'string') return i;
      const gf = map.getHashed(from, hb[j]!);
      if (gf < 0) return i;
      const gt = map.getHashed(to, hb[j + 1]!);
      if (gt < 0 || gt === gf) return i;
      const t = d.type;
      const code = t === undefined || t === 'FS' ? 0 : t === 'SS' ? 1 : t === 'FF' ? 2 : t === 'SF' ? 3 : -1;
      if (code < 0) return i;
      const lag = d.lag === undefined ? 0 : d.lag;
      if (typeof lag !== 'number' || !Number.isFinite(lag)) return i;
      rFrom[r] = gf;
      rTo[r] = gt;
      rType[r] = code;
      rLag[r] = lag;
    }
    if (stop < b1) return stop;
  }
  return len;
}
