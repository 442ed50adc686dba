/**
 * From projects (ids, WBS, constraints, calendars) to the kernel's dense arrays and back to plain
 * result objects. Private to pmo-kit. Iterative, O(V + E') where E' counts links after summary
 * links are expanded to the leaf tasks.
 */
import { CycleError, PmoError } from '../../errors.js';
import type { Project } from '../../model/project.js';
import type { CrossDependency, Task } from '../../model/task.js';
import { CONSTRAINT_TYPES } from '../../model/task-constants.js';
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import { dayNumber, isoFromDayNumber } from '../../internal/dates.js';
import { q, show } from '../../calendar/internal/show.js';
import { readOptions } from '../../internal/options.js';
import type { CriticalPathOptions, ScheduledProject, ScheduledTask } from '../types.js';
import { taskKeyPrefix, taskKeySuffix } from '../taskKey.js';
import { arena, type Alloc } from './arena.js';
import { hash, IdIndex } from './idIndex.js';
import { criticalPaths, EPS, freeFloatFromOwnLinks, KernelCycle, namePaths, runKernel, slotFlags, type KernelResult } from './kernel.js';
import { calendarDates, planCalendars, runMultiCalendar, type MultiCalendarDates } from './multiCalendar.js';

/** Link type codes. */
export const TYPE_CODE: ReadonlyMap<unknown, number> = new Map<unknown, number>([
  ['FS', 0],
  ['SS', 1],
  ['FF', 2],
  ['SF', 3],
]);

/** Checked {@link CriticalPathOptions} with defaults. */
export interface CoreOptions {
  readonly criticalThreshold: number;
  readonly nearCriticalThreshold: number;
  readonly maxCriticalPaths: number;
}

/**
 * Reads and checks the {@link CriticalPathOptions} of `options` (the options object itself is
 * checked by {@link readOptions}); `near: false` leaves `nearCriticalThreshold` out (0).
 */
export function readCriticalPathOptions(fn: string, options: unknown, near = true): CoreOptions {
  const o = readOptions(fn, options);
  const num = (key: string, dflt: number): number => {
    const v = o[key];
    if (v === undefined) return dflt;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.${key} must be a finite number, got ${show(v)}`);
    return v;
  };
  const maxCriticalPaths = num('maxCriticalPaths', 100);
  if (!Number.isInteger(maxCriticalPaths) || maxCriticalPaths < 0)
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.maxCriticalPaths must be an integer >= 0, got ${show(maxCriticalPaths)}`);
  return {
    criticalThreshold: num('criticalThreshold', 0),
    nearCriticalThreshold: near ? num('nearCriticalThreshold', 5) : 0,
    maxCriticalPaths,
  };
}

/** What to schedule. */
export interface CoreRequest {
  readonly fn: string;
  readonly projects: readonly Project[];
  readonly cross: readonly CrossDependency[];
  /** The reference calendar: offsets count its working days. */
  readonly calendar: WorkingCalendar;
  /** Calendar of each project (its tasks work on it unless they name their own). */
  readonly projectCalendars: readonly WorkingCalendar[];
  /** Compiles the calendar a task names, or `undefined` for an unknown id. */
  readonly taskCalendar: (id: string) => WorkingCalendar | undefined;
  /** Tests only: take the multi-calendar path even when every calendar has the same working days. */
  readonly forceMultiCalendar?: boolean;
  /** `project`: names are task ids (one project); `portfolio`: names are task keys. */
  readonly mode: 'project' | 'portfolio';
  readonly lateFinish: 'portfolio' | 'project';
  readonly options: CoreOptions;
}

/** The schedule before it is wrapped for the public API. */
export interface CoreResult {
  readonly tasks: ScheduledTask[];
  readonly projects: ScheduledProject[];
  readonly criticalPaths: string[][];
  readonly criticalPathsTruncated: boolean;
  readonly duration: number;
  readonly startDate: string;
  readonly finishDate: string;
  readonly warnings: string[];
}

const EMPTY: readonly string[] = Object.freeze([]);

function fail(message: string): never {
  throw new PmoError('INVALID_ARGUMENT', message);
}

/** Schedules projects: on one working-day axis, or per-node calendars through multiCalendar.ts when they differ. */
export function scheduleCore(req: CoreRequest): CoreResult {
  const { fn, projects, calendar: cal, options } = req;
  const P = projects.length;
  const warnings: string[] = [];
  if (P === 0) fail(`${fn}: nothing to schedule: the portfolio has no projects`);

  // ---- Projects, tasks, ids -------------------------------------------------------------
  const projStartDay = new Float64Array(P);
  const taskBase = new Int32Array(P + 1);
  for (let p = 0; p < P; p++) {
    const pr = projects[p] as unknown;
    if (typeof pr !== 'object' || pr === null) fail(`${fn}: project #${p} must be an object, got ${show(pr)}`);
    const proj = pr as Partial<Project>;
    if (typeof proj.id !== 'string' || proj.id === '') fail(`${fn}: project #${p} needs a non-empty string id, got ${show(proj.id)}`);
    const day = typeof proj.start === 'string' ? dayNumber(proj.start) : undefined;
    if (day === undefined) fail(`${fn}: project ${q(proj.id)}: start must be an existing day as YYYY-MM-DD, got ${show(proj.start)}`);
    if (!Array.isArray(proj.tasks)) fail(`${fn}: project ${q(proj.id)}: tasks must be an array, got ${show(proj.tasks)}`);
    if (proj.dependencies !== undefined && !Array.isArray(proj.dependencies))
      fail(`${fn}: project ${q(proj.id)}: dependencies must be an array, got ${show(proj.dependencies)}`);
    projStartDay[p] = day;
    taskBase[p + 1] = taskBase[p]! + proj.tasks.length;
  }
  const seenProjects = new Map<string, number>();
  for (let p = 0; p < P; p++) {
    const id = projects[p]!.id;
    if (seenProjects.has(id)) fail(`${fn}: duplicate project id ${q(id)}`);
    seenProjects.set(id, p);
  }
  let originDay = Infinity;
  for (let p = 0; p < P; p++) if (projStartDay[p]! < originDay) originDay = projStartDay[p]!;
  const O = cal.dayIndex(originDay);
  const projStartOff = new Float64Array(P);
  for (let p = 0; p < P; p++) projStartOff[p] = cal.dayIndex(projStartDay[p]!) - O;

  const N = taskBase[P]!;
  let rawCount = req.cross.length;
  for (let p = 0; p < P; p++) rawCount += projects[p]!.dependencies?.length ?? 0;
  // One buffer for the large scratch arrays (see arena.ts); sized for the usual case (no
  // summaries), anything beyond it is allocated separately.
  let indexBytes = 0;
  for (let p = 0; p < P; p++) indexBytes += IdIndex.bytes(projects[p]!.tasks.length);
  const A = arena(indexBytes + 35 * rawCount + 140 * N + 512);
  const gTask: Task[] = new Array<Task>(N);
  const gIds: string[] = new Array<string>(N);
  const gProj = A.i32(N);
  const maps: IdIndex[] = [];
  let hasParents = false;
  let hasConstraints = false;
  let withCalendar: number[] | null = null; // tasks naming their own calendar
  for (let p = 0; p < P; p++) {
    const proj = projects[p]!;
    const map = new IdIndex(gIds, proj.tasks.length, A);
    maps.push(map);
    const tasks = proj.tasks;
    const base = taskBase[p]!;
    const where = P > 1 || req.mode === 'portfolio' ? ` in project ${q(proj.id)}` : '';
    // Ids first (up to the first task without one), added in batches; the loop below reports the
    // first duplicate where it meets it, so errors come in task order.
    const dupAt = map.addRange(base, collectIds(tasks, gIds, base));
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i] as unknown as Task;
      if (typeof t !== 'object' || t === null) fail(`${fn}: tasks[${i}]${where} must be an object, got ${show(t)}`);
      const id = t.id;
      if (typeof id !== 'string' || id === '') fail(`${fn}: tasks[${i}]${where} needs a non-empty string id, got ${show(id)}`);
      const g = base + i;
      if (g === dupAt) fail(`${fn}: duplicate task id ${q(id)}${where}`);
      const dur = t.duration;
      if (typeof dur !== 'number' || !(dur >= 0) || dur === Infinity)
        fail(`${fn}: task ${q(id)}${where}: duration must be a finite number of working days >= 0, got ${show(dur)}`);
      gTask[g] = t;
      gProj[g] = p;
      if (t.parentId !== undefined) hasParents = true;
      if (t.constraint !== undefined || t.deadline !== undefined || t.manualStart !== undefined) hasConstraints = true;
      if (t.calendarId !== undefined) (withCalendar ??= []).push(g);
    }
  }
  const single = req.mode === 'project';
  const keys: string[] = new Array<string>(N);
  for (let p = 0; p < P; p++) fillKeys(keys, gIds, taskKeyPrefix(projects[p]!.id), taskBase[p]!, taskBase[p + 1]!);
  const names = single ? gIds : keys;
  const whereOf = (g: number): string => (single ? q(gTask[g]!.id) : `${q(gTask[g]!.id)} in project ${q(projects[gProj[g]!]!.id)}`);

  // ---- WBS ---------------------------------------------------------------------------------
  let isSummary: Uint8Array | null = null;
  let parent: Int32Array | null = null;
  let preSeq: Int32Array | null = null;
  let node: Int32Array | null = null; // task -> kernel node, -1 for summaries
  let taskOf: Int32Array | null = null; // kernel node -> task
  let leafSeq: Int32Array | null = null; // kernel nodes of leaves in preorder
  let leafLo: Int32Array | null = null;
  let leafHi: Int32Array | null = null;
  let pre: Int32Array | null = null;
  let size: Int32Array | null = null;
  let n = N;
  if (hasParents) {
    parent = new Int32Array(N).fill(-1);
    const childCount = new Int32Array(N);
    for (let g = 0; g < N; g++) {
      const pid = gTask[g]!.parentId;
      if (pid === undefined) continue;
      if (typeof pid !== 'string') fail(`${fn}: task ${whereOf(g)}: parentId must be a string, got ${show(pid)}`);
      const pg = maps[gProj[g]!]!.get(pid);
      if (pg < 0) throw new PmoError('UNKNOWN_ID', `${fn}: task ${whereOf(g)} names unknown parent task ${q(pid)}`);
      if (pg === g) fail(`${fn}: task ${whereOf(g)} is its own parent`);
      parent[g] = pg;
      childCount[pg]!++;
    }
    // Parent cycles: walk up, colouring (1 on the current walk, 2 done).
    const colour = new Uint8Array(N);
    for (let g0 = 0; g0 < N; g0++) {
      let g = g0;
      while (g !== -1 && colour[g] === 0) {
        colour[g] = 1;
        g = parent[g]!;
      }
      if (g !== -1 && colour[g] === 1) {
        const chain: string[] = [];
        let c = g;
        do {
          chain.push(gTask[c]!.id);
          c = parent[c]!;
        } while (c !== g);
        chain.push(gTask[g]!.id);
        fail(`${fn}: the WBS parent chain of task ${whereOf(g)} forms a cycle: ${chain.map(q).join(' -> ')}`);
      }
      for (g = g0; g !== -1 && colour[g] === 1; g = parent[g]!) colour[g] = 2;
    }
    isSummary = new Uint8Array(N);
    let summaries = 0;
    for (let g = 0; g < N; g++)
      if (childCount[g]! > 0) {
        isSummary[g] = 1;
        summaries++;
      }
    if (summaries > 0) {
      // Children in CSR form, then an iterative preorder from the roots in input order.
      const cOff = new Int32Array(N + 1);
      for (let g = 0; g < N; g++) cOff[g + 1] = cOff[g]! + childCount[g]!;
      const fillAt = cOff.slice(0, N);
      const kids = new Int32Array(N);
      for (let g = 0; g < N; g++) if (parent[g]! >= 0) kids[fillAt[parent[g]!]!++] = g;
      preSeq = new Int32Array(N);
      pre = new Int32Array(N);
      const stack = new Int32Array(N);
      let len = 0;
      for (let r = 0; r < N; r++) {
        if (parent[r] !== -1) continue;
        let top = 0;
        stack[top++] = r;
        while (top > 0) {
          const g = stack[--top]!;
          pre[g] = len;
          preSeq[len++] = g;
          for (let s = cOff[g + 1]! - 1; s >= cOff[g]!; s--) stack[top++] = kids[s]!;
        }
      }
      size = new Int32Array(N).fill(1);
      for (let i = N - 1; i >= 0; i--) {
        const g = preSeq[i]!;
        if (parent[g]! >= 0) size[parent[g]!]! += size[g]!;
      }
      node = new Int32Array(N).fill(-1);
      n = N - summaries;
      taskOf = new Int32Array(n);
      for (let g = 0, k = 0; g < N; g++)
        if (isSummary[g] === 0) {
          node[g] = k;
          taskOf[k++] = g;
        }
      const leafPrefix = new Int32Array(N + 1);
      leafSeq = new Int32Array(n);
      for (let i = 0, k = 0; i < N; i++) {
        const g = preSeq[i]!;
        leafPrefix[i + 1] = leafPrefix[i]! + (isSummary[g] === 0 ? 1 : 0);
        if (isSummary[g] === 0) leafSeq[k++] = node[g]!;
      }
      leafLo = new Int32Array(N);
      leafHi = new Int32Array(N);
      for (let g = 0; g < N; g++) {
        leafLo[g] = leafPrefix[pre[g]!]!;
        leafHi[g] = leafPrefix[pre[g]! + size[g]!]!;
      }
    } else isSummary = null;
  }
  const nodeOf = (g: number): number => (node === null ? g : node[g]!);
  const taskOfNode = (k: number): number => (taskOf === null ? k : taskOf[k]!);
  const isSum = (g: number): boolean => isSummary !== null && isSummary[g] === 1;

  // ---- Calendars: per-node calendars when they differ from the reference (multiCalendar.ts) ----
  const mc = planCalendars({ fn, ref: cal, projectCalendars: req.projectCalendars, taskCalendar: req.taskCalendar, withCalendar, gTask, gProj, n, taskOfNode, nodeOf, isSum, whereOf, originDay, projStartDay, force: req.forceMultiCalendar === true });
  /** Project start of each node on its own calendar (multi-calendar path only). */
  const nodeStart = mc === null ? null : mc.nodeStart;
  const startOf = (k: number): number => (nodeStart === null ? projStartOff[gProj[taskOfNode(k)]!]! : nodeStart[k]!);

  // ---- Durations and constraints -------------------------------------------------------------
  const dur = A.f64(n);
  fillDurations(dur, gTask, taskOf, n);
  let esMin: Float64Array | null = null;
  let anyStartAfterOrigin = false;
  for (let p = 0; p < P; p++) if (projStartOff[p] !== 0) anyStartAfterOrigin = true;
  if (nodeStart !== null) esMin = Float64Array.from(nodeStart);
  else if (anyStartAfterOrigin) {
    esMin = new Float64Array(n);
    for (let k = 0; k < n; k++) esMin[k] = projStartOff[gProj[taskOfNode(k)]!]!;
  }
  let esMax: Float64Array | null = null;
  let lsMax: Float64Array | null = null;
  let lsMin: Float64Array | null = null;
  let alap: Uint8Array | null = null;
  /** Start-type constraint offsets of zero-duration nodes (own and inherited; for milestone dates). */
  const startConstraintAt = new Map<number, number[]>();
  let earlyExample = '';
  if (hasConstraints) {
    // Constraint dates on each node's own calendar, as working-time positions (MS Project's
    // instants): a start constraint dated D is D at the start of the working day (the next working
    // instant when D does not work), a finish constraint D at its end (the previous working
    // instant when D does not work). The same position serves "no earlier", "no later" and "must".
    const calOf = (k: number): WorkingCalendar => (mc === null ? cal : mc.cals[mc.calOf[k]!]!);
    const oOf = (k: number): number => (mc === null ? O : mc.origin[mc.calOf[k]!]!);
    const startAt = (d: number, k: number): number => calOf(k).dayIndex(d) - oOf(k);
    const finishAt = (d: number, k: number): number => calOf(k).dayIndex(d + 1) - oOf(k);
    /** Tasks whose SNLT, FNLT, MSO or MFO places them before their project's start. */
    let owner = -1;
    const early: string[] = [];
    const capAt = (k: number, type: string, c: number): void => {
      if (c < startOf(k) - EPS && early[early.length - 1] !== names[owner]) {
        early.push(names[owner]!);
        if (early.length === 1) earlyExample = `${whereOf(owner)} has ${type} ${String(gTask[owner]!.constraint!.date)}`;
      }
    };
    const lo = (k: number, c: number): void => {
      esMin ??= new Float64Array(n);
      if (c > esMin[k]!) esMin[k] = c;
    };
    const capEs = (k: number, c: number): void => {
      esMax ??= new Float64Array(n).fill(Infinity);
      if (c < esMax[k]!) esMax[k] = c;
    };
    const capLs = (k: number, c: number): void => {
      lsMax ??= new Float64Array(n).fill(Infinity);
      if (c < lsMax[k]!) lsMax[k] = c;
    };
    const floorLs = (k: number, c: number): void => {
      lsMin ??= new Float64Array(n).fill(-Infinity);
      if (c > lsMin[k]!) lsMin[k] = c;
    };
    // Manually scheduled leaves: pinned at their start; no constraint (their own or a summary's) applies.
    let manualNode: Uint8Array | null = null;
    for (let g = 0; g < N; g++) if (gTask[g]!.manualStart !== undefined && !isSum(g)) (manualNode ??= new Uint8Array(n))[nodeOf(g)] = 1;
    const apply = (k: number, type: string, day: number): void => {
      if (manualNode !== null && manualNode[k] === 1) return;
      const dk = dur[k]!;
      let c: number;
      switch (type) {
        case 'SNET':
          lo(k, (c = startAt(day, k)));
          break;
        case 'FNET':
          lo(k, finishAt(day, k) - dk);
          return;
        case 'SNLT':
          c = startAt(day, k);
          capAt(k, type, c);
          capEs(k, c);
          capLs(k, c);
          break;
        case 'FNLT':
          c = finishAt(day, k) - dk;
          capAt(k, type, c);
          capEs(k, c);
          capLs(k, c);
          return;
        case 'MSO':
          c = startAt(day, k);
          capAt(k, type, c);
          lo(k, c);
          capEs(k, c);
          capLs(k, c);
          floorLs(k, c);
          break;
        case 'MFO':
          c = finishAt(day, k) - dk;
          capAt(k, type, c);
          lo(k, c);
          capEs(k, c);
          capLs(k, c);
          floorLs(k, c);
          return;
        default:
          return;
      }
      if (dk === 0) {
        const list = startConstraintAt.get(k);
        if (list === undefined) startConstraintAt.set(k, [c]);
        else list.push(c);
      }
    };
    const forLeaves = (g: number, f: (k: number) => void): void => {
      if (!isSum(g)) f(nodeOf(g));
      else for (let i = leafLo![g]!; i < leafHi![g]!; i++) f(leafSeq![i]!);
    };
    /** A manually scheduled task starts on its date whatever its links; its late dates stay free. */
    const pin = (k: number, c: number): void => {
      lo(k, c);
      capEs(k, c);
      if (dur[k] === 0) {
        const list = startConstraintAt.get(k);
        if (list === undefined) startConstraintAt.set(k, [c]);
        else list.push(c);
      }
    };
    for (let g = 0; g < N; g++) {
      const t = gTask[g]!;
      const c = t.constraint as unknown;
      const manual = t.manualStart as unknown;
      if (manual !== undefined) {
        // As MS Project: a manually scheduled task keeps its start; its constraint does not apply.
        const day = typeof manual === 'string' ? dayNumber(manual) : undefined;
        if (day === undefined) fail(`${fn}: task ${whereOf(g)}: manualStart must be an existing day as YYYY-MM-DD, got ${show(manual)}`);
        if (isSum(g)) fail(`${fn}: summary task ${whereOf(g)} has a manualStart; only tasks without subtasks can be scheduled manually`);
        pin(nodeOf(g), startAt(day, nodeOf(g)));
      } else if (c !== undefined) {
        if (typeof c !== 'object' || c === null) fail(`${fn}: task ${whereOf(g)}: constraint must be an object, got ${show(c)}`);
        const { type, date } = c as { type?: unknown; date?: unknown };
        if (!(CONSTRAINT_TYPES as readonly unknown[]).includes(type))
          fail(`${fn}: task ${whereOf(g)}: unknown constraint type ${show(type)}; expected one of ${CONSTRAINT_TYPES.join(', ')}`);
        if (type === 'ALAP') {
          if (isSum(g)) fail(`${fn}: summary task ${whereOf(g)} has constraint ALAP; summary tasks accept only ASAP, SNET and FNLT (as in MS Project)`);
          alap ??= new Uint8Array(n);
          alap[nodeOf(g)] = 1;
        } else if (type !== 'ASAP') {
          const day = typeof date === 'string' ? dayNumber(date) : undefined;
          if (day === undefined) fail(`${fn}: task ${whereOf(g)}: constraint ${String(type)} needs an existing date as YYYY-MM-DD, got ${show(date)}`);
          if (isSum(g) && type !== 'SNET' && type !== 'FNLT')
            fail(`${fn}: summary task ${whereOf(g)} has constraint ${String(type)}; summary tasks accept only ASAP, SNET and FNLT (as in MS Project)`);
          owner = g;
          forLeaves(g, (k) => apply(k, type as string, day));
        }
      }
      if (t.deadline !== undefined) {
        const day = typeof t.deadline === 'string' ? dayNumber(t.deadline) : undefined;
        if (day === undefined) fail(`${fn}: task ${whereOf(g)}: deadline must be an existing day as YYYY-MM-DD, got ${show(t.deadline)}`);
        forLeaves(g, (k) => capLs(k, finishAt(day, k) - dur[k]!));
      }
    }
    if (early.length > 0)
      warnings.push(
        `${early.length} task${early.length === 1 ? '' : 's'} ha${early.length === 1 ? 's' : 've'} an SNLT, FNLT, MSO or MFO constraint that places ${early.length === 1 ? 'it' : 'them'} before ${single ? "the project's" : 'their project'} start (e.g. ${earlyExample}); as in MS Project, the constraint wins: the task is scheduled before the project start`,
      );
  }

  // ---- Links ---------------------------------------------------------------------------------
  const rFrom = A.i32(rawCount);
  const rTo = A.i32(rawCount);
  const rType = A.u8(rawCount);
  const rLag = A.f64(rawCount);
  let r = 0;
  /** Error context of raw link r (built only when reporting an error). */
  const linkLabel = (p: number, i: number): string =>
    p < 0 ? `crossDependencies[${i}]` : single ? `dependencies[${i}]` : `project ${q(projects[p]!.id)}: dependencies[${i}]`;
  const inProject = (pp: number): string => (single ? '' : ` in project ${q(projects[pp]!.id)}`);
  const readLink = (d: unknown, p: number, i: number, fromMap: IdIndex, toMap: IdIndex, fromP: number, toP: number): void => {
    if (typeof d !== 'object' || d === null) fail(`${fn}: ${linkLabel(p, i)} must be an object, got ${show(d)}`);
    const dep = d as { from?: unknown; to?: unknown; type?: unknown; lag?: unknown };
    const gf = typeof dep.from === 'string' ? fromMap.get(dep.from) : -1;
    if (gf < 0) throw new PmoError('UNKNOWN_ID', `${fn}: ${linkLabel(p, i)} refers to unknown task ${show(dep.from)}${inProject(fromP)}`);
    const gt = typeof dep.to === 'string' ? toMap.get(dep.to) : -1;
    if (gt < 0) throw new PmoError('UNKNOWN_ID', `${fn}: ${linkLabel(p, i)} refers to unknown task ${show(dep.to)}${inProject(toP)}`);
    const t = dep.type;
    const code = t === undefined || t === 'FS' ? 0 : TYPE_CODE.get(t);
    if (code === undefined) fail(`${fn}: ${linkLabel(p, i)}: unknown dependency type ${show(t)}; expected FS, SS, FF or SF`);
    const lag = dep.lag === undefined ? 0 : dep.lag;
    if (typeof lag !== 'number' || !Number.isFinite(lag)) fail(`${fn}: ${linkLabel(p, i)}: lag must be a finite number of working days, got ${show(lag)}`);
    if (gf === gt) throw new CycleError(fn, [names[gf]!, names[gf]!]);
    rFrom[r] = gf;
    rTo[r] = gt;
    rType[r] = code;
    rLag[r] = lag;
    r++;
  };
  for (let p = 0; p < P; p++) {
    const deps = projects[p]!.dependencies ?? [];
    const map = maps[p]!;
    // Fast loop over well-formed links; anything else goes through readLink (which reports it).
    for (let i = 0; i < deps.length; ) {
      const stop = readLinksFast(deps, i, map, rFrom, rTo, rType, rLag, r);
      r += stop - i;
      if (stop === deps.length) break;
      readLink(deps[stop], p, stop, map, map, p, p);
      i = stop + 1;
    }
  }
  for (let i = 0; i < req.cross.length; i++) {
    const x = req.cross[i] as unknown;
    const label = `crossDependencies[${i}]`;
    if (typeof x !== 'object' || x === null) fail(`${fn}: ${label} must be an object, got ${show(x)}`);
    const { fromProject, toProject } = x as { fromProject?: unknown; toProject?: unknown };
    const pf = typeof fromProject === 'string' ? seenProjects.get(fromProject) : undefined;
    if (pf === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${label} refers to unknown project ${show(fromProject)}`);
    const pt = typeof toProject === 'string' ? seenProjects.get(toProject) : undefined;
    if (pt === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${label} refers to unknown project ${show(toProject)}`);
    readLink(x, -1, i, maps[pf]!, maps[pt]!, pf, pt);
  }

  let m = rawCount;
  let kFrom: Int32Array = rFrom;
  let kTo: Int32Array = rTo;
  let kType: Uint8Array = rType;
  let kLag: Float64Array = rLag;
  /** Per expanded link: 1 when its source only inherits it from a summary above (not its own). */
  let kInherited: Uint8Array | null = null;
  if (isSummary !== null) {
    // Links on summaries apply to every leaf task below them.
    const cnt = (g: number): number => (isSummary![g] === 1 ? leafHi![g]! - leafLo![g]! : 1);
    const isAncestor = (a: number, b: number): boolean => pre![a]! <= pre![b]! && pre![b]! < pre![a]! + size![a]!;
    m = 0;
    for (let e = 0; e < rawCount; e++) {
      const a = rFrom[e]!;
      const b = rTo[e]!;
      if ((isSummary[a] === 1 || isSummary[b] === 1) && (isAncestor(a, b) || isAncestor(b, a)))
        fail(`${fn}: a dependency links summary task ${whereOf(isAncestor(a, b) ? a : b)} to its own subtask ${whereOf(isAncestor(a, b) ? b : a)}`);
      m += cnt(a) * cnt(b);
    }
    kFrom = new Int32Array(m);
    kTo = new Int32Array(m);
    kType = new Uint8Array(m);
    kLag = new Float64Array(m);
    kInherited = new Uint8Array(m);
    let j = 0;
    for (let e = 0; e < rawCount; e++) {
      const a = rFrom[e]!;
      const b = rTo[e]!;
      const aLo = isSummary[a] === 1 ? leafLo![a]! : -1;
      const aHi = isSummary[a] === 1 ? leafHi![a]! : 0;
      const bLo = isSummary[b] === 1 ? leafLo![b]! : -1;
      const bHi = isSummary[b] === 1 ? leafHi![b]! : 0;
      for (let i = aLo; i < (aLo < 0 ? 0 : aHi); i++) {
        const u = i < 0 ? node![a]! : leafSeq![i]!;
        for (let k = bLo; k < (bLo < 0 ? 0 : bHi); k++) {
          kFrom[j] = u;
          kTo[j] = k < 0 ? node![b]! : leafSeq![k]!;
          kType[j] = rType[e]!;
          kLag[j] = rLag[e]!;
          kInherited[j] = aLo < 0 ? 0 : 1;
          j++;
        }
      }
    }
  }

  // ---- Kernel --------------------------------------------------------------------------------
  let group: Int32Array | null = null;
  let groupFloor: Float64Array | null = null;
  if (req.lateFinish === 'project') {
    group = new Int32Array(n);
    for (let k = 0; k < n; k++) group[k] = gProj[taskOfNode(k)]!;
    groupFloor = Float64Array.from(projStartOff);
  }
  let res: KernelResult;
  try {
    if (mc !== null)
      res = runMultiCalendar({ mc, n, duration: dur, m, from: kFrom, to: kTo, type: kType, lag: kLag, inherited: kInherited, esMin: esMin!, esMax, lsMax, lsMin, alap, group, groupFloor: group === null ? null : Float64Array.from(projStartDay), criticalThreshold: options.criticalThreshold, alloc: A });
    else res = runKernel({
      n,
      duration: dur,
      m,
      from: kFrom,
      to: kTo,
      type: kType,
      lag: kLag,
      esMin,
      esMax,
      lsMax,
      lsMin,
      alap,
      group,
      groupFloor,
      criticalThreshold: options.criticalThreshold,
      alloc: A,
      tight: true,
    });
  } catch (err) {
    if (err instanceof KernelCycle) throw new CycleError(fn, err.nodes.map((k) => names[taskOfNode(k)]!));
    throw err;
  }
  const { es, ls, tf, ff, critical, off, tgt, styp, order } = res;
  // Free float counts a task's own links only, as MS Project's Free Slack (the multi-calendar path
  // does the same on each task's calendar).
  if (kInherited !== null && mc === null) {
    const w = res.w;
    freeFloatFromOwnLinks(n, off, slotFlags(n, m, kFrom, kInherited, off), tf, ff, (u, s) => es[tgt[s]!]! - w[s]! - es[u]!);
  }
  // Tightness of every link slot in the early schedule (from the kernel's backward pass), for the
  // anchoring, the driving predecessors and the critical paths.
  const tight = res.tight!;

  // ---- Milestone anchoring: a zero-duration task sits on the day of its boundary when a start
  // drives it (project start, start constraint, SS/SF link), else on the day before. ------------
  let anchor: Uint8Array | null = null;
  for (let k = 0; k < n; k++)
    if (dur[k] === 0) {
      anchor = new Uint8Array(n);
      break;
    }
  if (anchor !== null)
    anchorMilestones(anchor, n, dur, off, tgt, styp, tight, order, (k) => {
      const x = es[k]!;
      const cs = startConstraintAt.get(k);
      return Math.abs(x - startOf(k)) <= EPS || (cs !== undefined && cs.some((c) => Math.abs(x - c) <= EPS));
    });

  // ---- Day offsets of the dates (the date is the working day at that offset) -----------------
  const esD = A.f64(N);
  const efD = A.f64(N);
  const lsD = A.f64(N);
  const lfD = A.f64(N);
  dayOffsets({ n, dur, es, ls, taskOf, anchor, projStartOff, nodeStart, gProj, esD, efD, lsD, lfD });
  // Multi-calendar: dates become day numbers; offsets are taken to the reference calendar.
  const mcd: MultiCalendarDates | null = mc === null ? null : calendarDates(mc, { n, N, es, ls, dur, anchor, taskOfNode, gProj, P, esD, efD, lsD, lfD });

  // ---- Per-task values, rolled up to summaries ----------------------------------------------
  let ES: Float64Array = mcd === null ? es : mcd.es;
  let EF: Float64Array;
  let LS: Float64Array = mcd === null ? ls : mcd.ls;
  let LF: Float64Array;
  let TF: Float64Array = tf;
  let FF: Float64Array = ff;
  let CR: Uint8Array = critical;
  if (isSummary === null && mcd !== null) {
    EF = mcd.ef;
    LF = mcd.lf;
  } else if (isSummary === null) {
    EF = A.f64(n);
    LF = A.f64(n);
    sumInto(EF, es, dur, n);
    sumInto(LF, ls, dur, n);
  } else {
    ES = new Float64Array(N).fill(Infinity);
    EF = new Float64Array(N).fill(-Infinity);
    LS = new Float64Array(N).fill(Infinity);
    LF = new Float64Array(N).fill(-Infinity);
    TF = new Float64Array(N).fill(Infinity);
    FF = new Float64Array(N).fill(Infinity);
    CR = new Uint8Array(N);
    for (let g = 0; g < N; g++)
      if (isSummary[g] === 1) {
        esD[g] = lsD[g] = Infinity;
        efD[g] = lfD[g] = -Infinity;
      }
    for (let k = 0; k < n; k++) {
      const g = taskOf![k]!;
      ES[g] = mcd === null ? es[k]! : mcd.es[k]!;
      EF[g] = mcd === null ? es[k]! + dur[k]! : mcd.ef[k]!;
      LS[g] = mcd === null ? ls[k]! : mcd.ls[k]!;
      LF[g] = mcd === null ? ls[k]! + dur[k]! : mcd.lf[k]!;
      TF[g] = tf[k]!;
      FF[g] = ff[k]!;
      CR[g] = critical[k]!;
    }
    for (let i = N - 1; i >= 0; i--) {
      const g = preSeq![i]!;
      const pg = parent![g]!;
      if (pg < 0) continue;
      if (ES[g]! < ES[pg]!) ES[pg] = ES[g]!;
      if (EF[g]! > EF[pg]!) EF[pg] = EF[g]!;
      if (LS[g]! < LS[pg]!) LS[pg] = LS[g]!;
      if (LF[g]! > LF[pg]!) LF[pg] = LF[g]!;
      if (TF[g]! < TF[pg]!) TF[pg] = TF[g]!;
      if (FF[g]! < FF[pg]!) FF[pg] = FF[g]!;
      if (CR[g] === 1) CR[pg] = 1;
      if (esD[g]! < esD[pg]!) esD[pg] = esD[g]!;
      if (efD[g]! > efD[pg]!) efD[pg] = efD[g]!;
      if (lsD[g]! < lsD[pg]!) lsD[pg] = lsD[g]!;
      if (lfD[g]! > lfD[pg]!) lfD[pg] = lfD[g]!;
    }
  }

  // ---- Project finishes ------------------------------------------------------------------------
  const projFinish = Float64Array.from(projStartOff);
  projectFinishes(projFinish, n, mcd === null ? null : mcd.ef, es, dur, gProj, taskOf);
  let finish = 0;
  for (let p = 0; p < P; p++) if (projFinish[p]! > finish) finish = projFinish[p]!;
  if (res.finish > finish) finish = res.finish;
  const finishDayOff = (f: number, startOff: number): number => (f > startOff + EPS ? Math.ceil(f - EPS) - 1 : startOff);

  // ---- Dates ---------------------------------------------------------------------------------
  // Date keys: offsets on the reference calendar, or day numbers on the multi-calendar path.
  const key0 = mcd === null ? 0 : mcd.startDay;
  const keyFinish = mcd === null ? finishDayOff(finish, 0) : mcd.finishDay;
  const projStartKey = mcd === null ? projStartOff : mcd.projStartDay;
  let projFinishKey: Float64Array;
  if (mcd === null) {
    projFinishKey = new Float64Array(P);
    for (let p = 0; p < P; p++) projFinishKey[p] = finishDayOff(projFinish[p]!, projStartOff[p]!);
  } else projFinishKey = mcd.projFinishDay;
  const keysAreDays = mcd !== null;
  const range = offsetRange(N, esD, efD, lsD, lfD);
  let minOff = Math.min(key0, keyFinish, range[0]!);
  let maxOff = Math.max(key0, keyFinish, range[1]!);
  for (let p = 0; p < P; p++) {
    if (projStartKey[p]! < minOff) minOff = projStartKey[p]!;
    if (projStartKey[p]! > maxOff) maxOff = projStartKey[p]!;
  }
  const useTable = maxOff - minOff <= 4 * N + 4096;
  const table: (string | undefined)[] = useTable ? new Array<string | undefined>(maxOff - minOff + 1) : [];
  const cache = new Map<number, string>();
  const iso = (o: number): string => {
    if (useTable) {
      const hit = table[o - minOff];
      if (hit !== undefined) return hit;
    } else {
      const hit = cache.get(o);
      if (hit !== undefined) return hit;
    }
    const s = isoFromDayNumber(keysAreDays ? o : cal.dayAtIndexOrThrow(fn, O + o, originDay), fn);
    if (useTable) table[o - minOff] = s;
    else cache.set(o, s);
    return s;
  };

  // ---- Driving predecessors: tight links, counted then filled (CSR) in increasing predecessor
  // order, so that parallel links give adjacent repeats (skipped by buildTasks) ----------------
  const { dOff, dPred } = drivingPredecessors(n, off, tgt, tight, A);
  // ---- Output objects --------------------------------------------------------------------------
  const out = buildTasks({
    N,
    gTask,
    gProj,
    projectIds: projects.map((p) => p.id),
    keys,
    names,
    isSummary,
    node,
    taskOf,
    ES,
    EF,
    LS,
    LF,
    TF,
    FF,
    CR,
    esD,
    efD,
    lsD,
    lfD,
    dOff,
    dPred,
    nearThr: options.nearCriticalThreshold + EPS,
    table: useTable ? table : null,
    minOff,
    iso,
  });

  // ---- Critical paths ------------------------------------------------------------------------
  const kp = criticalPaths(res, n, options.maxCriticalPaths, A, tight);
  const paths = namePaths(kp.paths, n, (k) => names[taskOfNode(k)]!);

  const projectsOut: ScheduledProject[] = [];
  const projCritical = new Uint8Array(P);
  markProjects(projCritical, n, critical, gProj, taskOf);
  for (let p = 0; p < P; p++) {
    const s = projStartOff[p]!;
    projectsOut.push({
      id: projects[p]!.id,
      name: typeof projects[p]!.name === 'string' ? projects[p]!.name : '',
      start: s,
      finish: projFinish[p]!,
      duration: projFinish[p]! - s,
      startDate: iso(projStartKey[p]!),
      finishDate: iso(projFinishKey[p]!),
      critical: projCritical[p] === 1,
    });
  }
  return {
    tasks: out,
    projects: projectsOut,
    criticalPaths: paths,
    criticalPathsTruncated: kp.truncated,
    duration: finish,
    startDate: iso(key0),
    finishDate: iso(keyFinish),
    warnings,
  };
}

// ---- Loops of scheduleCore over every task or link, as small top-level functions: V8 optimizes
// a loop of a function called once by on-stack replacement, which for the large scheduleCore
// means recompiling all of it, once per loop, each time after running the loop unoptimized. -----

/**
 * `ids[base + i] = tasks[i].id` while the tasks are objects with non-empty string ids; returns
 * `base +` the index of the first task that is not (the caller reports it).
 */
export function collectIds(tasks: readonly unknown[], ids: string[], base: number): number {
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i] as { id?: unknown } | null;
    if (typeof t !== 'object' || t === null) return base + i;
    const id = t.id;
    if (typeof id !== 'string' || id === '') return base + i;
    ids[base + i] = id;
  }
  return base + tasks.length;
}

/** `keys[g] = prefix + escaped id` for tasks `lo..hi-1`. */
function fillKeys(keys: string[], ids: readonly string[], prefix: string, lo: number, hi: number): void {
  for (let g = lo; g < hi; g++) keys[g] = prefix + taskKeySuffix(ids[g]!);
}

/** The duration of each kernel node. */
function fillDurations(dur: Float64Array, gTask: readonly Task[], taskOf: Int32Array | null, n: number): void {
  for (let k = 0; k < n; k++) dur[k] = gTask[taskOf === null ? k : taskOf[k]!]!.duration;
}

/**
 * Milestone anchoring (see scheduleCore): a milestone is anchored when `startAnchored` says so
 * (project start, start constraint), or by a tight SS/SF link from a task (in any order), or by
 * a tight link from an anchored milestone (in topological order, so that chains propagate).
 */
function anchorMilestones(
  anchor: Uint8Array,
  n: number,
  dur: Float64Array,
  off: Int32Array,
  tgt: Int32Array,
  styp: Uint8Array,
  tight: Uint8Array,
  order: Int32Array,
  startAnchored: (k: number) => boolean,
): void {
  for (let k = 0; k < n; k++) if (dur[k] === 0 && startAnchored(k)) anchor[k] = 1;
  for (let u = 0; u < n; u++) {
    if (dur[u] === 0) continue;
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) if (tight[s] === 1 && (styp[s]! & 1) === 1 && dur[tgt[s]!] === 0) anchor[tgt[s]!] = 1;
  }
  for (let i = 0; i < n; i++) {
    const u = order[i]!;
    if (dur[u] !== 0 || anchor[u] !== 1) continue;
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) if (tight[s] === 1 && dur[tgt[s]!] === 0) anchor[tgt[s]!] = 1;
  }
}

/** Inputs of {@link dayOffsets}. */
interface DayOffsetInput {
  readonly n: number;
  readonly dur: Float64Array;
  readonly es: Float64Array;
  readonly ls: Float64Array;
  readonly taskOf: Int32Array | null;
  readonly anchor: Uint8Array | null;
  readonly projStartOff: Float64Array;
  /** Project start of each node on its own calendar (multi-calendar path); null: `projStartOff` of its project. */
  readonly nodeStart: Float64Array | null;
  readonly gProj: Int32Array;
  readonly esD: Float64Array;
  readonly efD: Float64Array;
  readonly lsD: Float64Array;
  readonly lfD: Float64Array;
}

/** Day offsets of the dates of every kernel node's task (see scheduleCore). */
function dayOffsets(a: DayOffsetInput): void {
  const { n, dur, es, ls, taskOf, anchor, projStartOff, nodeStart, gProj, esD, efD, lsD, lfD } = a;
  const msDay = (t: number, k: number): number => {
    const rt = Math.round(t);
    if (Math.abs(t - rt) > EPS) return Math.floor(t);
    const start = nodeStart !== null ? nodeStart[k]! : projStartOff[gProj[taskOf === null ? k : taskOf[k]!]!]!;
    return anchor![k] === 1 || rt <= start ? rt : rt - 1;
  };
  for (let k = 0; k < n; k++) {
    const g = taskOf === null ? k : taskOf[k]!;
    const dk = dur[k]!;
    const x = es[k]!;
    const l = ls[k]!;
    if (dk > 0) {
      esD[g] = Math.floor(x + EPS);
      efD[g] = Math.ceil(x + dk - EPS) - 1;
      lsD[g] = Math.floor(l + EPS);
      lfD[g] = Math.ceil(l + dk - EPS) - 1;
    } else {
      esD[g] = efD[g] = msDay(x, k);
      lsD[g] = lfD[g] = msDay(l, k);
    }
  }
}

/** `out[i] = a[i] + b[i]`. */
function sumInto(out: Float64Array, a: Float64Array, b: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) out[i] = a[i]! + b[i]!;
}

/** Raises each project's finish to the early finishes of its tasks (`ef`, else `es + dur`). */
function projectFinishes(projFinish: Float64Array, n: number, ef: Float64Array | null, es: Float64Array, dur: Float64Array, gProj: Int32Array, taskOf: Int32Array | null): void {
  for (let k = 0; k < n; k++) {
    const p = gProj[taskOf === null ? k : taskOf[k]!]!;
    const f = ef !== null ? ef[k]! : es[k]! + dur[k]!;
    if (f > projFinish[p]!) projFinish[p] = f;
  }
}

/** The lowest and highest day offsets of all tasks' dates (Infinity, -Infinity when none). */
function offsetRange(N: number, esD: Float64Array, efD: Float64Array, lsD: Float64Array, lfD: Float64Array): [number, number] {
  let minOff = Infinity;
  let maxOff = -Infinity;
  for (let g = 0; g < N; g++) {
    const a = esD[g]! < lsD[g]! ? esD[g]! : lsD[g]!;
    const b = efD[g]! > lfD[g]! ? efD[g]! : lfD[g]!;
    if (a < minOff) minOff = a;
    if (b > maxOff) maxOff = b;
  }
  return [minOff, maxOff];
}

/**
 * Driving predecessors of every node: its tight links, counted then filled (CSR) in increasing
 * predecessor order, so that parallel links give adjacent repeats (skipped by buildTasks).
 */
function drivingPredecessors(n: number, off: Int32Array, tgt: Int32Array, tight: Uint8Array, A: Alloc): { dOff: Int32Array; dPred: Int32Array } {
  const dOff = A.i32(n + 1);
  const slots = off[n]!;
  for (let s = 0; s < slots; s++) if (tight[s] === 1) dOff[tgt[s]! + 1]!++;
  for (let k = 0; k < n; k++) dOff[k + 1]! += dOff[k]!;
  const dPred = A.i32(dOff[n]!);
  const dFill = A.i32(n);
  dFill.set(dOff.subarray(0, n));
  for (let u = 0; u < n; u++)
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) if (tight[s] === 1) dPred[dFill[tgt[s]!]!++] = u;
  return { dOff, dPred };
}

/** Flags the projects that have a critical task. */
function markProjects(projCritical: Uint8Array, n: number, critical: Uint8Array, gProj: Int32Array, taskOf: Int32Array | null): void {
  for (let k = 0; k < n; k++) if (critical[k] === 1) projCritical[gProj[taskOf === null ? k : taskOf[k]!]!] = 1;
}

/** Inputs of {@link buildTasks}: the per-task arrays of {@link scheduleCore}. */
interface TaskArrays {
  readonly N: number;
  readonly gTask: readonly Task[];
  readonly gProj: Int32Array;
  readonly projectIds: readonly string[];
  readonly keys: readonly string[];
  readonly names: readonly string[];
  readonly isSummary: Uint8Array | null;
  readonly node: Int32Array | null;
  readonly taskOf: Int32Array | null;
  readonly ES: Float64Array;
  readonly EF: Float64Array;
  readonly LS: Float64Array;
  readonly LF: Float64Array;
  readonly TF: Float64Array;
  readonly FF: Float64Array;
  readonly CR: Uint8Array;
  readonly esD: Float64Array;
  readonly efD: Float64Array;
  readonly lsD: Float64Array;
  readonly lfD: Float64Array;
  readonly dOff: Int32Array;
  readonly dPred: Int32Array;
  readonly nearThr: number;
  /** Cache of `iso`: the date string of offset `o` at `table[o - minOff]` once made; null: call `iso`. */
  readonly table: readonly (string | undefined)[] | null;
  readonly minOff: number;
  readonly iso: (o: number) => string;
}

/**
 * Builds the result objects. A top-level function (not a closure inside `scheduleCore`) so that
 * its loop reads locals rather than context slots; every object has the same shape.
 */
function buildTasks(a: TaskArrays): ScheduledTask[] {
  const { N, gTask, gProj, projectIds, keys, names, isSummary, node, taskOf, ES, EF, LS, LF, TF, FF, CR, esD, efD, lsD, lfD, dOff, dPred, nearThr, table, minOff, iso } = a;
  const out: ScheduledTask[] = new Array<ScheduledTask>(N);
  for (let g = 0; g < N; g++) {
    const t = gTask[g]!;
    const summary = isSummary !== null && isSummary[g] === 1;
    const k = summary ? -1 : node === null ? g : node[g]!;
    const ig = isSummary === null ? k : g;
    const totalFloat = TF[ig]!;
    const crit = CR[ig] === 1;
    let drivers: readonly string[] = EMPTY;
    if (!summary) {
      const lo = dOff[k]!;
      const hi = dOff[k + 1]!;
      if (hi - lo === 1) drivers = [names[taskOf === null ? dPred[lo]! : taskOf[dPred[lo]!]!]!];
      else if (hi > lo) {
        // Predecessors are in increasing order: a repeat (parallel links) follows its first.
        let distinct = 1;
        for (let i = lo + 1; i < hi; i++) if (dPred[i] !== dPred[i - 1]) distinct++;
        const list = new Array<string>(distinct);
        for (let i = lo, j = 0; i < hi; i++)
          if (i === lo || dPred[i] !== dPred[i - 1]) list[j++] = names[taskOf === null ? dPred[i]! : taskOf[dPred[i]!]!]!;
        drivers = list;
      }
    }
    const name = t.name;
    const es = ES[ig]!;
    const ef = EF[ig]!;
    const esDate = (table !== null ? table[esD[g]! - minOff] : undefined) ?? iso(esD[g]!);
    const efDate = (table !== null ? table[efD[g]! - minOff] : undefined) ?? iso(efD[g]!);
    out[g] = {
      id: t.id,
      projectId: projectIds[gProj[g]!]!,
      key: keys[g]!,
      name: typeof name === 'string' ? name : '',
      summary,
      milestone: !summary && (t.milestone === true || t.duration === 0),
      duration: summary ? EF[g]! - ES[g]! : t.duration,
      start: es,
      finish: ef,
      startDate: esDate,
      finishDate: efDate,
      earlyStart: es,
      earlyFinish: ef,
      lateStart: LS[ig]!,
      lateFinish: LF[ig]!,
      earlyStartDate: esDate,
      earlyFinishDate: efDate,
      lateStartDate: (table !== null ? table[lsD[g]! - minOff] : undefined) ?? iso(lsD[g]!),
      lateFinishDate: (table !== null ? table[lfD[g]! - minOff] : undefined) ?? iso(lfD[g]!),
      totalFloat,
      freeFloat: FF[ig]!,
      critical: crit,
      nearCritical: !crit && totalFloat <= nearThr,
      drivingPredecessors: drivers,
    };
  }
  return out;
}

/** Links per batch of {@link readLinksFast}. */
const BATCH = 256;
const batchHash = new Int32Array(2 * BATCH);
/** Where the touched slots' values go, so that the loads are not optimized away. */
let touchSink = 0;

/**
 * Reads links `deps[i..]` (of one project, or of a `cpm` network) into the raw link arrays from
 * slot `r` on, while they are well formed (known distinct endpoints, a known type, a finite lag);
 * returns the index of the first link it did not read (`deps.length` when done). A top-level function so that its loop
 * keeps everything in locals. Batched: the endpoints of up to {@link BATCH} links are hashed
 * first, then their hash-table slots are touched in a tight loop (so that the cache misses of a
 * batch overlap), then the links are read.
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
