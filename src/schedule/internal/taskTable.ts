/**
 * Reading and checking the projects and tasks of a schedule request into one table of tasks:
 * global task index `g` (projects in order, tasks in order), ids, keys, names, project of each
 * task, and the facts that choose the engine's paths (WBS parents, constraints, task calendars).
 * Private to pmo-kit. O(V).
 */
import type { Project } from '../../model/project.js';
import type { Task } from '../../model/task.js';
import { dayNumber } from '../../internal/dates.js';
import { q, show } from '../../internal/show.js';
import { taskKeyPrefix, taskKeySuffix } from '../taskKey.js';
import { arena, pooledArena, PLAIN, type Alloc } from './arena.js';
import { IdIndex } from './idIndex.js';
import { fail, type CoreRequest } from './request.js';
import { resolvedLinksOf, type ResolvedLinks } from '../../internal/resolvedLinks.js';

/** The tasks of every project of a request, checked, in one table. */
export interface TaskTable {
  /** Number of projects and of tasks (summaries included). */
  readonly P: number;
  readonly N: number;
  /** Start of each project (UTC day number). */
  readonly projStartDay: Float64Array;
  /** Start of each project, in working days of the reference calendar from the origin. */
  readonly projStartOff: Float64Array;
  /** Tasks of project p are `taskBase[p] … taskBase[p + 1] - 1`. */
  readonly taskBase: Int32Array;
  /** The earliest project start (UTC day number) and its index on the reference calendar. */
  readonly originDay: number;
  readonly O: number;
  /** Links given (within projects and across), before summary links are expanded. */
  readonly rawCount: number;
  /**
   * The scratch arena of the call, sized for the usual case (see arena.ts), on the pooled spare
   * buffer when there is one.
   */
  readonly A: Alloc;
  /**
   * Hands the scratch arena's buffer back to the pool. Only a caller that reads none of `A`'s
   * arrays afterwards may call it (`scheduleCore`, at its end); a table never released simply
   * keeps its buffer (a compiled network).
   */
  readonly releaseScratch: () => void;
  /**
   * The buffer of the result's task columns (columns.ts), allocated with the arena: V8 starts a
   * full garbage collection for each large allocation of array memory far apart, and one of the
   * caller's whole heap (the input's millions of objects) costs hundreds of milliseconds.
   */
  readonly R: Alloc;
  readonly gTask: readonly Task[];
  /** Project index of each task. */
  readonly gProj: Int32Array;
  /**
   * Task id -> task index of project p, built on first use: the links of a project that
   * validation resolved (src/internal/resolvedLinks.ts, `resolved[p]`) are read without it.
   */
  readonly mapOf: (p: number) => IdIndex;
  /** What validation resolved in project p's links, when its task ids are still those it saw; else null. */
  readonly resolved: readonly (ResolvedLinks | null)[];
  /** Project id -> project index. */
  readonly projectIndex: ReadonlyMap<string, number>;
  /** Whether some task has a parent, a constraint (or deadline, or manual start). */
  readonly hasParents: boolean;
  readonly hasConstraints: boolean;
  /** Whether some task reports progress: an actual date or a percent complete above 0. */
  readonly hasProgress: boolean;
  /** Tasks naming their own calendar (null: none). */
  readonly withCalendar: number[] | null;
  /** One project scheduled alone (names are ids) rather than a portfolio (names are keys). */
  readonly single: boolean;
  /** Task ids, names (`''` when a task has none), durations and milestone flags, read once. */
  readonly ids: readonly string[];
  readonly taskNames: readonly string[];
  readonly gDur: Float64Array;
  readonly gMile: Uint8Array;
  /** Project ids. */
  readonly projectIds: readonly string[];
  /** What results call each task: its id (one project) or its key (a portfolio; made on first use). */
  readonly names: readonly string[];
  /** A task for an error message: its id, and its project in a portfolio. */
  readonly whereOf: (g: number) => string;
}

/** Bytes per task of the columns of a result (columns.ts): 7 Float64, 5 Int32, 4 Uint8 and the driving offsets. */
export const COLUMN_BYTES = 7 * 8 + 5 * 4 + 4 + 4;

/** Reads the projects and their tasks; throws `INVALID_ARGUMENT` naming the first bad value. O(V). */
export function readTasks(req: CoreRequest): TaskTable {
  const { fn, projects } = req;
  const P = projects.length;
  if (P === 0) fail(`${fn}: nothing to schedule: the portfolio has no projects`);
  const { projStartDay, taskBase, projectIndex } = readProjects(fn, projects);
  let originDay = Infinity;
  for (let p = 0; p < P; p++) if (projStartDay[p]! < originDay) originDay = projStartDay[p]!;
  const cal = req.calendar;
  const O = cal.dayIndex(originDay);
  const projStartOff = new Float64Array(P);
  for (let p = 0; p < P; p++) projStartOff[p] = cal.dayIndex(projStartDay[p]!) - O;

  const N = taskBase[P]!;
  let rawCount = req.cross.length;
  for (let p = 0; p < P; p++) rawCount += projects[p]!.dependencies?.length ?? 0;
  // Projects whose links validation resolved need no id index (unless a check below fails).
  const cached = projects.map((pr) => resolvedLinksOf(pr.tasks, pr.dependencies) ?? null);
  // One buffer for the large scratch arrays (see arena.ts); sized for the usual case (no
  // summaries), anything beyond it is allocated separately. The columns' buffer right before it.
  let indexBytes = 0;
  for (let p = 0; p < P; p++) if (cached[p] === null) indexBytes += IdIndex.bytes(projects[p]!.tasks.length);
  const R = req.columns === true ? arena(COLUMN_BYTES * N + 256) : PLAIN;
  const A = pooledArena(indexBytes + 35 * rawCount + 149 * N + 512);
  const rows = readTaskRows(req, taskBase, A, cached);
  const single = req.mode === 'project';
  const { gTask, gProj, gIds, maps } = rows;
  const projectIds = projects.map((pr) => pr.id);
  const prefixes = projectIds.map(taskKeyPrefix);
  const mapOf = (p: number): IdIndex => {
    let map = maps[p];
    if (map === undefined) {
      // The ids of a project validation resolved are distinct (checked against its ids above).
      map = maps[p] = new IdIndex(gIds, taskBase[p + 1]! - taskBase[p]!);
      map.addRange(taskBase[p]!, taskBase[p + 1]!);
    }
    return map;
  };
  const whereOf = (g: number): string => (single ? q(gTask[g]!.id) : `${q(gTask[g]!.id)} in project ${q(projects[gProj[g]!]!.id)}`);
  let keys: string[] | null = null;
  const { hasParents, hasConstraints, hasProgress, withCalendar, gNames, gDur, gMile, resolved } = rows;
  return {
    ...{ P, N, projStartDay, projStartOff, taskBase, originDay, O, rawCount, A, releaseScratch: () => A.release(), R, gTask, gProj, projectIndex, single, whereOf },
    ...{ hasParents, hasConstraints, hasProgress, withCalendar, ids: gIds, taskNames: gNames, gDur, gMile, projectIds, mapOf, resolved },
    // Keys are made only when something asks for them (a portfolio's critical paths, an error).
    get names(): readonly string[] {
      if (single) return gIds;
      if (keys === null) {
        keys = new Array<string>(N);
        for (let p = 0; p < P; p++) fillKeys(keys, gIds, prefixes[p]!, taskBase[p]!, taskBase[p + 1]!);
      }
      return keys;
    },
  };
}

/** Checks each project's shape and start, and that project ids are distinct. */
function readProjects(fn: string, projects: readonly Project[]): { projStartDay: Float64Array; taskBase: Int32Array; projectIndex: Map<string, number> } {
  const P = projects.length;
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
  const projectIndex = new Map<string, number>();
  for (let p = 0; p < P; p++) {
    const id = projects[p]!.id;
    if (projectIndex.has(id)) fail(`${fn}: duplicate project id ${q(id)}`);
    projectIndex.set(id, p);
  }
  return { projStartDay, taskBase, projectIndex };
}

/** The task rows of {@link TaskTable}. */
interface TaskRows {
  readonly gTask: Task[];
  readonly gIds: string[];
  readonly gNames: string[];
  readonly gDur: Float64Array;
  readonly gMile: Uint8Array;
  readonly gProj: Int32Array;
  /** The id index of each project that needs one (see `mapOf`). */
  readonly maps: (IdIndex | undefined)[];
  readonly resolved: (ResolvedLinks | null)[];
  readonly hasParents: boolean;
  readonly hasConstraints: boolean;
  readonly hasProgress: boolean;
  readonly withCalendar: number[] | null;
}

/**
 * Indexes every project's task ids (unless validation resolved its links and the ids are those it
 * saw) and checks each task's shape, id and duration, in task order.
 */
function readTaskRows(req: CoreRequest, taskBase: Int32Array, A: Alloc, cached: readonly (ResolvedLinks | null)[]): TaskRows {
  const { fn, projects } = req;
  const P = projects.length;
  const N = taskBase[P]!;
  const gTask: Task[] = new Array<Task>(N);
  const gIds: string[] = new Array<string>(N);
  const gNames: string[] = new Array<string>(N);
  const gProj = A.i32(N);
  const gDur = A.f64(N);
  const gMile = A.u8(N);
  const maps: (IdIndex | undefined)[] = new Array<IdIndex | undefined>(P);
  const resolved: (ResolvedLinks | null)[] = new Array<ResolvedLinks | null>(P).fill(null);
  const rows = { gTask, gIds, gNames, gProj, gDur, gMile };
  let flags = 0;
  for (let p = 0; p < P; p++) {
    const proj = projects[p]!;
    const tasks = proj.tasks;
    const base = taskBase[p]!;
    const where = P > 1 || req.mode === 'portfolio' ? ` in project ${q(proj.id)}` : '';
    // No id index when the ids are the distinct ones validation resolved the links on (pointer
    // compares, in the same pass); else the ordinary path below.
    const cache = cached[p]!;
    const known = cache === null ? -1 : readRows(fn, tasks, where, base, p, -1, cache.ids, rows);
    if (known >= 0) {
      resolved[p] = cache;
      flags |= known;
      continue;
    }
    // Ids first (up to the first task without one), added in batches; readRows reports the
    // first duplicate where it meets it, so errors come in task order.
    const map = new IdIndex(gIds, tasks.length, A);
    maps[p] = map;
    const dupAt = map.addRange(base, collectIds(tasks, gIds, base));
    flags |= readRows(fn, tasks, where, base, p, dupAt, null, rows);
  }
  let withCalendar: number[] | null = null;
  if ((flags & CALENDARS) !== 0)
    for (let g = 0; g < N; g++) if (gTask[g]!.calendarId !== undefined) (withCalendar ??= []).push(g);
  const hasParents = (flags & PARENTS) !== 0;
  const hasConstraints = (flags & CONSTRAINTS) !== 0;
  const hasProgress = (flags & PROGRESS) !== 0;
  return { gTask, gIds, gNames, gDur, gMile, gProj, maps, resolved, hasParents, hasConstraints, hasProgress, withCalendar };
}

/** What {@link readRows} found: tasks with a parent, a constraint (or deadline, or manual start), progress, a calendar. */
const PARENTS = 1;
const CONSTRAINTS = 2;
const PROGRESS = 4;
const CALENDARS = 8;

/** The per-task arrays {@link readRows} fills. */
interface Rows {
  readonly gTask: Task[];
  readonly gIds: string[];
  readonly gNames: string[];
  readonly gProj: Int32Array;
  readonly gDur: Float64Array;
  readonly gMile: Uint8Array;
}

/**
 * Checks and reads the tasks of project p (tasks `base…` of the table) in task order, throwing
 * for the first bad one (`dupAt`: the index of the first duplicate id, -1 for none); returns the
 * flags of what it found. With `known` (the ids validation saw), returns -1 as soon as a task's id
 * is not `known[i]` (before anything is reported; the caller then takes the ordinary path).
 */
function readRows(fn: string, tasks: readonly Task[], where: string, base: number, p: number, dupAt: number, known: readonly string[] | null, rows: Rows): number {
  const { gTask, gIds, gNames, gProj, gDur, gMile } = rows;
  let flags = 0;
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i] as unknown as Task;
    if (known !== null && (typeof t !== 'object' || t === null || t.id !== known[i])) return -1;
    if (typeof t !== 'object' || t === null) fail(`${fn}: tasks[${i}]${where} must be an object, got ${show(t)}`);
    const id = t.id;
    if (typeof id !== 'string' || id === '') fail(`${fn}: tasks[${i}]${where} needs a non-empty string id, got ${show(id)}`);
    const g = base + i;
    if (g === dupAt) fail(`${fn}: duplicate task id ${q(id)}${where}`);
    const dur = t.duration;
    if (typeof dur !== 'number' || !(dur >= 0) || dur === Infinity)
      fail(`${fn}: task ${q(id)}${where}: duration must be a finite number of working days >= 0, got ${show(dur)}`);
    gTask[g] = t;
    gIds[g] = id;
    gProj[g] = p;
    gDur[g] = dur;
    if (t.milestone === true) gMile[g] = 1;
    const name = t.name;
    gNames[g] = typeof name === 'string' ? name : '';
    if (t.parentId !== undefined) flags |= PARENTS;
    if (t.constraint !== undefined || t.deadline !== undefined || t.manualStart !== undefined) flags |= CONSTRAINTS;
    if (t.calendarId !== undefined) flags |= CALENDARS;
    if (t.actualStart !== undefined || t.actualFinish !== undefined || (t.percentComplete !== undefined && t.percentComplete !== 0)) flags |= PROGRESS;
  }
  return flags;
}

// The loops over every task are small top-level functions: V8 optimizes a loop of a function
// called once by on-stack replacement, which for a large function means recompiling all of it,
// once per loop, each time after running the loop unoptimized.

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
