/**
 * From a portfolio to a multi-project RCPSP instance on the working days of one calendar: leaf
 * tasks become activities, links on summaries apply to their leaves, constraints and project
 * starts become release dates and deadlines, resources become renewable resources with exact daily
 * capacity profiles, and every demand (named or by skill) a group demand on the people able to
 * meet it, assigned exactly per working day by the kernel (see portfolioModel.ts). Pools need no
 * constraint of their own: a pool's load is the sum of its members'. Private.
 */
import { PmoError } from '../../errors.js';
import { dayNumber } from '../../internal/dates.js';
import type { Portfolio } from '../../model/portfolio.js';
import { schedulePortfolio } from '../../schedule/schedulePortfolio.js';
import type { PortfolioSchedule } from '../../schedule/types.js';
import type { RcpspActivity, RcpspGroupDemand, RcpspInstance, RcpspPrecedence, RcpspProject, RcpspResource } from '../types.js';
import { demandTable, makeAxis, resourceTable, type Axis, type DemandTable, type ResourceTable } from './portfolioModel.js';

const q = (s: string): string => JSON.stringify(s);
const EPS = 1e-9;

/** The instance and what is needed to map its schedule back. */
export interface PortfolioInstance {
  readonly instance: RcpspInstance;
  readonly cpm: PortfolioSchedule;
  readonly axis: Axis;
  readonly res: ResourceTable;
  readonly dem: DemandTable;
  /** Index in `dem.tasks` of each activity. */
  readonly activityTask: readonly number[];
  /** Activity index of each task of `dem.tasks` (-1 for summaries). */
  readonly taskActivity: Int32Array;
  /** Leaf activities below each summary task (by `dem.tasks` index); empty for leaves. */
  readonly leaves: readonly (readonly number[])[];
  readonly warnings: readonly string[];
}

/** Options of {@link portfolioInstance}. */
export interface PortfolioInstanceOptions {
  readonly calendarId: string | undefined;
  readonly deadlines: boolean;
  readonly weights: 'priority' | 'equal';
}

export function portfolioInstance(fn: string, portfolio: Portfolio, options: PortfolioInstanceOptions): PortfolioInstance {
  const cpm = schedulePortfolio(portfolio, options.calendarId !== undefined ? { calendarId: options.calendarId } : {});
  const warnings: string[] = [...cpm.warnings];
  const axis = makeAxis(fn, portfolio, cpm.calendarId, cpm.start);
  const res = resourceTable(fn, portfolio, axis);
  const dem = demandTable(fn, portfolio, res);
  const cal = axis.cal;
  const O = axis.O;
  const projects = portfolio.projects;

  // Task index per project, summaries and their leaves.
  const base: number[] = [];
  let count = 0;
  for (const p of projects) {
    base.push(count);
    count += p.tasks.length;
  }
  const idIndex = projects.map((p) => new Map(p.tasks.map((t, i) => [t.id, i] as const)));
  const children: number[][] = Array.from({ length: count }, () => []);
  dem.tasks.forEach((t, g) => {
    if (t.task.parentId === undefined) return;
    const pi = idIndex[t.projectIndex]!.get(t.task.parentId);
    if (pi !== undefined) children[base[t.projectIndex]! + pi]!.push(g);
  });
  const isSummary = children.map((c) => c.length > 0);
  const taskActivity = new Int32Array(count).fill(-1);
  const activityTask: number[] = [];
  for (let g = 0; g < count; g++) if (!isSummary[g]) taskActivity[g] = activityTask.push(g) - 1;
  const leaves: number[][] = Array.from({ length: count }, () => []);
  const leavesOf = (g: number): number[] => {
    if (!isSummary[g]) return [taskActivity[g]!];
    const memo = leaves[g]!;
    if (memo.length > 0) return memo;
    const stack = [...children[g]!];
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (isSummary[x]) stack.push(...children[x]!);
      else memo.push(taskActivity[x]!);
    }
    memo.sort((a, b) => a - b);
    return memo;
  };
  for (let g = 0; g < count; g++) if (isSummary[g]) leavesOf(g);

  // Activities: durations, releases, deadlines.
  const n = activityTask.length;
  const dur = new Int32Array(n);
  const release = new Int32Array(n);
  const deadline = new Float64Array(n).fill(Infinity);
  const projStart = cpm.projects.map((p) => p.startOffset);
  for (let i = 0; i < n; i++) {
    const t = dem.tasks[activityTask[i]!]!;
    dur[i] = Math.max(0, Math.ceil(t.task.duration - EPS));
    release[i] = Math.ceil(projStart[t.projectIndex]! - EPS);
  }
  const dayArg = (date: string, what: string): number => {
    const d = dayNumber(date);
    if (d === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${what} must be a date as YYYY-MM-DD, got ${q(date)}`);
    return d;
  };
  const startOnOrAfter = (d: number): number => cal.dayIndex(d) - O;
  const startOnOrBefore = (d: number): number => cal.dayIndex(d + 1) - 1 - O;
  const finishOnOrBefore = (d: number): number => cal.dayIndex(d + 1) - O;
  const finishOnOrAfter = (d: number): number => cal.dayIndex(d) + 1 - O;
  const lower = (i: number, v: number): void => {
    if (v > release[i]!) release[i] = v;
  };
  const upperFinish = (i: number, v: number): void => {
    if (options.deadlines && v < deadline[i]!) deadline[i] = v;
  };
  let alapCount = 0;
  dem.tasks.forEach((t, g) => {
    const targets = isSummary[g] ? leaves[g]! : [taskActivity[g]!];
    const where = `task ${q(t.task.id)} of project ${q(t.projectId)}`;
    const c = t.task.constraint;
    if (c !== undefined && c.type !== 'ASAP') {
      if (c.type === 'ALAP') alapCount++;
      else {
        const d = dayArg(c.date ?? '', `${where}: constraint ${c.type} date`);
        for (const i of targets) {
          const p = dur[i]!;
          switch (c.type) {
            case 'SNET':
              lower(i, startOnOrAfter(d));
              break;
            case 'FNET':
              lower(i, finishOnOrAfter(d) - p);
              break;
            case 'SNLT':
              upperFinish(i, startOnOrBefore(d) + p);
              break;
            case 'FNLT':
              upperFinish(i, finishOnOrBefore(d));
              break;
            case 'MSO':
              lower(i, startOnOrAfter(d));
              upperFinish(i, startOnOrAfter(d) + p);
              break;
            case 'MFO':
              lower(i, finishOnOrBefore(d) - p);
              upperFinish(i, finishOnOrBefore(d));
              break;
            default:
          }
        }
      }
    }
    if (t.task.deadline !== undefined) {
      const d = dayArg(t.task.deadline, `${where}: deadline`);
      for (const i of targets) upperFinish(i, finishOnOrBefore(d));
    }
  });
  projects.forEach((p) => {
    if (p.deadline === undefined) return;
    const v = finishOnOrBefore(dayArg(p.deadline, `project ${q(p.id)}: deadline`));
    dem.tasks.forEach((t, g) => {
      if (t.projectId === p.id && !isSummary[g]) upperFinish(taskActivity[g]!, v);
    });
  });
  if (alapCount > 0) warnings.push(`${alapCount} task${alapCount === 1 ? '' : 's'} with an ALAP constraint ${alapCount === 1 ? 'is' : 'are'} leveled as soon as possible`);
  for (let i = 0; i < n; i++) if (release[i]! < 0) release[i] = 0;

  // Links, expanded to leaves; lags rounded up to whole working days.
  const precedences: RcpspPrecedence[] = [];
  const keyOf = (i: number): string => dem.tasks[activityTask[i]!]!.key;
  const addLink = (gf: number, gt: number, type: RcpspPrecedence['type'], lag: number): void => {
    const l = Math.ceil(lag - EPS);
    for (const a of leavesOf(gf)) for (const b of leavesOf(gt)) if (a !== b) precedences.push({ from: keyOf(a), to: keyOf(b), type: type ?? 'FS', lag: l });
  };
  projects.forEach((p, pi) => {
    for (const d of p.dependencies ?? []) {
      const a = idIndex[pi]!.get(d.from);
      const b = idIndex[pi]!.get(d.to);
      if (a === undefined || b === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: a dependency of project ${q(p.id)} names unknown task ${q(a === undefined ? d.from : d.to)}`);
      addLink(base[pi]! + a, base[pi]! + b, d.type, d.lag ?? 0);
    }
  });
  const projIndex = new Map(projects.map((p, i) => [p.id, i] as const));
  for (const x of portfolio.crossDependencies ?? []) {
    const pf = projIndex.get(x.fromProject);
    const pt = projIndex.get(x.toProject);
    const a = pf === undefined ? undefined : idIndex[pf]!.get(x.from);
    const b = pt === undefined ? undefined : idIndex[pt]!.get(x.to);
    if (a === undefined || b === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: a cross-project dependency names an unknown project or task (${q(x.fromProject)}/${q(x.from)} -> ${q(x.toProject)}/${q(x.to)})`);
    addLink(base[pf!]! + a, base[pt!]! + b, x.type, x.lag ?? 0);
  }

  // Horizon of the capacity profiles: a bound of any serial schedule's makespan.
  let maxRelease = 0;
  for (let i = 0; i < n; i++) if (release[i]! > maxRelease) maxRelease = release[i]!;
  let L = maxRelease + 1;
  for (let i = 0; i < n; i++) L += dur[i]!;
  for (const e of precedences) L += Math.max(0, e.lag ?? 0);
  L = Math.min(L, 200_000);
  const days = new Int32Array(L);
  for (let t = 0; t < L; t++) days[t] = axis.dayAt(t);

  // Kernel resources: one per person, with its exact capacity on each working day of the horizon
  // (units × availability: 0 on the days it does not work). Every demand is a group demand on
  // the people able to meet it (one person for a named demand): the kernel checks each working
  // day's assignment exactly, and a demand asks at most what its people can give that day (so it
  // asks nothing on the days none of them works).
  const R = res.ids.length;
  const resources: RcpspResource[] = [];
  for (let r = 0; r < R; r++) {
    const c = res.capacity[r]!;
    const profile = new Array<number>(L);
    for (let t = 0; t < L; t++) profile[t] = c * res.availAt(r, days[t]!);
    // Only the irregular head of the profile is kept: past it the capacity is `c`.
    let end = L;
    while (end > 0 && profile[end - 1] === c) end--;
    resources.push(end === 0 ? { id: `resource:${res.ids[r]}`, capacity: c } : { id: `resource:${res.ids[r]}`, capacity: c, profile: profile.slice(0, end) });
  }
  // Least capacity of each skill group on the horizon's days on which one of its members works.
  const least = new Float64Array(dem.groups.length).fill(NaN);
  const leastOf = (g: number): number => {
    if (Number.isNaN(least[g]!)) {
      let m = Infinity;
      for (let t = 0; t < L; t++) {
        let c = 0;
        for (const r of dem.groups[g]!.members) c += resources[r]!.profile?.[t] ?? res.capacity[r]!;
        if (c > 0 && c < m) m = c;
      }
      least[g] = m;
    }
    return least[g]!;
  };
  const groupDemands: RcpspGroupDemand[][] = Array.from({ length: n }, () => []);
  let noSkill = 0;
  let capped = 0;
  for (let i = 0; i < n; i++) {
    const t = dem.tasks[activityTask[i]!]!;
    if (dur[i] === 0) continue;
    for (const d of t.demands) {
      if (d.units <= 0) continue;
      if (d.resource >= 0) {
        if (d.units > res.capacity[d.resource]! + EPS) capped++;
        groupDemands[i]!.push({ units: d.units, resources: [resources[d.resource]!.id], label: resources[d.resource]!.id });
      } else {
        const g = dem.groups[d.group]!;
        if (g.members.length === 0) {
          noSkill++;
          continue;
        }
        if (d.units > leastOf(d.group) + EPS) capped++;
        groupDemands[i]!.push({ units: d.units, resources: g.members.map((m) => resources[m]!.id), label: `skill:${g.id}` });
      }
    }
  }
  if (noSkill > 0) warnings.push(`${noSkill} skill demand${noSkill === 1 ? '' : 's'} that no resource can meet ${noSkill === 1 ? 'is' : 'are'} ignored by leveling`);
  if (capped > 0)
    warnings.push(
      `${capped} demand${capped === 1 ? '' : 's'} above what the resource or skill can provide on some working days ${capped === 1 ? 'is' : 'are'} leveled as asking for all of it on those days (${capped === 1 ? 'it stays' : 'they stay'} over-allocated there)`,
    );

  // Projects and their weights.
  const distinct = [...new Set(projects.map((p) => p.priority).filter((x): x is number => typeof x === 'number'))].sort((a, b) => a - b);
  const rcProjects: RcpspProject[] = projects.map((p, pi) => ({
    id: p.id,
    release: Math.max(0, Math.ceil(projStart[pi]! - EPS)),
    weight: options.weights === 'priority' && typeof p.priority === 'number' ? 1 + distinct.indexOf(p.priority) : 1,
  }));
  const activities: RcpspActivity[] = [];
  for (let i = 0; i < n; i++) {
    const t = dem.tasks[activityTask[i]!]!;
    activities.push({
      id: t.key,
      duration: dur[i]!,
      ...(groupDemands[i]!.length > 0 ? { groupDemands: groupDemands[i]! } : {}),
      release: release[i]!,
      ...(deadline[i]! !== Infinity ? { deadline: Math.max(deadline[i]!, 0) } : {}),
      project: t.projectId,
    });
  }
  return {
    instance: { activities, resources, precedences, projects: rcProjects },
    cpm,
    axis,
    res,
    dem,
    activityTask,
    taskActivity,
    leaves,
    warnings,
  };
}
