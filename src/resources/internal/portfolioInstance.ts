/**
 * From a portfolio to a multi-project RCPSP instance on the working days of one calendar: leaf
 * tasks become activities, links on summaries apply to their leaves, constraints and project
 * starts become release dates and deadlines, and resources, skills and pools become renewable
 * resources with daily capacity profiles (see portfolioModel.ts). Private.
 */
import { PmoError } from '../../errors.js';
import { dayNumber } from '../../internal/dates.js';
import type { Portfolio } from '../../model/portfolio.js';
import { schedulePortfolio } from '../../schedule/schedulePortfolio.js';
import type { PortfolioSchedule } from '../../schedule/types.js';
import type { RcpspActivity, RcpspInstance, RcpspPrecedence, RcpspProject, RcpspResource } from '../types.js';
import { demandTable, isSubset, makeAxis, resourceTable, type Axis, type DemandTable, type ResourceTable } from './portfolioModel.js';

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

  // Kernel resources: named resources, skill groups, unions of overlapping groups, pools.
  const R = res.ids.length;
  const G = dem.groups.length;
  const named: { act: number; r: number; units: number }[] = [];
  const skillD: { act: number; g: number; units: number }[] = [];
  let noSkill = 0;
  for (let i = 0; i < n; i++) {
    const t = dem.tasks[activityTask[i]!]!;
    if (dur[i] === 0) continue;
    for (const d of t.demands) {
      if (d.units <= 0) continue;
      if (d.resource >= 0) named.push({ act: i, r: d.resource, units: d.units });
      else if (dem.groups[d.group]!.members.length === 0) noSkill++;
      else skillD.push({ act: i, g: d.group, units: d.units });
    }
  }
  if (noSkill > 0) warnings.push(`${noSkill} skill demand${noSkill === 1 ? '' : 's'} that no resource can meet ${noSkill === 1 ? 'is' : 'are'} ignored by leveling`);
  const avail: Float64Array[] = [];
  for (let r = 0; r < R; r++) {
    const a = new Float64Array(L);
    for (let t = 0; t < L; t++) a[t] = res.availAt(r, days[t]!);
    avail.push(a);
  }
  const resources: RcpspResource[] = [];
  const demandCols: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  let capped = 0;
  const addResource = (id: string, members: readonly number[], groupsIn: (g: number) => boolean, namedOnly: number): void => {
    const memberSet = new Set(members);
    const uses: { act: number; units: number }[] = [];
    // A named demand weighs u on its own resource, and u × weekly share inside a skill or pool
    // (safe: on a day the member works more than its share, it also brings that much capacity).
    for (const d of named) if (memberSet.has(d.r)) uses.push({ act: d.act, units: namedOnly >= 0 ? d.units : d.units * res.ratio[d.r]! });
    for (const d of skillD) if (groupsIn(d.g)) uses.push({ act: d.act, units: d.units });
    if (uses.length === 0) return;
    const k = resources.length;
    let profile: number[];
    let after: number;
    if (namedOnly >= 0) {
      // One resource: constrained only on the days it works.
      const cap = res.capacity[namedOnly]!;
      let total = 0;
      for (const u of uses) total += u.units;
      const a = avail[namedOnly]!;
      profile = Array.from(a, (x) => (x > 0 ? cap : Math.max(cap, total)));
      after = cap;
    } else {
      profile = new Array<number>(L).fill(0);
      after = 0;
      for (const m of members) {
        const a = avail[m]!;
        const c = res.capacity[m]!;
        for (let t = 0; t < L; t++) profile[t]! += c * a[t]!;
        after += c * res.ratio[m]!;
      }
    }
    // Only the irregular head of the profile is kept: past it the capacity is `after`.
    let end = profile.length;
    while (end > 0 && Math.abs(profile[end - 1]! - after) <= 1e-12) end--;
    resources.push(end === 0 ? { id, capacity: after } : { id, capacity: after, profile: profile.slice(0, end) });
    for (const u of uses) {
      const cols = demandCols[u.act]!;
      cols.set(k, (cols.get(k) ?? 0) + u.units);
    }
    for (const u of uses) {
      const cols = demandCols[u.act]!;
      if (cols.get(k)! > after + EPS) {
        cols.set(k, after);
        capped++;
      }
    }
  };
  for (let r = 0; r < R; r++) addResource(`resource:${res.ids[r]}`, [r], () => false, r);
  for (let g = 0; g < G; g++) {
    const members = dem.groups[g]!.members;
    if (members.length === 0) continue;
    addResource(`skill:${dem.groups[g]!.id}`, members, (h) => dem.contains[g]![h]!, -1);
  }
  if (G <= 40) {
    for (let a = 0; a < G; a++)
      for (let b = a + 1; b < G; b++) {
        const A = dem.groups[a]!.members;
        const B = dem.groups[b]!.members;
        if (A.length === 0 || B.length === 0 || isSubset(A, B) || isSubset(B, A) || !A.some((x) => B.includes(x))) continue;
        const U = [...new Set([...A, ...B])].sort((x, y) => x - y);
        addResource(`skills:${dem.groups[a]!.id}+${dem.groups[b]!.id}`, U, (h) => dem.groups[h]!.members.length > 0 && isSubset(dem.groups[h]!.members, U), -1);
      }
  }
  for (const p of res.pools) {
    if (p.members.length === 0) continue;
    addResource(`pool:${p.id}`, p.members, (h) => dem.groups[h]!.members.length > 0 && isSubset(dem.groups[h]!.members, p.members), -1);
  }
  if (capped > 0)
    warnings.push(`${capped} demand${capped === 1 ? '' : 's'} above what the resource or skill can ever provide ${capped === 1 ? 'is' : 'are'} leveled as asking for all of it (${capped === 1 ? 'it stays' : 'they stay'} over-allocated)`);

  // Projects and their weights.
  const distinct = [...new Set(projects.map((p) => p.priority).filter((x): x is number => typeof x === 'number'))].sort((a, b) => a - b);
  const rcProjects: RcpspProject[] = projects.map((p, pi) => ({
    id: p.id,
    release: Math.max(0, Math.ceil(projStart[pi]! - EPS)),
    weight: options.weights === 'priority' && typeof p.priority === 'number' ? 1 + distinct.indexOf(p.priority) : 1,
  }));
  const activities: RcpspActivity[] = [];
  const K = resources.length;
  for (let i = 0; i < n; i++) {
    const t = dem.tasks[activityTask[i]!]!;
    const demands = new Array<number>(K).fill(0);
    for (const [k, u] of demandCols[i]!) demands[k] = u;
    activities.push({
      id: t.key,
      duration: dur[i]!,
      demands,
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
