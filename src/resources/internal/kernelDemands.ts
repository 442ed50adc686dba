/**
 * The resources and demands of the leveling instance. Kernel resources: one per person, with its
 * exact capacity on each working day of the horizon (units × availability: 0 on the days it does
 * not work). Every demand is a group demand on the people able to meet it (one person for a named
 * demand): the kernel checks each working day's assignment exactly, and a demand asks at most
 * what its people can give that day (so it asks nothing on the days none of them works). Private.
 */
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import type { RcpspGroupDemand, RcpspResource } from '../rcpspTypes.js';
import { maxFlow } from './assignmentCheck.js';
import type { DemandTable, ResourceTable } from './resourceTables.js';

const q = (s: string): string => JSON.stringify(s);
const EPS = 1e-9;

/**
 * One kernel resource per person, `resource:<id>`, with its capacity on each period of the
 * horizon (`days`: the day of each period); only the irregular head of the profile is kept: past
 * it the capacity is constant. O(R × L).
 */
export function kernelResources(res: ResourceTable, days: Int32Array): RcpspResource[] {
  const L = days.length;
  const resources: RcpspResource[] = [];
  for (let r = 0; r < res.ids.length; r++) {
    const c = res.capacity[r]!;
    let end = L;
    while (end > 0 && c * res.availAt(r, days[end - 1]!) === c) end--;
    const id = `resource:${res.ids[r]}`;
    if (end === 0) {
      resources.push({ id, capacity: c });
      continue;
    }
    const profile = new Array<number>(end);
    for (let t = 0; t < end; t++) profile[t] = c * res.availAt(r, days[t]!);
    resources.push({ id, capacity: c, profile });
  }
  return resources;
}

/** What {@link kernelDemands} reads. */
export interface DemandsInput {
  readonly dem: DemandTable;
  readonly res: ResourceTable;
  /** The kernel resources (one per person, in order). */
  readonly resources: readonly RcpspResource[];
  /** Task of each activity, its duration (periods) and, on a union axis, its calendar. */
  readonly activityTask: readonly number[];
  readonly dur: Int32Array;
  readonly cals: readonly (WorkingCalendar | null)[];
  /** Day of each period of the horizon. */
  readonly days: Int32Array;
}

/**
 * The group demands of each activity (its task's demands, in order; none for a milestone), with
 * warnings for skill demands no one can meet (left out), demands above what their people give on
 * some day, and tasks whose demands share people and cannot all be met together.
 * O(demands + skill groups × L × members) plus {@link jointlyShort}.
 */
export function kernelDemands(x: DemandsInput): { groupDemands: RcpspGroupDemand[][]; warnings: string[] } {
  const { dem, res, resources, activityTask, dur, days } = x;
  const n = activityTask.length;
  const L = days.length;
  // Least capacity of each skill group on the horizon's days on which one of its members works
  // (by availability, not capacity: a group whose working members all have capacity 0 has least
  // capacity 0, and every demand on it is capped).
  const least = new Float64Array(dem.groups.length).fill(NaN);
  const leastOf = (g: number): number => {
    if (Number.isNaN(least[g]!)) {
      let m = Infinity;
      const members = dem.groups[g]!.members;
      for (let t = 0; t < L; t++) {
        let c = 0;
        let works = false;
        for (const r of members) {
          if (res.availAt(r, days[t]!) <= 0) continue;
          works = true;
          c += resources[r]!.profile?.[t] ?? res.capacity[r]!;
        }
        if (works && c < m) m = c;
      }
      least[g] = m;
    }
    return least[g]!;
  };
  const groupDemands: RcpspGroupDemand[][] = Array.from({ length: n }, () => []);
  /** People (resource indices) and units of each demand of each activity, in order. */
  const demandPeople: (readonly number[])[][] = Array.from({ length: n }, () => []);
  const demandUnits: number[][] = Array.from({ length: n }, () => []);
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
        demandPeople[i]!.push([d.resource]);
        demandUnits[i]!.push(d.units);
      } else {
        const g = dem.groups[d.group]!;
        if (g.members.length === 0) {
          noSkill++;
          continue;
        }
        if (d.units > leastOf(d.group) + EPS) capped++;
        groupDemands[i]!.push({ units: d.units, resources: g.members.map((m) => resources[m]!.id), label: `skill:${g.id}` });
        demandPeople[i]!.push(g.members);
        demandUnits[i]!.push(d.units);
      }
    }
  }
  const warnings: string[] = [];
  const calendarIds = new Map<object | null, number>();
  const calendarOf = (i: number): number => {
    const c = x.cals[i] ?? null;
    let k = calendarIds.get(c);
    if (k === undefined) calendarIds.set(c, (k = calendarIds.size));
    return k;
  };
  const joint = jointlyShort(
    demandPeople,
    demandUnits,
    (r, t) => resources[r]!.profile?.[t] ?? res.capacity[r]!,
    (r) => resources[r]!.profile?.length ?? 0,
    (i, t) => x.cals[i] === null || x.cals[i]!.isWorkingDayNumber(days[t]!),
    calendarOf,
  );
  if (joint.length > 0) {
    const t0 = dem.tasks[activityTask[joint[0]!]!]!;
    warnings.push(
      `${joint.length} task${joint.length === 1 ? ' asks' : 's ask'} more of the same people together than they can give on some working days, though each demand alone fits (e.g. ${q(t0.key)}); there each demand asks only what the earlier ones leave (${joint.length === 1 ? 'it stays' : 'they stay'} over-allocated there in resourceLoading and overallocations)`,
    );
  }
  if (noSkill > 0) warnings.push(`${noSkill} skill demand${noSkill === 1 ? '' : 's'} that no resource can meet ${noSkill === 1 ? 'is' : 'are'} ignored by leveling`);
  if (capped > 0)
    warnings.push(
      `${capped} demand${capped === 1 ? '' : 's'} above what the resource or skill can provide on some working days ${capped === 1 ? 'is' : 'are'} leveled as asking for all of it on those days (${capped === 1 ? 'it stays' : 'they stay'} over-allocated there)`,
    );
  return { groupDemands, warnings };
}

/**
 * Activities whose demands share people and, on some period the activity works, cannot all be met
 * together although each alone asks no more than its people give (capped to that): the demands'
 * capped units exceed the maximum flow from demands to people. Checked once per distinct vector of
 * the people's capacities over the periods of their profiles (past every profile, capacities are
 * constant), and once per distinct activity: activities with the same people, units and calendar
 * (`calendarOf`) share the answer (a portfolio of thousands of alike tasks checked each one alone:
 * 11 s of 15 on 1,000 projects). O(distinct activities with shared people × periods of their
 * people's profiles × people), plus one small max-flow per distinct vector.
 */
function jointlyShort(
  people: readonly (readonly (readonly number[])[])[],
  units: readonly (readonly number[])[],
  capAt: (r: number, t: number) => number,
  profileLength: (r: number) => number,
  works: (i: number, t: number) => boolean,
  calendarOf: (i: number) => number,
): number[] {
  const out: number[] = [];
  const known = new Map<string, boolean>();
  for (let i = 0; i < people.length; i++) {
    const ds = people[i]!;
    if (ds.length < 2) continue;
    const key = `${calendarOf(i)}|${ds.map((m) => m.join(',')).join(';')}|${units[i]!.join(',')}`;
    let short = known.get(key);
    if (short === undefined) known.set(key, (short = isJointlyShort(ds, units[i]!, capAt, profileLength, (t) => works(i, t))));
    if (short) out.push(i);
  }
  return out;
}

/** {@link jointlyShort} for one activity: its demands' people `ds` and units `u`, the periods it `works`. */
function isJointlyShort(
  ds: readonly (readonly number[])[],
  u: readonly number[],
  capAt: (r: number, t: number) => number,
  profileLength: (r: number) => number,
  works: (t: number) => boolean,
): boolean {
  const all = [...new Set(ds.flat())].sort((a, b) => a - b);
  if (all.length === ds.reduce((k, m) => k + m.length, 0)) return false; // no person in two demands
  const col = new Map(all.map((r, x) => [r, x] as const));
  let span = 0;
  for (const r of all) span = Math.max(span, profileLength(r));
  const seen = new Set<string>();
  for (let t = 0; t <= span; t++) {
    if (t < span && !works(t)) continue;
    const caps = all.map((r) => capAt(r, t));
    const key = caps.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    // Source 0, demands 1..D, people D+1..D+P, sink D+P+1.
    const D = ds.length;
    const N = D + all.length + 2;
    const cap = Array.from({ length: N }, () => new Float64Array(N));
    let asked = 0;
    ds.forEach((m, d) => {
      let alone = 0;
      for (const r of m) alone += caps[col.get(r)!]!;
      const a = Math.min(u[d]!, alone);
      asked += a;
      cap[0]![1 + d] = a;
      for (const r of m) cap[1 + d]![1 + D + col.get(r)!] = Infinity;
    });
    all.forEach((_, x) => (cap[1 + D + x]![N - 1] = caps[x]!));
    if (maxFlow(cap, 0, N - 1) < asked - EPS * Math.max(1, asked)) return true;
  }
  return false;
}
