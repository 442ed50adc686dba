/**
 * The schedule engine: from projects (ids, WBS, constraints, calendars) to the kernel's dense
 * arrays and back to result columns (task objects built from them on first read). Private to pmo-kit. Iterative, O(V + E') where E'
 * counts links after summary links are expanded to the leaf tasks.
 *
 * Each stage is a function of its own file: reading the tasks (taskTable.ts), the WBS
 * (summaries.ts, on src/internal/wbs.ts), the calendars (multiCalendar.ts), the start bounds of
 * constraints (constraints.ts), the links (links.ts), the kernel (kernel.ts or multiCalendar.ts),
 * progress (progress.ts, progressResults.ts), milestone anchoring (milestones.ts), the dates (taskDates.ts), the task columns
 * (columns.ts; their objects: taskObjects.ts), the project objects (output.ts) and the critical
 * paths (kernel.ts). Links that validation resolved are reused (links.ts, src/internal/resolvedLinks.ts). Kernel node k is leaf task `taskOf[k]` (task k without
 * summaries); arrays named in capitals or `…D` are indexed by task, the others by node.
 */
import { CycleError } from '../../errors.js';
import type { Wbs } from '../../internal/wbs.js';
import { pushAll } from '../../internal/bulk.js';
import type { CalendarPlan, MultiCalendarDates } from './multiCalendar.js';
import { calendarDates, runMultiCalendar } from './multiCalendar.js';
import { startBounds, type StartBounds } from './constraints.js';
import { criticalPaths, EPS, freeFloatFromOwnLinks, KernelCycle, namePaths, runKernel, slotFlags, type KernelResult } from './kernel.js';
import { readLinks, type NodeLinks } from './links.js';
import { applyProgress, readProgress, uncriticalComplete } from './progress.js';
import { withProgress } from './progressResults.js';
import { milestoneAnchors } from './milestones.js';
import { buildProjects, drivingPredecessors } from './output.js';
import { buildColumns } from './columns.js';
import { allTaskObjects } from './taskObjects.js';
import type { ScheduledTask } from '../types.js';
import type { CoreRequest, CoreResult } from './request.js';
import { rollUp, type NodeValues, type TaskValues } from './summaries.js';
import { dateStrings, dayNumbers, dayOffsets, keyRange, scheduleSpan, sumInto } from './taskDates.js';
import { readFrame, type ScheduleFrame } from './frame.js';
import type { TaskTable } from './taskTable.js';

export type { CoreOptions, CoreRequest, CoreResult } from './request.js';

/** Schedules projects: on one working-day axis, or per-node calendars through multiCalendar.ts when they differ. */
export function scheduleCore(req: CoreRequest): CoreResult {
  const frame = readFrame(req);
  try {
    return scheduleFrame(req, frame);
  } finally {
    // Nothing of the result refers to the scratch arrays (the columns have their own buffer).
    frame.t.releaseScratch();
  }
}

/** {@link scheduleCore} once the tasks, WBS and calendars are read. */
function scheduleFrame(req: CoreRequest, { t, wbs, n, taskOf, taskOfNode, mc }: ScheduleFrame): CoreResult {
  const { fn, calendar: cal, options } = req;
  const dur = t.A.f64(n);
  fillDurations(dur, t.gDur, taskOf, n);
  const progress = req.plan === true ? null : readProgress({ fn, t, wbs, n, dur, cal, mc, projects: req.projects, statusDate: req.statusDate });
  const planBounds = startBounds({ fn, t, wbs, n, dur, cal, mc });
  const bounds = progress === null ? planBounds : applyProgress(planBounds, progress, n, dur);
  const links = readLinks(req, t, wbs);
  const res = scheduleNodes(req, t, n, dur, links, bounds, mc, taskOfNode);
  if (progress !== null) uncriticalComplete(res.critical, progress, n);
  // Tightness of every link slot in the early schedule (from the kernel's backward pass), for the
  // anchoring, the driving predecessors and the critical paths.
  const tight = res.tight!;
  const startOf = (k: number): number => (mc === null ? t.projStartOff[t.gProj[taskOfNode(k)]!]! : mc.nodeStart[k]!);
  const anchor = milestoneAnchors(n, dur, res, tight, startOf, bounds.startConstraintAt);

  // Dates: day offsets (day numbers on the multi-calendar path), values per task, spans.
  const { N, A, gProj, projStartOff } = t;
  const esD = A.f64(N);
  const efD = A.f64(N);
  const lsD = A.f64(N);
  const lfD = A.f64(N);
  dayOffsets({ n, dur, es: res.es, ls: res.ls, taskOf, anchor, projStartOff, nodeStart: mc === null ? null : mc.nodeStart, gProj, esD, efD, lsD, lfD });
  const mcd: MultiCalendarDates | null = mc === null ? null : calendarDates(mc, { n, N, es: res.es, ls: res.ls, dur, anchor, taskOfNode, gProj, P: t.P, esD, efD, lsD, lfD });
  const v = taskValues(t, wbs, n, dur, res, mcd, esD, efD, lsD, lfD);
  const span = scheduleSpan({ n, es: res.es, dur, gProj, taskOf, projStartOff, kernelFinish: res.finish, mcd });
  const [minOff, maxOff] = keyRange(span, N, esD, efD, lsD, lfD);
  const dates = dateStrings(fn, cal, t.O, t.originDay, mcd !== null, minOff, maxOff, N);

  // The task columns (the objects are built from them when first read: taskObjects.ts) and critical paths.
  const { dOff, dPred } = drivingPredecessors(n, res.off, res.tgt, tight, A);
  const columns = buildColumns(
    {
      N,
      ids: t.ids,
      taskNames: t.taskNames,
      projectIds: t.projectIds,
      gProj,
      gDur: t.gDur,
      gMile: t.gMile,
      isSummary: wbs === null ? null : wbs.isSummary,
      leafOf: wbs === null ? null : wbs.leafOf,
      taskOf,
      ...v,
      esD,
      efD,
      lsD,
      lfD,
      dayOf: dayNumbers(fn, cal, t.O, t.originDay, mcd !== null, minOff, maxOff, N),
      dOff,
      dPred,
      nearThr: options.nearCriticalThreshold + EPS,
      single: t.single,
    },
    t.R,
    fn,
  );
  const kp = criticalPaths(res, n, options.maxCriticalPaths, A, tight);
  let projects = buildProjects({ projects: req.projects, n, critical: res.critical, taskOf, gProj, projStartOff, ...span, iso: dates.iso });
  const warnings = bounds.warning === '' ? [] : [bounds.warning];
  let tasks: ScheduledTask[] | null = null;
  if (progress !== null) {
    // Progress results: the objects now, with their progress fields.
    ({ tasks, projects } = withProgress({ fn: req.fn, t, wbs, progress, tasks: allTaskObjects(columns, t.single), projects, cal, baselines: req.baselines }));
    pushAll(warnings, progress.warnings);
  }
  return {
    columns,
    tasks,
    projects,
    criticalPaths: namePaths(kp.paths, n, (k) => t.names[taskOfNode(k)]!),
    criticalPathsTruncated: kp.truncated,
    duration: span.finish,
    startDate: dates.iso(span.key0),
    finishDate: dates.iso(span.keyFinish),
    warnings,
    progress: progress !== null,
  };
}

/**
 * Runs the CPM on the nodes: forward and backward passes, floats, critical flags and the
 * tightness of every link slot. Throws {@link CycleError} (naming tasks) for a cycle.
 */
function scheduleNodes(req: CoreRequest, t: TaskTable, n: number, dur: Float64Array, links: NodeLinks, b: StartBounds, mc: CalendarPlan | null, taskOfNode: (k: number) => number): KernelResult {
  const { m, from, to, type, lag, inherited } = links;
  let group: Int32Array | null = null;
  if (req.lateFinish === 'project') {
    group = new Int32Array(n);
    for (let k = 0; k < n; k++) group[k] = t.gProj[taskOfNode(k)]!;
  }
  const { esMin, esMax, lsMax, lsMin, alap } = b;
  const criticalThreshold = req.options.criticalThreshold;
  let res: KernelResult;
  try {
    // The fork between the two paths of the CPM, kept apart on purpose, for speed. On one
    // calendar (every task works on the reference calendar's working days: the usual case) the
    // kernel's passes are additions on typed arrays, `ES[v] >= ES[u] + w` (kernel.ts); with
    // several calendars every link converts positions between calendars (multiCalendar.ts),
    // several times slower. Both give the same results when the calendars agree (a property test).
    if (mc !== null) {
      const groupFloor = group === null ? null : Float64Array.from(t.projStartDay);
      res = runMultiCalendar({ mc, n, duration: dur, m, from, to, type, lag, inherited, esMin: esMin!, esMax, lsMax, lsMin, alap, group, groupFloor, criticalThreshold, alloc: t.A });
    } else {
      const groupFloor = group === null ? null : Float64Array.from(t.projStartOff);
      res = runKernel({ n, duration: dur, m, from, to, type, lag, esMin, esMax, lsMax, lsMin, alap, group, groupFloor, criticalThreshold, alloc: t.A, tight: true });
    }
  } catch (err) {
    if (err instanceof KernelCycle) throw new CycleError(req.fn, err.nodes.map((k) => t.names[taskOfNode(k)]!));
    throw err;
  }
  // Free float counts a task's own links only, as MS Project's Free Slack (the multi-calendar path
  // does the same on each task's calendar).
  if (inherited !== null && mc === null) {
    const { es, w, tgt } = res;
    freeFloatFromOwnLinks(n, res.off, slotFlags(n, m, from, inherited, res.off), res.tf, res.ff, (u, s) => es[tgt[s]!]! - w[s]! - es[u]!);
  }
  return res;
}

/**
 * The values of every task on the reference calendar (`ES` … `CR`): the nodes' values, with
 * summaries rolled up from their leaves (with their date offsets `esD` … `lfD`, in place).
 */
function taskValues(
  t: TaskTable,
  wbs: Wbs | null,
  n: number,
  dur: Float64Array,
  res: KernelResult,
  mcd: MultiCalendarDates | null,
  esD: Float64Array,
  efD: Float64Array,
  lsD: Float64Array,
  lfD: Float64Array,
): TaskValues {
  const { es, ls } = res;
  let ef: Float64Array;
  let lf: Float64Array;
  if (mcd !== null) {
    ef = mcd.ef;
    lf = mcd.lf;
  } else {
    ef = t.A.f64(n);
    lf = t.A.f64(n);
    sumInto(ef, es, dur, n);
    sumInto(lf, ls, dur, n);
  }
  const v: NodeValues = { es: mcd === null ? es : mcd.es, ef, ls: mcd === null ? ls : mcd.ls, lf, tf: res.tf, ff: res.ff, critical: res.critical };
  if (wbs === null) return { ES: v.es, EF: v.ef, LS: v.ls, LF: v.lf, TF: v.tf, FF: v.ff, CR: v.critical };
  return rollUp(wbs, v, esD, efD, lsD, lfD);
}

/** The duration of each kernel node (a loop over every node, as its own function: see taskTable.ts). */
function fillDurations(dur: Float64Array, gDur: Float64Array, taskOf: Int32Array | null, n: number): void {
  if (taskOf === null) dur.set(gDur.subarray(0, n));
  else for (let k = 0; k < n; k++) dur[k] = gDur[taskOf[k]!]!;
}
