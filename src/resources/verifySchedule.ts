import { PmoError } from '../errors.js';
import { show } from '../internal/show.js';
import type { DependencyType } from '../model/task.js';
import { activityRuns, checkAssignments, MAX_PERIOD, readCheckCalendars } from './internal/assignmentCheck.js';
import type { RcpspCalendar, RcpspGroupDemand, RcpspInstance, ScheduleViolation } from './rcpspTypes.js';

const FN = 'verifySchedule';
/** Largest magnitude of a period, duration, lag, release or deadline (as the calendars' breaks): 2^26 - 1. */
const LIMIT = MAX_PERIOD;

/**
 * Checks a schedule of an {@link RcpspInstance} against every rule of the instance and returns
 * each violation: a start that is not an integer (within ±2^26 - 1), a start of an activity on a calendar that is
 * not on one of its working periods, a precedence not respected (any link type with its lag,
 * counted on calendars as {@link RcpspCalendar} says), a start before a release date (the
 * activity's or its project's), a finish after a deadline, for each resource and each period, a
 * total demand above the capacity of that period (with the activities that cause it; an activity
 * on a calendar counts only in its working periods), and, for each period, group demands that no
 * assignment of
 * the resources' capacity can meet ({@link RcpspGroupDemand}: solved exactly as a max-flow per
 * period, reporting the set of demands that cannot all be met, with their activities and the
 * resources able to meet them).
 *
 * Written independently of the schedulers (no shared code with {@link solveRcpsp}): use it to
 * check their results or any schedule from elsewhere. Demands and capacities are compared with a
 * relative tolerance of 1e-9, so fractional units such as 0.3 + 0.7 <= 1 pass.
 *
 * Complexity: O(m + K n log n + V) for m precedences, K resources, n activities and V violations,
 * plus, with group demands, one max-flow (Edmonds–Karp on the running demands and their
 * resources) per period in which the running activities or the capacities change.
 *
 * @param instance - the instance (never mutated)
 * @param starts - start period of each activity, in the order of `instance.activities`
 * @returns the violations (empty when the schedule is feasible): starts in breaks of their
 *   calendars in activity order, then precedences in link order,
 *   then releases and deadlines in activity order, then capacities by resource and period, then
 *   assignments by period
 * @throws {@link PmoError} `INVALID_ARGUMENT` when `starts` is not an array as long as the
 *   activities, or when the instance is malformed (e.g. a link to an unknown activity: code
 *   `UNKNOWN_ID`; a duration, lag, release or deadline beyond 2^26 - 1 periods, the time domain of
 *   the solver and of the calendars' breaks)
 * @example
 * ```ts
 * const inst = {
 *   activities: [{ id: 'a', duration: 2, demands: [1] }, { id: 'b', duration: 2, demands: [1] }],
 *   resources: [{ id: 'crane', capacity: 1 }],
 *   precedences: [],
 * };
 * verifySchedule(inst, [0, 2]); // []
 * verifySchedule(inst, [0, 1]); // [{ kind: 'capacity', resource: 'crane', period: 1, demand: 2, capacity: 1, amount: 1, activities: ['a', 'b'] }]
 *
 * // Skills over people: x needs 2 of {ann, bob}, y 1 of {bob}: together they need 3 of 2.
 * const team = {
 *   activities: [
 *     { id: 'x', duration: 1, groupDemands: [{ units: 2, resources: ['ann', 'bob'], label: 'dev' }] },
 *     { id: 'y', duration: 1, groupDemands: [{ units: 1, resources: ['bob'], label: 'qa' }] },
 *   ],
 *   resources: [{ id: 'ann', capacity: 1 }, { id: 'bob', capacity: 1 }],
 * };
 * verifySchedule(team, [0, 0]); // [{ kind: 'assignment', period: 0, groups: ['dev', 'qa'], activities: ['x', 'y'], resources: ['ann', 'bob'], demand: 3, capacity: 2, amount: 1 }]
 * ```
 */
export function verifySchedule(instance: RcpspInstance, starts: readonly number[]): ScheduleViolation[] {
  if (typeof instance !== 'object' || instance === null || !Array.isArray(instance.activities))
    throw new PmoError('INVALID_ARGUMENT', `${FN}: expected an instance with an activities array`);
  const acts = instance.activities;
  const n = acts.length;
  if (!Array.isArray(starts) || starts.length !== n)
    throw new PmoError('INVALID_ARGUMENT', `${FN}: expected one start per activity (${n}), got ${Array.isArray(starts) ? `${starts.length}` : typeof starts}`);
  const out: ScheduleViolation[] = [];
  const index = new Map<string, number>();
  acts.forEach((a, i) => {
    if (typeof a !== 'object' || a === null || typeof a.id !== 'string') throw new PmoError('INVALID_ARGUMENT', `${FN}: activities[${i}] needs a string id`);
    if (typeof a.duration !== 'number' || !Number.isFinite(a.duration) || a.duration < 0)
      throw new PmoError('INVALID_ARGUMENT', `${FN}: activity ${JSON.stringify(a.id)} needs a finite duration >= 0`);
    if (index.has(a.id)) throw new PmoError('INVALID_ARGUMENT', `${FN}: duplicate activity id ${JSON.stringify(a.id)}`);
    index.set(a.id, i);
  });
  checkShape(instance);
  const valid: boolean[] = starts.map((s, i) => {
    const ok = typeof s === 'number' && Number.isInteger(s) && Math.abs(s) <= LIMIT;
    if (!ok) out.push({ kind: 'start', activity: acts[i]!.id, start: s });
    return ok;
  });
  // Calendars: a start in a break is reported first; links, finishes and capacities then count
  // working periods (the runs of each activity).
  const cal = readCheckCalendars(FN, instance);
  acts.forEach((a, i) => {
    const c = cal[i];
    if (valid[i] && c !== null && c !== undefined && !c.works(starts[i]!)) out.push({ kind: 'calendar', activity: a.id, calendar: c.id, start: starts[i]! });
  });
  const runs = activityRuns(FN, instance, starts, valid);
  /** Exclusive finish: one past the last working period on a calendar (for no work: the last one before the start). */
  const finishOf = (i: number): number => {
    const c = cal[i];
    if (c === null || c === undefined) return starts[i]! + acts[i]!.duration;
    return c.periodAt(c.position(starts[i]!) + acts[i]!.duration - 1) + 1;
  };

  // Precedences.
  for (const [e, link] of (instance.precedences ?? []).entries()) {
    const u = index.get(link.from);
    const v = index.get(link.to);
    if (u === undefined || v === undefined)
      throw new PmoError('UNKNOWN_ID', `${FN}: precedences[${e}] names unknown activity ${JSON.stringify(u === undefined ? link.from : link.to)}`);
    if (!valid[u] || !valid[v]) continue;
    const type: DependencyType = link.type ?? 'FS';
    const lag = link.lag ?? 0;
    const su = starts[u]!;
    const sv = starts[v]!;
    const cu = cal[u] ?? null;
    const cv = cal[v] ?? null;
    if (cu !== null || cv !== null) {
      // On calendars (as schedule() does): the successor's start or finish position on its own
      // calendar must reach the position there of the predecessor's start or finish instant, plus
      // the lag. A finish instant is the end of the last working period (for no work: the last
      // one before the start).
      const fromFinish = type === 'FS' || type === 'FF';
      const toFinish = type === 'FF' || type === 'SF';
      if (type !== 'FS' && type !== 'SS' && type !== 'FF' && type !== 'SF')
        throw new PmoError('INVALID_ARGUMENT', `${FN}: precedences[${e}] has unknown type ${JSON.stringify(type)}`);
      const pu = acts[u]!.duration;
      const pv = acts[v]!.duration;
      const x = !fromFinish ? su : cu === null ? su + pu : cu.periodAt(cu.position(su) + pu - 1) + 1;
      const posV = (t: number): number => (cv === null ? t : cv.position(t));
      const need = posV(x) + lag;
      const have = posV(sv) + (toFinish ? pv : 0);
      if (have < need) {
        const k = need - (toFinish ? pv : 0);
        const required = cv === null ? k : cv.periodAt(k);
        out.push({ kind: 'precedence', from: link.from, to: link.to, type, lag, required, start: sv, amount: required - sv });
      }
      continue;
    }
    const fu = su + acts[u]!.duration;
    const fv = sv + acts[v]!.duration;
    // The rule as stated per type, on starts and finishes (not through a shared distance formula).
    let slack: number;
    if (type === 'FS') slack = sv - (fu + lag);
    else if (type === 'SS') slack = sv - (su + lag);
    else if (type === 'FF') slack = fv - (fu + lag);
    else if (type === 'SF') slack = fv - (su + lag);
    else throw new PmoError('INVALID_ARGUMENT', `${FN}: precedences[${e}] has unknown type ${JSON.stringify(type)}`);
    if (slack < 0) out.push({ kind: 'precedence', from: link.from, to: link.to, type, lag, required: sv - slack, start: sv, amount: -slack });
  }

  // Releases and deadlines.
  const projectRelease = new Map<string, number>();
  for (const p of instance.projects ?? []) projectRelease.set(p.id, p.release ?? 0);
  acts.forEach((a, i) => {
    if (!valid[i]) return;
    const s = starts[i]!;
    const release = Math.max(a.release ?? 0, a.project !== undefined ? (projectRelease.get(a.project) ?? 0) : 0);
    if (s < release) out.push({ kind: 'release', activity: a.id, release, start: s, amount: release - s });
    const f = finishOf(i);
    if (a.deadline !== undefined && f > a.deadline) out.push({ kind: 'deadline', activity: a.id, deadline: a.deadline, finish: f, amount: f - a.deadline });
  });

  // Capacities: sweep the start and finish events of each resource's runs (an activity without a
  // calendar runs from its start to its finish, one on a calendar in its working periods only).
  (instance.resources ?? []).forEach((res, k) => {
    const users: { i: number; a: number; b: number }[] = [];
    for (let i = 0; i < n; i++) {
      const d = acts[i]!.demands?.[k] ?? 0;
      if (d > 0) for (const [a, b] of runs[i]!) users.push({ i, a, b });
    }
    if (users.length === 0) return;
    const times = [...new Set(users.flatMap((r) => [r.a, r.b]))].sort((a, b) => a - b);
    const capacityAt = (t: number): number => (res.profile !== undefined && t >= 0 && t < res.profile.length ? res.profile[t]! : res.capacity);
    const byStart = users.map((_, r) => r).sort((a, b) => users[a]!.a - users[b]!.a);
    const active = new Set<number>();
    let next = 0;
    for (let x = 0; x + 1 < times.length; x++) {
      const t0 = times[x]!;
      const t1 = times[x + 1]!;
      for (const r of active) if (users[r]!.b <= t0) active.delete(r);
      while (next < byStart.length && users[byStart[next]!]!.a <= t0) active.add(byStart[next++]!);
      if (active.size === 0) continue;
      let demand = 0;
      for (const r of active) demand += acts[users[r]!.i]!.demands![k]!;
      // The periods [t, t + 1) this stretch overlaps (fractional durations: parts of periods).
      for (let t = Math.floor(t0), end = Math.ceil(t1); t < end; t++) {
        const capacity = capacityAt(t);
        if (demand > capacity + 1e-9 * Math.max(1, capacity)) {
          const who = [...active].map((r) => users[r]!.i).sort((a, b) => a - b).map((i) => acts[i]!.id);
          out.push({ kind: 'capacity', resource: res.id, period: t, demand, capacity, amount: demand - capacity, activities: who });
        }
      }
    }
  });
  for (const v of checkAssignments(FN, instance, starts, valid)) {
    out.push({
      kind: 'assignment',
      period: v.period,
      groups: [...new Set(v.needs.map((x) => x.label))],
      activities: [...new Set(v.needs.map((x) => x.act))].sort((a, b) => a - b).map((i) => acts[i]!.id),
      resources: v.resources.map((k) => instance.resources![k]!.id),
      demand: v.demand,
      capacity: v.capacity,
      amount: v.amount,
    });
  }
  return out;
}

function bad(what: string, got: unknown): never {
  throw new PmoError('INVALID_ARGUMENT', `${FN}: ${what}, got ${show(got)}`);
}

/** Whether x is a finite number (>= 0 when `nonNegative`). */
function isNum(x: unknown, nonNegative: boolean): boolean {
  return typeof x === 'number' && Number.isFinite(x) && (!nonNegative || x >= 0);
}

/** Whether x is a number of periods within ±{@link LIMIT} (>= 0 when `nonNegative`). */
function isTime(x: unknown, nonNegative: boolean): boolean {
  return isNum(x, nonNegative) && Math.abs(x as number) <= LIMIT;
}

/**
 * Checks the fields verifySchedule reads beyond activity ids and durations (its own checks, not
 * the solver's): releases, deadlines, demands, projects, resources and their profiles, links.
 */
function checkShape(instance: RcpspInstance): void {
  const list = (x: unknown, name: string): readonly unknown[] => {
    if (x === undefined) return [];
    if (!Array.isArray(x)) bad(`instance.${name} must be an array`, x);
    return x as readonly unknown[];
  };
  const resources = list(instance.resources, 'resources');
  resources.forEach((r, k) => {
    const o = r as { id?: unknown; capacity?: unknown; profile?: unknown } | null;
    if (typeof o !== 'object' || o === null || typeof o.id !== 'string') bad(`resources[${k}] must be an object with a string id`, r);
    if (!isNum(o.capacity, true)) bad(`resource ${JSON.stringify(o.id)}: capacity must be a finite number >= 0`, o.capacity);
    if (o.profile !== undefined && (!Array.isArray(o.profile) || o.profile.length > LIMIT || !o.profile.every((v) => isNum(v, true))))
      bad(`resource ${JSON.stringify(o.id)}: profile must be an array of at most ${LIMIT} finite numbers >= 0`, o.profile);
  });
  list(instance.projects, 'projects').forEach((p, j) => {
    const o = p as { id?: unknown; release?: unknown } | null;
    if (typeof o !== 'object' || o === null || typeof o.id !== 'string') bad(`projects[${j}] must be an object with a string id`, p);
    if (o.release !== undefined && !isTime(o.release, false)) bad(`project ${JSON.stringify(o.id)}: release must be a number of periods within ±${LIMIT}`, o.release);
  });
  instance.activities.forEach((a) => {
    const where = `activity ${JSON.stringify(a.id)}`;
    if (!isTime(a.duration, true)) bad(`${where}: duration must be at most ${LIMIT} periods`, a.duration);
    if (a.release !== undefined && !isTime(a.release, false)) bad(`${where}: release must be a number of periods within ±${LIMIT}`, a.release);
    if (a.deadline !== undefined && !isTime(a.deadline, false)) bad(`${where}: deadline must be a number of periods within ±${LIMIT}`, a.deadline);
    if (a.project !== undefined && typeof a.project !== 'string') bad(`${where}: project must be a string`, a.project);
    if (a.demands !== undefined && (!Array.isArray(a.demands) || a.demands.length > resources.length || !a.demands.every((d) => isNum(d, true))))
      bad(`${where}: demands must be an array of at most ${resources.length} finite numbers >= 0 (one per resource)`, a.demands);
  });
  list(instance.precedences, 'precedences').forEach((l, e) => {
    const o = l as { from?: unknown; to?: unknown; type?: unknown; lag?: unknown } | null;
    if (typeof o !== 'object' || o === null || typeof o.from !== 'string' || typeof o.to !== 'string') bad(`precedences[${e}] must be an object with string from and to`, l);
    if (o.type !== undefined && o.type !== 'FS' && o.type !== 'SS' && o.type !== 'FF' && o.type !== 'SF') bad(`precedences[${e}]: type must be FS, SS, FF or SF`, o.type);
    if (o.lag !== undefined && !isTime(o.lag, false)) bad(`precedences[${e}]: lag must be a number of periods within ±${LIMIT}`, o.lag);
  });
}
