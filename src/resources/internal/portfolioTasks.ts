/**
 * The tasks and links of a portfolio as the leveling instance sees them: leaf tasks are the
 * activities, summaries span the leaves below them (the one WBS expansion, src/internal/wbs.ts,
 * shared with the schedule), and a link on a summary applies to each of its leaves. Private.
 */
import { PmoError } from '../../errors.js';
import { leafLists, parentCycle, wbsOf } from '../../internal/wbs.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { RcpspPrecedence } from '../rcpspTypes.js';
import type { DemandTable } from './resourceTables.js';

/** The tasks of a portfolio (by `dem.tasks` index: projects in order, tasks in order) and its activities. */
export interface PortfolioTasks {
  /** Number of tasks. */
  readonly count: number;
  /** Index of the first task of each project. */
  readonly base: readonly number[];
  /** Index of each task id within its project. */
  readonly idIndex: readonly ReadonlyMap<string, number>[];
  /** 1 for each summary task. */
  readonly isSummary: Uint8Array;
  /** Activity index of each task (-1 for summaries). */
  readonly taskActivity: Int32Array;
  /** Task of each activity. */
  readonly activityTask: readonly number[];
  /** Activities below each summary task, ascending; empty for leaves. */
  readonly leaves: readonly (readonly number[])[];
}

/** A link between two tasks (by index), its lag in working days. */
export interface TaskLink {
  readonly gf: number;
  readonly gt: number;
  readonly type: RcpspPrecedence['type'];
  readonly lag: number;
}

const q = (s: string): string => JSON.stringify(s);

/**
 * Summaries, leaves and activities of the tasks of `dem`. O(tasks).
 * @throws PmoError `INVALID_ARGUMENT` when the WBS parents form a cycle
 */
export function portfolioTasks(fn: string, portfolio: Portfolio, dem: DemandTable): PortfolioTasks {
  const base: number[] = [];
  let count = 0;
  for (const p of portfolio.projects) {
    base.push(count);
    count += p.tasks.length;
  }
  const idIndex = portfolio.projects.map((p) => new Map(p.tasks.map((t, i) => [t.id, i] as const)));
  // The WBS (src/internal/wbs.ts, shared with the schedule); the schedule has checked it.
  const parent = new Int32Array(count).fill(-1);
  dem.tasks.forEach((t, g) => {
    if (t.task.parentId === undefined) return;
    const pi = idIndex[t.projectIndex]!.get(t.task.parentId);
    if (pi !== undefined) parent[g] = base[t.projectIndex]! + pi;
  });
  const cycle = parentCycle(parent);
  if (cycle !== null) throw new PmoError('INVALID_ARGUMENT', `${fn}: the WBS parent chain of task ${q(dem.tasks[cycle[0]!]!.task.id)} in project ${q(dem.tasks[cycle[0]!]!.projectId)} forms a cycle`);
  const wbs = wbsOf(parent);
  return {
    count,
    base,
    idIndex,
    isSummary: wbs === null ? new Uint8Array(count) : wbs.isSummary,
    taskActivity: wbs === null ? Int32Array.from({ length: count }, (_, g) => g) : wbs.leafOf,
    activityTask: wbs === null ? Array.from({ length: count }, (_, g) => g) : Array.from(wbs.taskOfLeaf),
    leaves: wbs === null ? Array.from({ length: count }, () => []) : leafLists(wbs),
  };
}

/** The activities task g stands for: its leaves for a summary, its own activity for a leaf. */
export function leavesOf(tasks: PortfolioTasks, g: number): readonly number[] {
  return tasks.isSummary[g] ? tasks.leaves[g]! : [tasks.taskActivity[g]!];
}

/**
 * The dependencies of every project, then the cross-project dependencies, as links between
 * tasks. O(links).
 * @throws PmoError `UNKNOWN_ID` for a link naming an unknown project or task
 */
export function portfolioLinks(fn: string, portfolio: Portfolio, tasks: PortfolioTasks): TaskLink[] {
  const { base, idIndex } = tasks;
  const projIndex = new Map(portfolio.projects.map((p, i) => [p.id, i] as const));
  const out: TaskLink[] = [];
  portfolio.projects.forEach((p, pi) => {
    for (const d of p.dependencies ?? []) {
      const a = idIndex[pi]!.get(d.from);
      const b = idIndex[pi]!.get(d.to);
      if (a === undefined || b === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: a dependency of project ${q(p.id)} names unknown task ${q(a === undefined ? d.from : d.to)}`);
      out.push({ gf: base[pi]! + a, gt: base[pi]! + b, type: d.type, lag: d.lag ?? 0 });
    }
  });
  for (const x of portfolio.crossDependencies ?? []) {
    const pf = projIndex.get(x.fromProject);
    const pt = projIndex.get(x.toProject);
    const a = pf === undefined ? undefined : idIndex[pf]!.get(x.from);
    const b = pt === undefined ? undefined : idIndex[pt]!.get(x.to);
    if (a === undefined || b === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: a cross-project dependency names an unknown project or task (${q(x.fromProject)}/${q(x.from)} -> ${q(x.toProject)}/${q(x.to)})`);
    out.push({ gf: base[pf!]! + a, gt: base[pt!]! + b, type: x.type, lag: x.lag ?? 0 });
  }
  return out;
}

/**
 * The precedences of the instance: each link expanded to the leaves below its ends (a link into a
 * manually scheduled activity left out), its lag in periods; activities named by key.
 * O(expanded links).
 */
export function leafPrecedences(links: readonly TaskLink[], tasks: PortfolioTasks, keys: readonly string[], manual: Uint8Array, toPeriods: (days: number) => number): RcpspPrecedence[] {
  const out: RcpspPrecedence[] = [];
  const keyOf = (i: number): string => keys[tasks.activityTask[i]!]!;
  for (const { gf, gt, type, lag } of links) {
    const l = toPeriods(lag);
    for (const a of leavesOf(tasks, gf)) for (const b of leavesOf(tasks, gt)) if (a !== b && manual[b] === 0) out.push({ from: keyOf(a), to: keyOf(b), type: type ?? 'FS', lag: l });
  }
  return out;
}
