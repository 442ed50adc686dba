/**
 * The input checks of `compileProblem`: the resources, projects, calendars and activities of a
 * public {@link RcpspInstance}, read into plain tables, each malformed field reported by a
 * `PmoError` naming it and where it is. Only what these parts say on their own is checked here;
 * demands against capacities, precedences and the time axis are checked where they are compiled.
 * Private.
 */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';
import type { RcpspInstance } from '../rcpspTypes.js';
import { NO_DEADLINE } from './problem.js';

/** A group demand as read: activity, units, its resources (indices, ascending) and its label. */
export interface RawGroupDemand {
  readonly act: number;
  readonly units: number;
  readonly res: readonly number[];
  readonly label: string;
}

/** A public instance read into tables (amounts not yet scaled, precedences not yet read). */
export interface RawInstance {
  /** Number of activities and of resources. */
  readonly n: number;
  readonly K: number;
  /** The precedences, unread. */
  readonly precedences: readonly unknown[];
  readonly resIds: readonly string[];
  /** Capacities and profiles as given. */
  readonly capRaw: readonly number[];
  readonly profRaw: readonly (readonly number[] | null)[];
  /** Project ids, release dates and weights; an implicit project `''` last when some activity names none (or none exists). */
  readonly projIds: readonly string[];
  readonly projRel: readonly number[];
  readonly projW: readonly number[];
  /** Ids of the calendars some activity works on that have breaks, and their breaks. */
  readonly calIds: readonly string[];
  readonly calBreaks: readonly (readonly (readonly [number, number])[])[];
  /** Index in `calIds` of each activity's calendar, -1 when it works every period. */
  readonly calOf: Int32Array;
  /** Largest end of a break of the calendars used (0 without any). */
  readonly lastBreakEnd: number;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly p: Int32Array;
  /** Demands as given, `demRaw[i * K + k]`. */
  readonly demRaw: Float64Array;
  /** Effective release date of each activity (its own and its project's). */
  readonly release: Int32Array;
  readonly deadline: Int32Array;
  /** Project index of each activity. */
  readonly proj: Int32Array;
  readonly groups: readonly RawGroupDemand[];
}

const q = (s: string): string => JSON.stringify(s);

function invalid(fn: string, msg: string): never {
  throw new PmoError('INVALID_ARGUMENT', `${fn}: ${msg}`);
}

/** An integer of magnitude at most 2^26 - 1 (the solver's bound on its times). */
export const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 0x3ffffff;

/** Reads `instance.<key>` as an array (`[]` when missing and `optional`). */
function arrayField(fn: string, instance: RcpspInstance, key: keyof RcpspInstance, optional: boolean): readonly unknown[] {
  const v = (optional ? (instance[key] ?? []) : instance[key]) as unknown;
  if (!Array.isArray(v)) invalid(fn, `instance.${key} must be an array, got ${show(v)}`);
  return v as readonly unknown[];
}

/** Checks and reads a public instance. O(n K + m + breaks). */
export function readInstance(fn: string, instance: RcpspInstance): RawInstance {
  if (typeof instance !== 'object' || instance === null) invalid(fn, `expected an instance object, got ${show(instance)}`);
  const A = arrayField(fn, instance, 'activities', false);
  const R = arrayField(fn, instance, 'resources', true);
  const precedences = arrayField(fn, instance, 'precedences', true);
  const PJ = arrayField(fn, instance, 'projects', true);
  const res = readResources(fn, R);
  const projects = readProjects(fn, PJ);
  const calendars = readCalendars(fn, arrayField(fn, instance, 'calendars', true));
  const acts = readActivities(fn, A, res, projects, calendars.index);
  const used = usedCalendars(acts.calOf, calendars.ids, calendars.breaks);
  if (acts.implicit || projects.ids.length === 0) {
    const j = projects.ids.length;
    projects.ids.push('');
    projects.rel.push(0);
    projects.w.push(1);
    for (let i = 0; i < acts.proj.length; i++) if (acts.proj[i] === -1) acts.proj[i] = j;
  }
  return {
    n: A.length,
    K: R.length,
    precedences,
    resIds: res.ids,
    capRaw: res.cap,
    profRaw: res.prof,
    projIds: projects.ids,
    projRel: projects.rel,
    projW: projects.w,
    ...used,
    ids: acts.ids,
    index: acts.index,
    p: acts.p,
    demRaw: acts.demRaw,
    release: acts.release,
    deadline: acts.deadline,
    proj: acts.proj,
    groups: acts.groups,
  };
}

interface Resources {
  readonly ids: string[];
  readonly index: Map<string, number>;
  readonly cap: number[];
  readonly prof: (readonly number[] | null)[];
}

function readResources(fn: string, R: readonly unknown[]): Resources {
  const out: Resources = { ids: [], index: new Map(), cap: [], prof: [] };
  for (let k = 0; k < R.length; k++) {
    const r = R[k];
    if (typeof r !== 'object' || r === null) invalid(fn, `resources[${k}] must be an object, got ${show(r)}`);
    const { id, capacity, profile } = r as { id?: unknown; capacity?: unknown; profile?: unknown };
    if (typeof id !== 'string' || id === '') invalid(fn, `resources[${k}] needs a non-empty string id, got ${show(id)}`);
    const rid = id as string;
    if (out.index.has(rid)) invalid(fn, `duplicate resource id ${q(rid)}`);
    if (typeof capacity !== 'number' || !Number.isFinite(capacity) || capacity < 0)
      invalid(fn, `capacity of resource ${q(rid)} must be a finite number >= 0, got ${show(capacity)}`);
    let prof: readonly number[] | null = null;
    if (profile !== undefined) {
      if (!Array.isArray(profile)) invalid(fn, `profile of resource ${q(rid)} must be an array, got ${show(profile)}`);
      (profile as unknown[]).forEach((v, t) => {
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
          invalid(fn, `profile of resource ${q(rid)}: period ${t} must be a finite number >= 0, got ${show(v)}`);
      });
      prof = profile as readonly number[];
    }
    out.ids.push(rid);
    out.index.set(rid, k);
    out.cap.push(capacity as number);
    out.prof.push(prof);
  }
  return out;
}

interface Projects {
  readonly ids: string[];
  readonly index: Map<string, number>;
  readonly rel: number[];
  readonly w: number[];
}

function readProjects(fn: string, PJ: readonly unknown[]): Projects {
  const out: Projects = { ids: [], index: new Map(), rel: [], w: [] };
  for (let j = 0; j < PJ.length; j++) {
    const pj = PJ[j];
    if (typeof pj !== 'object' || pj === null) invalid(fn, `projects[${j}] must be an object, got ${show(pj)}`);
    const { id, release, weight } = pj as { id?: unknown; release?: unknown; weight?: unknown };
    if (typeof id !== 'string' || id === '') invalid(fn, `projects[${j}] needs a non-empty string id, got ${show(id)}`);
    if (out.index.has(id as string)) invalid(fn, `duplicate project id ${q(id as string)}`);
    if (release !== undefined && !(isInt(release) && release >= 0)) invalid(fn, `release of project ${q(id as string)} must be an integer >= 0, got ${show(release)}`);
    if (weight !== undefined && (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0))
      invalid(fn, `weight of project ${q(id as string)} must be a finite number > 0, got ${show(weight)}`);
    out.index.set(id as string, j);
    out.ids.push(id as string);
    out.rel.push((release as number | undefined) ?? 0);
    out.w.push((weight as number | undefined) ?? 1);
  }
  return out;
}

interface Calendars {
  readonly ids: string[];
  readonly index: Map<string, number>;
  readonly breaks: (readonly (readonly [number, number])[])[];
}

function readCalendars(fn: string, cals: readonly unknown[]): Calendars {
  const out: Calendars = { ids: [], index: new Map(), breaks: [] };
  cals.forEach((c, x) => {
    if (typeof c !== 'object' || c === null) invalid(fn, `calendars[${x}] must be an object, got ${show(c)}`);
    const { id, breaks } = c as Record<string, unknown>;
    if (typeof id !== 'string' || id === '') invalid(fn, `calendars[${x}] needs a non-empty string id, got ${show(id)}`);
    if (out.index.has(id as string)) invalid(fn, `duplicate calendar id ${q(id as string)}`);
    if (!Array.isArray(breaks)) invalid(fn, `breaks of calendar ${q(id as string)} must be an array of [from, to) pairs, got ${show(breaks)}`);
    let prevTo = -Infinity;
    (breaks as unknown[]).forEach((b, y) => {
      const where = `calendar ${q(id as string)}: breaks[${y}]`;
      if (!Array.isArray(b) || b.length !== 2 || !isInt(b[0]) || !isInt(b[1]))
        invalid(fn, `${where} must be a pair [from, to) of integers (from -67108863 to 67108863), got ${show(b)}`);
      const [f, t] = b as [number, number];
      if (t <= f) invalid(fn, `${where} must have from < to, got [${f}, ${t}]`);
      if (f < prevTo) invalid(fn, `${where} [${f}, ${t}] overlaps or comes before the previous break (ending at ${prevTo}): breaks must be sorted and disjoint`);
      prevTo = t;
    });
    out.index.set(id as string, out.index.size);
    out.ids.push(id as string);
    out.breaks.push(breaks as readonly (readonly [number, number])[]);
  });
  return out;
}

interface Activities {
  readonly ids: string[];
  readonly index: Map<string, number>;
  readonly p: Int32Array;
  readonly demRaw: Float64Array;
  readonly release: Int32Array;
  readonly deadline: Int32Array;
  readonly proj: Int32Array;
  /** Calendar index (in the instance's calendars) of each activity, -1 when none. */
  readonly calOf: Int32Array;
  readonly groups: RawGroupDemand[];
  /** Whether some activity names no project. */
  implicit: boolean;
}

function readActivities(fn: string, A: readonly unknown[], res: Resources, projects: Projects, calIndex: ReadonlyMap<string, number>): Activities {
  const n = A.length;
  const K = res.ids.length;
  const out: Activities = {
    ids: new Array<string>(n),
    index: new Map(),
    p: new Int32Array(n),
    demRaw: new Float64Array(n * K),
    release: new Int32Array(n),
    deadline: new Int32Array(n).fill(NO_DEADLINE),
    proj: new Int32Array(n).fill(-1),
    calOf: new Int32Array(n).fill(-1),
    groups: [],
    implicit: false,
  };
  for (let i = 0; i < n; i++) {
    const a = A[i];
    if (typeof a !== 'object' || a === null) invalid(fn, `activities[${i}] must be an object, got ${show(a)}`);
    const { id, duration, demands, release: rel, deadline: dl, project } = a as Record<string, unknown>;
    if (typeof id !== 'string' || id === '') invalid(fn, `activities[${i}] needs a non-empty string id, got ${show(id)}`);
    const aid = id as string;
    if (out.index.has(aid)) invalid(fn, `duplicate activity id ${q(aid)}`);
    out.index.set(aid, i);
    out.ids[i] = aid;
    if (!isInt(duration) || duration < 0) invalid(fn, `duration of activity ${q(aid)} must be an integer >= 0 (at most 67108863), got ${show(duration)}`);
    out.p[i] = duration as number;
    if (demands !== undefined) {
      if (!Array.isArray(demands)) invalid(fn, `demands of activity ${q(aid)} must be an array, got ${show(demands)}`);
      const ds = demands as unknown[];
      if (ds.length > K) invalid(fn, `activity ${q(aid)} has ${ds.length} demands but there are ${K} resources`);
      for (let k = 0; k < ds.length; k++) {
        const v = ds[k];
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
          invalid(fn, `demand of activity ${q(aid)} on resource ${q(res.ids[k]!)} must be a finite number >= 0, got ${show(v)}`);
        out.demRaw[i * K + k] = v as number;
      }
    }
    readGroupDemands(fn, (a as { groupDemands?: unknown }).groupDemands, i, aid, res, out.groups);
    if (rel !== undefined && !(isInt(rel) && rel >= 0)) invalid(fn, `release of activity ${q(aid)} must be an integer >= 0, got ${show(rel)}`);
    if (dl !== undefined) {
      if (!isInt(dl)) invalid(fn, `deadline of activity ${q(aid)} must be an integer, got ${show(dl)}`);
      out.deadline[i] = dl as number;
    }
    let pj = -1;
    if (project !== undefined) {
      if (typeof project !== 'string' || !projects.index.has(project)) invalid(fn, `activity ${q(aid)} names unknown project ${show(project)}`);
      pj = projects.index.get(project as string)!;
    } else out.implicit = true;
    out.proj[i] = pj;
    out.release[i] = Math.max((rel as number | undefined) ?? 0, pj >= 0 ? projects.rel[pj]! : 0);
    const calendar = (a as { calendar?: unknown }).calendar;
    if (calendar !== undefined) {
      const c = typeof calendar === 'string' ? calIndex.get(calendar) : undefined;
      if (c === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: activity ${q(aid)} names unknown calendar ${show(calendar)}`);
      out.calOf[i] = c;
    }
  }
  return out;
}

/** Reads the group demands of activity i (id `aid`) into `out`. */
function readGroupDemands(fn: string, gds: unknown, i: number, aid: string, res: Resources, out: RawGroupDemand[]): void {
  if (gds === undefined) return;
  if (!Array.isArray(gds)) invalid(fn, `groupDemands of activity ${q(aid)} must be an array, got ${show(gds)}`);
  (gds as unknown[]).forEach((g, x) => {
    const where = `activity ${q(aid)}: groupDemands[${x}]`;
    if (typeof g !== 'object' || g === null) invalid(fn, `${where} must be an object, got ${show(g)}`);
    const { units, resources: rs, label } = g as Record<string, unknown>;
    if (typeof units !== 'number' || !Number.isFinite(units) || units < 0) invalid(fn, `${where}: units must be a finite number >= 0, got ${show(units)}`);
    if (!Array.isArray(rs) || rs.length === 0) invalid(fn, `${where}: resources must be a non-empty array of resource ids, got ${show(rs)}`);
    if (label !== undefined && typeof label !== 'string') invalid(fn, `${where}: label must be a string, got ${show(label)}`);
    const ks: number[] = [];
    for (const rid of rs as unknown[]) {
      const k = typeof rid === 'string' ? res.index.get(rid) : undefined;
      if (k === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${where} names unknown resource ${show(rid)}`);
      if (ks.includes(k)) invalid(fn, `${where} names resource ${q(rid as string)} twice`);
      ks.push(k);
    }
    ks.sort((u, v) => u - v);
    out.push({ act: i, units: units as number, res: ks, label: (label as string | undefined) ?? ks.map((k) => res.ids[k]!).join('|') });
  });
}

/**
 * Keeps the calendars that matter: those with breaks that some activity works on (without any,
 * the plain path). Renumbers `calOf` in place to them, in order of first use.
 */
function usedCalendars(
  calOf: Int32Array,
  ids: readonly string[],
  breaks: readonly (readonly (readonly [number, number])[])[],
): Pick<RawInstance, 'calIds' | 'calBreaks' | 'calOf' | 'lastBreakEnd'> {
  const used: number[] = [];
  const map = new Int32Array(breaks.length).fill(-1);
  for (let i = 0; i < calOf.length; i++) {
    const c = calOf[i]!;
    if (c < 0 || breaks[c]!.length === 0) {
      calOf[i] = -1;
      continue;
    }
    if (map[c] === -1) map[c] = used.push(c) - 1;
    calOf[i] = map[c]!;
  }
  let lastBreakEnd = 0;
  for (const c of used) {
    const bs = breaks[c]!;
    lastBreakEnd = Math.max(lastBreakEnd, bs[bs.length - 1]![1]);
  }
  return { calIds: used.map((c) => ids[c]!), calBreaks: used.map((c) => breaks[c]!), calOf, lastBreakEnd };
}
