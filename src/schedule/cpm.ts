import { CycleError, PmoError } from '../errors.js';
import { q, show } from '../internal/show.js';
import { readLinksFast, TYPE_CODE } from './internal/links.js';
import { readCriticalPathOptions } from './internal/request.js';
import { collectIds } from './internal/taskTable.js';
import { arena } from './internal/arena.js';
import { IdIndex } from './internal/idIndex.js';
import { criticalPaths, KernelCycle, namePaths, runKernel } from './internal/kernel.js';
import type { CpmNetwork, CpmOptions, CpmResult, CpmTask } from './types.js';

/**
 * The critical path method on a date-free network: tasks with durations (in any unit of time,
 * "periods") and FS/SS/FF/SF links with lags. Used for PSPLIB instances and by algorithms that
 * need offsets only; {@link schedule} adds calendars, dates, summaries and constraints.
 *
 * Offsets start at 0 and no task starts before 0 (nor before its `earliestStart`): a lead or an
 * SS/SF/FF link cannot pull a task earlier. Finishes are exclusive (`earlyFinish = earlyStart +
 * duration`). Tasks without successors, and every late finish, are bounded by the network's
 * finish (its duration). Critical paths are the maximal chains of critical tasks joined by tight
 * links, as in {@link schedule}.
 *
 * Iterative, O(V + E) (plus the length of the critical paths enumerated); results do not depend
 * on the order of tasks and links (critical paths are sorted). The input is never mutated.
 * Details: docs/scheduling.md.
 *
 * @param network - tasks `{ id, duration, earliestStart? }` and links `{ from, to, type?, lag? }`
 * @param options - `criticalThreshold` (default 0), `maxCriticalPaths` (default 100)
 * @returns the duration, every task's offsets, floats and critical flag, and every critical path
 * @throws {@link CycleError} (code `CYCLE`) when the links form a cycle; `cycle` lists the ids
 * @throws {@link PmoError} `UNKNOWN_ID` for a link to an unknown task; `INVALID_ARGUMENT` for a
 *   duplicate id, a negative or non-finite duration, an unknown link type or a non-finite lag
 * @example
 * ```ts
 * const r = cpm({
 *   tasks: [{ id: 'a', duration: 3 }, { id: 'b', duration: 2 }, { id: 'c', duration: 4 }],
 *   links: [{ from: 'a', to: 'b' }, { from: 'a', to: 'c', type: 'SS', lag: 1 }],
 * });
 * r.duration;       // 5
 * r.criticalPaths;  // [['a', 'b'], ['a', 'c']]
 * ```
 */
export function cpm(network: CpmNetwork, options?: CpmOptions): CpmResult {
  const fn = 'cpm';
  if (typeof network !== 'object' || network === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a network object, got ${show(network)}`);
  const { tasks, links } = network;
  if (!Array.isArray(tasks)) throw new PmoError('INVALID_ARGUMENT', `${fn}: network.tasks must be an array, got ${show(tasks)}`);
  if (!Array.isArray(links)) throw new PmoError('INVALID_ARGUMENT', `${fn}: network.links must be an array, got ${show(links)}`);
  const opts = readCriticalPathOptions(fn, options, false);
  const n = tasks.length;
  const m = links.length;
  // One scratch buffer for the call (see internal/arena.ts): separate typed arrays of this size
  // start a full GC each time they add up to another ~64 MB, which on a large input held in
  // memory costs hundreds of milliseconds each; the price is that they all live until the call ends.
  const A = arena(IdIndex.bytes(n) + 30 * m + 80 * n + 512);
  const ids: string[] = new Array<string>(n);
  const index = new IdIndex(ids, n, A);
  const duration = A.f64(n);
  let esMin: Float64Array | null = null;
  // Ids first (up to the first task without one), added in batches; the loop below reports the
  // first duplicate where it meets it, so errors come in task order as before.
  const dupAt = index.addRange(0, collectIds(tasks, ids, 0));
  for (let i = 0; i < n; i++) {
    const t = tasks[i] as unknown;
    if (typeof t !== 'object' || t === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: tasks[${i}] must be an object, got ${show(t)}`);
    const { id, duration: d, earliestStart } = t as { id?: unknown; duration?: unknown; earliestStart?: unknown };
    if (typeof id !== 'string' || id === '') throw new PmoError('INVALID_ARGUMENT', `${fn}: tasks[${i}] needs a non-empty string id, got ${show(id)}`);
    if (i === dupAt) throw new PmoError('INVALID_ARGUMENT', `${fn}: duplicate task id ${q(id)}`);
    if (typeof d !== 'number' || !(d >= 0) || d === Infinity)
      throw new PmoError('INVALID_ARGUMENT', `${fn}: task ${q(id)}: duration must be a finite number >= 0, got ${show(d)}`);
    if (earliestStart !== undefined) {
      if (typeof earliestStart !== 'number' || !Number.isFinite(earliestStart))
        throw new PmoError('INVALID_ARGUMENT', `${fn}: task ${q(id)}: earliestStart must be a finite number, got ${show(earliestStart)}`);
      esMin ??= new Float64Array(n);
      esMin[i] = earliestStart;
    }
    duration[i] = d;
  }
  const from = A.i32(m);
  const to = A.i32(m);
  const type = A.u8(m);
  const lag = A.f64(m);
  for (let e = 0; e < m; e++) {
    // Fast batched loop over well-formed links; anything else is read (and reported) below.
    e = readLinksFast(links, e, index, from, to, type, lag, e);
    if (e === m) break;
    const l = links[e] as unknown;
    if (typeof l !== 'object' || l === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: links[${e}] must be an object, got ${show(l)}`);
    const link = l as { from?: unknown; to?: unknown; type?: unknown; lag?: unknown };
    const u = typeof link.from === 'string' ? index.get(link.from) : -1;
    if (u < 0) throw new PmoError('UNKNOWN_ID', `${fn}: links[${e}] refers to unknown task ${show(link.from)}`);
    const v = typeof link.to === 'string' ? index.get(link.to) : -1;
    if (v < 0) throw new PmoError('UNKNOWN_ID', `${fn}: links[${e}] refers to unknown task ${show(link.to)}`);
    const t = link.type;
    const code = t === undefined || t === 'FS' ? 0 : t === 'SS' ? 1 : t === 'FF' ? 2 : t === 'SF' ? 3 : TYPE_CODE.get(t);
    if (code === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: links[${e}]: unknown link type ${show(link.type)}; expected FS, SS, FF or SF`);
    const lg = link.lag === undefined ? 0 : link.lag;
    if (typeof lg !== 'number' || !Number.isFinite(lg)) throw new PmoError('INVALID_ARGUMENT', `${fn}: links[${e}]: lag must be a finite number, got ${show(lg)}`);
    from[e] = u;
    to[e] = v;
    type[e] = code;
    lag[e] = lg;
  }
  let r;
  try {
    r = runKernel({
      n,
      duration,
      m,
      from,
      to,
      type,
      lag,
      esMin,
      criticalThreshold: opts.criticalThreshold,
      alloc: A,
    });
  } catch (err) {
    if (err instanceof KernelCycle) throw new CycleError(fn, err.nodes.map((k) => ids[k]!));
    throw err;
  }
  const out = cpmTasks(n, ids, duration, r.es, r.ls, r.tf, r.ff, r.critical);
  const kp = criticalPaths(r, n, opts.maxCriticalPaths, A);
  const paths = namePaths(kp.paths, n, (k) => ids[k]!);
  return { duration: r.finish, tasks: out, criticalPaths: paths, criticalPathsTruncated: kp.truncated };
}

/**
 * The result objects, all of one shape. A top-level function so that V8 optimizes its loop on its
 * own rather than by recompiling all of `cpm`.
 */
function cpmTasks(
  n: number,
  ids: readonly string[],
  duration: Float64Array,
  es: Float64Array,
  ls: Float64Array,
  tf: Float64Array,
  ff: Float64Array,
  critical: Uint8Array,
): CpmTask[] {
  const out: CpmTask[] = new Array<CpmTask>(n);
  for (let i = 0; i < n; i++) {
    const d = duration[i]!;
    out[i] = {
      id: ids[i]!,
      duration: d,
      earlyStart: es[i]!,
      earlyFinish: es[i]! + d,
      lateStart: ls[i]!,
      lateFinish: ls[i]! + d,
      totalFloat: tf[i]!,
      freeFloat: ff[i]!,
      critical: critical[i] === 1,
    };
  }
  return out;
}
