/**
 * The compiled RCPSP: dense integer activities, CSR precedence arcs with start-to-start distances,
 * integer demands and capacities in typed arrays. Every algorithm of pmo-kit/resources works on
 * this form; the public plain-object {@link RcpspInstance} is compiled once by {@link compileProblem}.
 * Private.
 */
import { CycleError, PmoError } from '../../errors.js';
import type { RcpspInstance } from '../types.js';
import { extractCycle } from '../../schedule/internal/kernel.js';
import { show } from '../../internal/show.js';
import { Router } from './router.js';
import { finishOf, latestStartBy, linkBound, linkLatest, nextWork, tabulate, type CalendarTable } from './calendarTable.js';

/** "No deadline". */
export const NO_DEADLINE = 0x3fffffff;

/** A compiled instance. Arrays are never written after compilation. */
export interface Problem {
  /** Number of activities. */
  readonly n: number;
  /** Number of resources. */
  readonly K: number;
  /** Activity ids (input order = index). */
  readonly ids: readonly string[];
  /** Resource ids. */
  readonly resIds: readonly string[];
  /** Durations. */
  readonly p: Int32Array;
  /** Scaled integer demands, `dem[i * K + k]`. */
  readonly dem: Int32Array;
  /** Resources used by each activity (nonzero demand, duration > 0): `useRes[useOff[i] .. useOff[i+1]-1]`. */
  readonly useOff: Int32Array;
  readonly useRes: Int32Array;
  readonly useAmt: Int32Array;
  /** Scaled capacity of each resource after its profile. */
  readonly cap: Int32Array;
  /** Length of the longest profile (0: constant capacities). */
  readonly profLen: number;
  /** Scaled profile `prof[k * profLen + t]` for t < profLen (entries past a resource's own profile hold `cap[k]`); null when profLen is 0. */
  readonly prof: Int32Array | null;
  /** Demand scale factor (a power of ten). */
  readonly scale: number;
  /** Successor arcs: `sucTo[sucOff[i] .. sucOff[i+1]-1]` with distances `sucD`. */
  readonly sucOff: Int32Array;
  readonly sucTo: Int32Array;
  readonly sucD: Int32Array;
  /** Predecessor arcs: `predFrom[predOff[j] .. predOff[j+1]-1]` with distances `predD`. */
  readonly predOff: Int32Array;
  readonly predFrom: Int32Array;
  readonly predD: Int32Array;
  /** Whether every distance is >= 0 (start order is then a topological order, ties aside). */
  readonly fwdNonNeg: boolean;
  /** Whether every reversed distance `d + p(to) - p(from)` is >= 0. */
  readonly bwdNonNeg: boolean;
  /** Effective release date of each activity (own and project's). */
  readonly release: Int32Array;
  /** Deadline of each activity (exclusive finish), {@link NO_DEADLINE} when none. */
  readonly deadline: Int32Array;
  /** A topological order (Kahn, smallest index first). */
  readonly topo: Int32Array;
  /** Critical-path early and late starts (late starts against `cpLength`). */
  readonly es: Int32Array;
  readonly ls: Int32Array;
  /** Critical-path length with release dates. */
  readonly cpLength: number;
  /** Max(cpLength, resource bound). */
  readonly lowerBound: number;
  /** A bound of the finish of any forward or backward pass (the time axis of the profile buffers). */
  readonly H: number;
  /** Project of each activity. */
  readonly proj: Int32Array;
  readonly nProj: number;
  readonly projIds: readonly string[];
  readonly projRelease: Int32Array;
  /** Weight of each project's delay. */
  readonly projWeight: Float64Array;
  /** Critical-path duration of each project alone, from its release. */
  readonly projCpd: Int32Array;
  /** The assignment layer (group demands), null when no activity has one. */
  readonly asg: AsgProblem | null;
  /** Whether each activity uses a resource at all (dedicated or group demands, duration > 0). */
  readonly busy: Uint8Array;
  /** Share of the capacity each activity uses per period, summed over resources (peak crossover). */
  readonly util: Float64Array;
  /**
   * The calendars some activity works on (see calendarTable.ts); null when every activity works every
   * period: the plain path, where `sucD` / `predD` are exact and finishes are `start + p`.
   */
  readonly cal: CalendarTable | null;
  /** Calendar of each activity (-1: every period works); null when `cal` is. */
  readonly calOf: Int32Array | null;
  /**
   * Type bits (1: from the predecessor's finish, 2: to the successor's finish) and lags of the arcs,
   * parallel to `sucTo` and `predFrom`; null when `cal` is.
   */
  readonly sucTy: Int32Array | null;
  readonly sucLag: Int32Array | null;
  readonly predTy: Int32Array | null;
  readonly predLag: Int32Array | null;
}

/**
 * Group demands, compiled. The resources some group demand names are the workers; dedicated
 * demands on a worker move here too (as non-saturating needs of a one-worker class), so that the
 * worker's whole capacity is shared by one exact assignment per period.
 */
export interface AsgProblem {
  /** Number of workers. */
  readonly nw: number;
  /** Kernel resource of each worker. */
  readonly wRes: Int32Array;
  /** Number of classes (distinct sets of workers). */
  readonly nc: number;
  /** Workers of each class: `clsW[clsOff[c] .. clsOff[c+1]-1]`, least contended first. */
  readonly clsOff: Int32Array;
  readonly clsW: Int32Array;
  /** Label of each class (for messages). */
  readonly clsLabel: readonly string[];
  /** Needs of activity i: `needOff[i] .. needOff[i+1]-1`, dedicated ones first, then group demands in order. */
  readonly needOff: Int32Array;
  readonly needCls: Int32Array;
  /** Scaled units. */
  readonly needAmt: Float64Array;
  /** 1 for a group demand (asks at most what its workers can give the activity alone), 0 for a dedicated one. */
  readonly needSat: Uint8Array;
  /** Number of distinct capacity vectors of the workers over time (signatures). */
  readonly nSig: number;
  /** Capacity of each worker under each signature: `sigCap[s * nw + w]`. */
  readonly sigCap: Int32Array;
  /** Signature of each period t < profLen. */
  readonly sig: Int32Array;
  /** Signature from profLen on (and before 0). */
  readonly sigConst: number;
}

const TYPES = new Set(['FS', 'SS', 'FF', 'SF']);

const q = (s: string): string => JSON.stringify(s);

/** Start-to-start distance of a link (see {@link RcpspPrecedence}). */
export function linkDistance(type: string, lag: number, pFrom: number, pTo: number): number {
  switch (type) {
    case 'SS':
      return lag;
    case 'FF':
      return lag + pFrom - pTo;
    case 'SF':
      return lag - pTo;
    default:
      return lag + pFrom;
  }
}

/**
 * Validates and compiles a public instance. O(n K + m + n log n).
 * @param fn - name of the public function (for messages)
 */
export function compileProblem(fn: string, instance: RcpspInstance): Problem {
  const fail = (msg: string): never => {
    throw new PmoError('INVALID_ARGUMENT', `${fn}: ${msg}`);
  };
  if (typeof instance !== 'object' || instance === null) fail(`expected an instance object, got ${show(instance)}`);
  const acts = instance.activities as unknown;
  if (!Array.isArray(acts)) fail(`instance.activities must be an array, got ${show(acts)}`);
  const resources = (instance.resources ?? []) as unknown;
  if (!Array.isArray(resources)) fail(`instance.resources must be an array, got ${show(resources)}`);
  const precs = (instance.precedences ?? []) as unknown;
  if (!Array.isArray(precs)) fail(`instance.precedences must be an array, got ${show(precs)}`);
  const projectsIn = (instance.projects ?? []) as unknown;
  if (!Array.isArray(projectsIn)) fail(`instance.projects must be an array, got ${show(projectsIn)}`);
  const A = acts as readonly unknown[];
  const R = resources as readonly unknown[];
  const P = precs as readonly unknown[];
  const PJ = projectsIn as readonly unknown[];
  const n = A.length;
  const K = R.length;
  const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 0x3ffffff;

  // Resources.
  const resIds: string[] = [];
  const resIndex = new Map<string, number>();
  const capRaw: number[] = [];
  const profRaw: (readonly number[] | null)[] = [];
  for (let k = 0; k < K; k++) {
    const r = R[k];
    if (typeof r !== 'object' || r === null) fail(`resources[${k}] must be an object, got ${show(r)}`);
    const { id, capacity, profile } = r as { id?: unknown; capacity?: unknown; profile?: unknown };
    if (typeof id !== 'string' || id === '') fail(`resources[${k}] needs a non-empty string id, got ${show(id)}`);
    const rid = id as string;
    if (resIndex.has(rid)) fail(`duplicate resource id ${q(rid)}`);
    if (typeof capacity !== 'number' || !Number.isFinite(capacity) || capacity < 0)
      fail(`capacity of resource ${q(rid)} must be a finite number >= 0, got ${show(capacity)}`);
    let prof: readonly number[] | null = null;
    if (profile !== undefined) {
      if (!Array.isArray(profile)) fail(`profile of resource ${q(rid)} must be an array, got ${show(profile)}`);
      (profile as unknown[]).forEach((v, t) => {
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
          fail(`profile of resource ${q(rid)}: period ${t} must be a finite number >= 0, got ${show(v)}`);
      });
      prof = profile as readonly number[];
    }
    resIds.push(rid);
    resIndex.set(rid, k);
    capRaw.push(capacity as number);
    profRaw.push(prof);
  }

  // Projects.
  const projIds: string[] = [];
  const projIndex = new Map<string, number>();
  const projRel: number[] = [];
  const projW: number[] = [];
  for (let j = 0; j < PJ.length; j++) {
    const pj = PJ[j];
    if (typeof pj !== 'object' || pj === null) fail(`projects[${j}] must be an object, got ${show(pj)}`);
    const { id, release, weight } = pj as { id?: unknown; release?: unknown; weight?: unknown };
    if (typeof id !== 'string' || id === '') fail(`projects[${j}] needs a non-empty string id, got ${show(id)}`);
    if (projIndex.has(id as string)) fail(`duplicate project id ${q(id as string)}`);
    if (release !== undefined && !(isInt(release) && release >= 0)) fail(`release of project ${q(id as string)} must be an integer >= 0, got ${show(release)}`);
    if (weight !== undefined && (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0))
      fail(`weight of project ${q(id as string)} must be a finite number > 0, got ${show(weight)}`);
    projIndex.set(id as string, j);
    projIds.push(id as string);
    projRel.push((release as number | undefined) ?? 0);
    projW.push((weight as number | undefined) ?? 1);
  }

  // Calendars.
  const calsIn = (instance.calendars ?? []) as unknown;
  if (!Array.isArray(calsIn)) fail(`instance.calendars must be an array, got ${show(calsIn)}`);
  const calIndex = new Map<string, number>();
  const calBreaks: (readonly (readonly [number, number])[])[] = [];
  (calsIn as readonly unknown[]).forEach((c, x) => {
    if (typeof c !== 'object' || c === null) fail(`calendars[${x}] must be an object, got ${show(c)}`);
    const { id, breaks } = c as Record<string, unknown>;
    if (typeof id !== 'string' || id === '') fail(`calendars[${x}] needs a non-empty string id, got ${show(id)}`);
    if (calIndex.has(id as string)) fail(`duplicate calendar id ${q(id as string)}`);
    if (!Array.isArray(breaks)) fail(`breaks of calendar ${q(id as string)} must be an array of [from, to) pairs, got ${show(breaks)}`);
    let prevTo = -Infinity;
    (breaks as unknown[]).forEach((b, y) => {
      const where = `calendar ${q(id as string)}: breaks[${y}]`;
      if (!Array.isArray(b) || b.length !== 2 || !isInt(b[0]) || !isInt(b[1]))
        fail(`${where} must be a pair [from, to) of integers (from -67108863 to 67108863), got ${show(b)}`);
      const [f, t] = b as [number, number];
      if (t <= f) fail(`${where} must have from < to, got [${f}, ${t}]`);
      if (f < prevTo) fail(`${where} [${f}, ${t}] overlaps or comes before the previous break (ending at ${prevTo}): breaks must be sorted and disjoint`);
      prevTo = t;
    });
    calIndex.set(id as string, calIndex.size);
    calBreaks.push(breaks as readonly (readonly [number, number])[]);
  });
  const calRaw = new Int32Array(n).fill(-1);

  // Activities.
  const ids: string[] = new Array<string>(n);
  const index = new Map<string, number>();
  const p = new Int32Array(n);
  const demRaw = new Float64Array(n * K);
  const release = new Int32Array(n);
  const deadline = new Int32Array(n).fill(NO_DEADLINE);
  const proj = new Int32Array(n).fill(-1);
  const groupRaw: { act: number; units: number; res: number[]; label: string }[] = [];
  let implicit = false;
  for (let i = 0; i < n; i++) {
    const a = A[i];
    if (typeof a !== 'object' || a === null) fail(`activities[${i}] must be an object, got ${show(a)}`);
    const { id, duration, demands, release: rel, deadline: dl, project } = a as Record<string, unknown>;
    if (typeof id !== 'string' || id === '') fail(`activities[${i}] needs a non-empty string id, got ${show(id)}`);
    const aid = id as string;
    if (index.has(aid)) fail(`duplicate activity id ${q(aid)}`);
    index.set(aid, i);
    ids[i] = aid;
    if (!isInt(duration) || duration < 0) fail(`duration of activity ${q(aid)} must be an integer >= 0 (at most 67108863), got ${show(duration)}`);
    p[i] = duration as number;
    if (demands !== undefined) {
      if (!Array.isArray(demands)) fail(`demands of activity ${q(aid)} must be an array, got ${show(demands)}`);
      const ds = demands as unknown[];
      if (ds.length > K) fail(`activity ${q(aid)} has ${ds.length} demands but there are ${K} resources`);
      for (let k = 0; k < ds.length; k++) {
        const v = ds[k];
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
          fail(`demand of activity ${q(aid)} on resource ${q(resIds[k]!)} must be a finite number >= 0, got ${show(v)}`);
        demRaw[i * K + k] = v as number;
      }
    }
    const gds = (a as { groupDemands?: unknown }).groupDemands;
    if (gds !== undefined) {
      if (!Array.isArray(gds)) fail(`groupDemands of activity ${q(aid)} must be an array, got ${show(gds)}`);
      (gds as unknown[]).forEach((g, x) => {
        const where = `activity ${q(aid)}: groupDemands[${x}]`;
        if (typeof g !== 'object' || g === null) fail(`${where} must be an object, got ${show(g)}`);
        const { units, resources: rs, label } = g as Record<string, unknown>;
        if (typeof units !== 'number' || !Number.isFinite(units) || units < 0) fail(`${where}: units must be a finite number >= 0, got ${show(units)}`);
        if (!Array.isArray(rs) || rs.length === 0) fail(`${where}: resources must be a non-empty array of resource ids, got ${show(rs)}`);
        if (label !== undefined && typeof label !== 'string') fail(`${where}: label must be a string, got ${show(label)}`);
        const ks: number[] = [];
        for (const rid of rs as unknown[]) {
          const k = typeof rid === 'string' ? resIndex.get(rid) : undefined;
          if (k === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${where} names unknown resource ${show(rid)}`);
          if (ks.includes(k)) fail(`${where} names resource ${q(rid as string)} twice`);
          ks.push(k);
        }
        ks.sort((u, v) => u - v);
        groupRaw.push({ act: i, units: units as number, res: ks, label: (label as string | undefined) ?? ks.map((k) => resIds[k]!).join('|') });
      });
    }
    if (rel !== undefined && !(isInt(rel) && rel >= 0)) fail(`release of activity ${q(aid)} must be an integer >= 0, got ${show(rel)}`);
    if (dl !== undefined) {
      if (!isInt(dl)) fail(`deadline of activity ${q(aid)} must be an integer, got ${show(dl)}`);
      deadline[i] = dl as number;
    }
    let pj = -1;
    if (project !== undefined) {
      if (typeof project !== 'string' || !projIndex.has(project)) fail(`activity ${q(aid)} names unknown project ${show(project)}`);
      pj = projIndex.get(project as string)!;
    } else implicit = true;
    proj[i] = pj;
    release[i] = Math.max((rel as number | undefined) ?? 0, pj >= 0 ? projRel[pj]! : 0);
    const calendar = (a as { calendar?: unknown }).calendar;
    if (calendar !== undefined) {
      const c = typeof calendar === 'string' ? calIndex.get(calendar) : undefined;
      if (c === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: activity ${q(aid)} names unknown calendar ${show(calendar)}`);
      calRaw[i] = c;
    }
  }
  // Only calendars with breaks that some activity works on matter; without any, the plain path.
  const calUsed: number[] = [];
  const calMap = new Int32Array(calBreaks.length).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = calRaw[i]!;
    if (c < 0 || calBreaks[c]!.length === 0) {
      calRaw[i] = -1;
      continue;
    }
    if (calMap[c] === -1) calMap[c] = calUsed.push(c) - 1;
    calRaw[i] = calMap[c]!;
  }
  const withCal = calUsed.length > 0;
  let lastBreakEnd = 0;
  for (const c of calUsed) {
    const bs = calBreaks[c]!;
    lastBreakEnd = Math.max(lastBreakEnd, bs[bs.length - 1]![1]);
  }
  if (implicit || projIds.length === 0) {
    const j = projIds.length;
    projIds.push('');
    projRel.push(0);
    projW.push(1);
    for (let i = 0; i < n; i++) if (proj[i] === -1) proj[i] = j;
  }
  const nProj = projIds.length;

  // Scale demands and capacities to integers.
  const values: number[] = [...capRaw];
  for (const pr of profRaw) if (pr !== null) for (const v of pr) values.push(v);
  for (let x = 0; x < demRaw.length; x++) if (demRaw[x] !== 0) values.push(demRaw[x]!);
  for (const g of groupRaw) if (g.units !== 0) values.push(g.units);
  let scale = 1;
  const maxVal = values.reduce((m, v) => (v > m ? v : m), 0);
  for (let e = 0; e <= 6; e++) {
    const s = 10 ** e;
    if (maxVal * s > 0x3fffffff) break;
    scale = s;
    if (values.every((v) => Math.abs(v * s - Math.round(v * s)) <= 1e-9 * Math.max(1, v * s))) break;
  }
  const toDem = (v: number): number => {
    const x = v * scale;
    const r = Math.round(x);
    return Math.abs(x - r) <= 1e-9 * Math.max(1, x) ? r : Math.ceil(x);
  };
  const toCap = (v: number): number => {
    const x = v * scale;
    const r = Math.round(x);
    return Math.abs(x - r) <= 1e-9 * Math.max(1, x) ? r : Math.floor(x);
  };
  const cap = new Int32Array(K);
  let profLen = 0;
  for (let k = 0; k < K; k++) {
    cap[k] = toCap(capRaw[k]!);
    const pr = profRaw[k];
    if (pr !== null && pr !== undefined && pr.length > profLen) profLen = pr.length;
  }
  let prof: Int32Array | null = null;
  if (profLen > 0) {
    prof = new Int32Array(K * profLen);
    for (let k = 0; k < K; k++) {
      const pr = profRaw[k];
      for (let t = 0; t < profLen; t++) prof[k * profLen + t] = pr !== null && pr !== undefined && t < pr.length ? toCap(pr[t]!) : cap[k]!;
    }
  }
  // Workers: the resources named by some group demand (of an activity that takes time).
  const wOf = new Int32Array(K).fill(-1);
  const wRes: number[] = [];
  for (const g of groupRaw) {
    if (p[g.act] === 0 || g.units === 0) continue;
    for (const k of g.res) if (wOf[k] === -1) wOf[k] = wRes.push(k) - 1;
  }
  const dem = new Int32Array(n * K);
  const useOffArr = new Int32Array(n + 1);
  const useResList: number[] = [];
  const useAmtList: number[] = [];
  for (let i = 0; i < n; i++) {
    useOffArr[i] = useResList.length;
    for (let k = 0; k < K; k++) {
      const v = demRaw[i * K + k]!;
      if (v === 0) continue;
      const d = toDem(v);
      dem[i * K + k] = d;
      if (d > cap[k]! && p[i]! > 0)
        fail(
          `activity ${q(ids[i]!)} asks for ${v} of resource ${q(resIds[k]!)}, more than its capacity ${capRaw[k]!}${profLen > 0 ? ' (after its profile)' : ''}: no schedule exists`,
        );
      if (p[i]! > 0 && d > 0 && wOf[k] === -1) {
        useResList.push(k);
        useAmtList.push(d);
      }
    }
  }
  useOffArr[n] = useResList.length;

  // Assignment layer: classes, needs, signatures.
  let asg: AsgProblem | null = null;
  const busy = new Uint8Array(n);
  const util = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (useOffArr[i + 1]! > useOffArr[i]!) busy[i] = 1;
    for (let u = useOffArr[i]!; u < useOffArr[i + 1]!; u++) util[i]! += cap[useResList[u]!]! > 0 ? useAmtList[u]! / cap[useResList[u]!]! : 0;
  }
  if (wRes.length > 0) {
    const nw = wRes.length;
    const clsIndex = new Map<string, number>();
    const clsList: number[][] = [];
    const clsLabel: string[] = [];
    const classOf = (ws: number[], label: string): number => {
      const key = ws.join(',');
      let c = clsIndex.get(key);
      if (c === undefined) {
        c = clsList.length;
        clsIndex.set(key, c);
        clsList.push(ws);
        clsLabel.push(label);
      }
      return c;
    };
    const byAct: { cls: number; amt: number; sat: number }[][] = Array.from({ length: n }, () => []);
    for (let i = 0; i < n; i++) {
      if (p[i] === 0) continue;
      for (let k = 0; k < K; k++) {
        const d = dem[i * K + k]!;
        if (d > 0 && wOf[k]! >= 0) byAct[i]!.push({ cls: classOf([wOf[k]!], `resource:${resIds[k]!}`), amt: d, sat: 0 });
      }
    }
    for (const g of groupRaw) {
      if (p[g.act] === 0 || g.units === 0) continue;
      const ws = g.res.map((k) => wOf[k]!).sort((u, v) => u - v);
      byAct[g.act]!.push({ cls: classOf(ws, g.label), amt: toDem(g.units), sat: 1 });
    }
    // Members of each class from the least to the most contended (total units of the needs that
    // may use them), so that greedy assignments keep the scarce people for the demands that need them.
    const contention = new Float64Array(wRes.length);
    for (const list of byAct) for (const x of list) for (const w of clsList[x.cls]!) contention[w]! += x.amt / clsList[x.cls]!.length;
    for (const ws of clsList) ws.sort((u, v) => contention[u]! - contention[v]! || u - v);
    const clsOff = new Int32Array(clsList.length + 1);
    for (let c = 0; c < clsList.length; c++) clsOff[c + 1] = clsOff[c]! + clsList[c]!.length;
    const clsW = Int32Array.from(clsList.flat());
    const needOff = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) needOff[i + 1] = needOff[i]! + byAct[i]!.length;
    const needCls = new Int32Array(needOff[n]!);
    const needAmt = new Float64Array(needOff[n]!);
    const needSat = new Uint8Array(needOff[n]!);
    for (let i = 0; i < n; i++)
      byAct[i]!.forEach((x, o) => {
        needCls[needOff[i]! + o] = x.cls;
        needAmt[needOff[i]! + o] = x.amt;
        needSat[needOff[i]! + o] = x.sat;
      });
    for (let i = 0; i < n; i++) {
      if (byAct[i]!.length > 0) busy[i] = 1;
      for (const x of byAct[i]!) {
        let c = 0;
        for (const w of clsList[x.cls]!) c += cap[wRes[w]!]!;
        if (c > 0) util[i]! += x.amt / c;
      }
    }
    // Signatures: distinct capacity vectors of the workers.
    const sigIndex = new Map<string, number>();
    const sigCapList: number[] = [];
    const sigOf = (vec: number[]): number => {
      const key = vec.join(',');
      let x = sigIndex.get(key);
      if (x === undefined) {
        x = sigIndex.size;
        sigIndex.set(key, x);
        sigCapList.push(...vec);
      }
      return x;
    };
    const sigConst = sigOf(wRes.map((k) => cap[k]!));
    const sig = new Int32Array(profLen);
    const vec = new Array<number>(nw);
    for (let t = 0; t < profLen; t++) {
      for (let w = 0; w < nw; w++) vec[w] = prof![wRes[w]! * profLen + t]!;
      sig[t] = sigOf(vec);
    }
    asg = {
      nw,
      wRes: Int32Array.from(wRes),
      nc: clsList.length,
      clsOff,
      clsW,
      clsLabel,
      needOff,
      needCls,
      needAmt,
      needSat,
      nSig: sigIndex.size,
      sigCap: Int32Array.from(sigCapList),
      sig,
      sigConst,
    };
  }

  // Precedences.
  const m = P.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const dist = new Int32Array(m);
  const tyRaw = new Int32Array(m);
  const lagRaw = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const l = P[e];
    if (typeof l !== 'object' || l === null) fail(`precedences[${e}] must be an object, got ${show(l)}`);
    const { from: f, to: t, type, lag } = l as Record<string, unknown>;
    if (typeof f !== 'string' || !index.has(f)) {
      throw new PmoError('UNKNOWN_ID', `${fn}: precedences[${e}] comes from unknown activity ${show(f)}`);
    }
    if (typeof t !== 'string' || !index.has(t)) {
      throw new PmoError('UNKNOWN_ID', `${fn}: precedences[${e}] goes to unknown activity ${show(t)}`);
    }
    const ty = type ?? 'FS';
    if (typeof ty !== 'string' || !TYPES.has(ty)) fail(`precedences[${e}] (${q(f)} -> ${q(t)}) has unknown type ${show(type)}`);
    if (lag !== undefined && !isInt(lag)) fail(`precedences[${e}] (${q(f)} -> ${q(t)}) needs an integer lag, got ${show(lag)}`);
    const u = index.get(f)!;
    const v = index.get(t)!;
    if (u === v) fail(`precedences[${e}] links activity ${q(f)} to itself`);
    from[e] = u;
    to[e] = v;
    dist[e] = linkDistance(ty as string, (lag as number | undefined) ?? 0, p[u]!, p[v]!);
    tyRaw[e] = (ty === 'FS' || ty === 'FF' ? 1 : 0) | (ty === 'FF' || ty === 'SF' ? 2 : 0);
    lagRaw[e] = (lag as number | undefined) ?? 0;
  }
  const sucOff = new Int32Array(n + 1);
  const predOff = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    sucOff[from[e]! + 1]!++;
    predOff[to[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) {
    sucOff[i + 1]! += sucOff[i]!;
    predOff[i + 1]! += predOff[i]!;
  }
  const sucTo = new Int32Array(m);
  const sucD = new Int32Array(m);
  const predFrom = new Int32Array(m);
  const predD = new Int32Array(m);
  const sucTy = withCal ? new Int32Array(m) : null;
  const sucLag = withCal ? new Int32Array(m) : null;
  const predTy = withCal ? new Int32Array(m) : null;
  const predLag = withCal ? new Int32Array(m) : null;
  {
    const fs = sucOff.slice(0, n);
    const fp = predOff.slice(0, n);
    for (let e = 0; e < m; e++) {
      const u = from[e]!;
      const v = to[e]!;
      const s = fs[u]!++;
      sucTo[s] = v;
      sucD[s] = dist[e]!;
      const r = fp[v]!++;
      predFrom[r] = u;
      predD[r] = dist[e]!;
      if (withCal) {
        sucTy![s] = predTy![r] = tyRaw[e]!;
        sucLag![s] = predLag![r] = lagRaw[e]!;
      }
    }
  }
  let fwdNonNeg = true;
  let bwdNonNeg = true;
  for (let e = 0; e < m; e++) {
    if (dist[e]! < 0) fwdNonNeg = false;
    if (dist[e]! + p[to[e]!]! - p[from[e]!]! < 0) bwdNonNeg = false;
  }
  if (withCal) {
    // On calendars a start never precedes its predecessor's only for SS links and FS links from an
    // activity that takes time or has no calendar, with lags >= 0; finishes are not ordered.
    bwdNonNeg = false;
    for (let e = 0; e < m && fwdNonNeg; e++) {
      const t = tyRaw[e]!;
      if (lagRaw[e]! < 0 || (t & 2) !== 0 || ((t & 1) !== 0 && p[from[e]!] === 0 && calRaw[from[e]!] !== -1)) fwdNonNeg = false;
    }
  }

  // Topological order (Kahn, smallest index first via a binary heap for determinism).
  const indeg = new Int32Array(n);
  for (let e = 0; e < m; e++) indeg[to[e]!]!++;
  const topo = new Int32Array(n);
  const heap = new Int32Array(n);
  let hs = 0;
  const push = (x: number): void => {
    let i = hs++;
    while (i > 0) {
      const par = (i - 1) >> 1;
      if (heap[par]! <= x) break;
      heap[i] = heap[par]!;
      i = par;
    }
    heap[i] = x;
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap[--hs]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= hs) break;
      if (c + 1 < hs && heap[c + 1]! < heap[c]!) c++;
      if (heap[c]! >= last) break;
      heap[i] = heap[c]!;
      i = c;
    }
    heap[i] = last;
    return top;
  };
  for (let i = 0; i < n; i++) if (indeg[i] === 0) push(i);
  let tn = 0;
  while (hs > 0) {
    const u = pop();
    topo[tn++] = u;
    for (let s = sucOff[u]!; s < sucOff[u + 1]!; s++) if (--indeg[sucTo[s]!]! === 0) push(sucTo[s]!);
  }
  if (tn < n) throw new CycleError(fn, extractCycle(n, sucOff, sucTo, indeg).map((i) => ids[i]!));

  // Horizon of the profile buffers: any serial or parallel pass, forward or backward, ends within it.
  let maxRelease = 0;
  for (let i = 0; i < n; i++) if (release[i]! > maxRelease) maxRelease = release[i]!;
  let sumF = 0;
  let sumB = 0;
  const extraOut = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    let extraIn = 0;
    for (let s = predOff[j]!; s < predOff[j + 1]!; s++) {
      const x = predD[s]! - p[predFrom[s]!]!;
      if (x > extraIn) extraIn = x;
      if (x > extraOut[predFrom[s]!]!) extraOut[predFrom[s]!] = x;
    }
    sumF += p[j]! + extraIn;
  }
  for (let i = 0; i < n; i++) sumB += p[i]! + extraOut[i]!;
  // Before 0 a calendar matters down to its (sumB + 1)-th working period: a milestone's finish
  // instant is at its last working period before its start, and a backward pass goes down at most
  // sumB positions. Breaks further back can change no result and are left out of the tables.
  let before0 = 0;
  for (const c of calUsed) before0 = Math.max(before0, breaksWithin(calBreaks[c]!, sumB + 1));
  // On calendars a chain of placements also waits through breaks: at most once per period of a
  // break (a backward pass below 0 through the breaks before 0 too).
  const H = Math.max(profLen, maxRelease) + lastBreakEnd + before0 + Math.max(sumF, sumB) + 2;
  if (H * Math.max(K, 1) > 0x7fffffff / 8)
    fail(`the time axis is too long (${H} periods for ${K} resources${lastBreakEnd + before0 > 0 ? `, counting ${lastBreakEnd} periods up to the calendars' last break and ${before0} periods of breaks before 0` : ''}): reduce durations, lags, release dates or calendar breaks`);
  // The calendar tables hold two Int32 entries per period in [-H, H] for each calendar used (H
  // covers every break, before 0 too).
  if (withCal && calUsed.length * H > 0x3ffffff)
    fail(`the time axis is too long for its calendars (${calUsed.length} calendar${calUsed.length === 1 ? '' : 's'} × ${H} periods, counting breaks up to period ${lastBreakEnd}${before0 > 0 ? ` and ${before0} periods of breaks before 0` : ''}; calendars × periods must stay within ${0x3ffffff}): reduce the horizon or the calendars' breaks`);

  const cal = withCal
    ? tabulate(
        calUsed.map((c) => [...calIndex.keys()][c]!),
        calUsed.map((c) => calBreaks[c]!),
        -H,
        H,
      )
    : null;
  const calOf = withCal ? calRaw : null;

  // Critical path with release dates.
  const es = new Int32Array(n);
  const ls = new Int32Array(n);
  let cpLength = 0;
  const projRelease = Int32Array.from(projRel);
  const projCpd = new Int32Array(nProj);
  if (cal === null) {
    for (let x = 0; x < n; x++) {
      const j = topo[x]!;
      let t = release[j]!;
      for (let s = predOff[j]!; s < predOff[j + 1]!; s++) {
        const v = es[predFrom[s]!]! + predD[s]!;
        if (v > t) t = v;
      }
      es[j] = t;
      if (t + p[j]! > cpLength) cpLength = t + p[j]!;
    }
    for (let x = n - 1; x >= 0; x--) {
      const i = topo[x]!;
      let t = cpLength - p[i]!;
      for (let s = sucOff[i]!; s < sucOff[i + 1]!; s++) {
        const v = ls[sucTo[s]!]! - sucD[s]!;
        if (v < t) t = v;
      }
      ls[i] = t;
    }

    // Per-project critical-path durations (own arcs only).
    const esp = new Int32Array(n);
    const projFinish = Int32Array.from(projRel);
    for (let x = 0; x < n; x++) {
      const j = topo[x]!;
      const pj = proj[j]!;
      let t = release[j]!;
      for (let s = predOff[j]!; s < predOff[j + 1]!; s++) {
        const i = predFrom[s]!;
        if (proj[i] !== pj) continue;
        const v = esp[i]! + predD[s]!;
        if (v > t) t = v;
      }
      esp[j] = t;
      if (t + p[j]! > projFinish[pj]!) projFinish[pj] = t + p[j]!;
    }
    for (let j = 0; j < nProj; j++) projCpd[j] = projFinish[j]! - projRelease[j]!;
  } else {
    // The same on calendars: starts on working periods, links through positions (calendarTable.ts).
    const cp = { p, calOf, cal };
    const early = (own: boolean, out: Int32Array, projFinish: Int32Array | null): number => {
      let ms = 0;
      for (let x = 0; x < n; x++) {
        const j = topo[x]!;
        let t = release[j]!;
        for (let s = predOff[j]!; s < predOff[j + 1]!; s++) {
          const i = predFrom[s]!;
          if (own && proj[i] !== proj[j]) continue;
          const v = linkBound(cp, i, j, predTy![s]!, predLag![s]!, out[i]!);
          if (v > t) t = v;
        }
        t = nextWork(cal, calRaw[j]!, t);
        out[j] = t;
        const f = finishOf(cp, j, t);
        if (f > ms) ms = f;
        if (projFinish !== null && f > projFinish[proj[j]!]!) projFinish[proj[j]!] = f;
      }
      return ms;
    };
    cpLength = early(false, es, null);
    for (let x = n - 1; x >= 0; x--) {
      const i = topo[x]!;
      let t = latestStartBy(cp, i, cpLength);
      for (let s = sucOff[i]!; s < sucOff[i + 1]!; s++) {
        const v = linkLatest(cp, i, sucTo[s]!, sucTy![s]!, sucLag![s]!, ls[sucTo[s]!]!);
        if (v < t) t = v;
      }
      ls[i] = t;
    }
    const projFinish = Int32Array.from(projRel);
    early(true, new Int32Array(n), projFinish);
    for (let j = 0; j < nProj; j++) projCpd[j] = projFinish[j]! - projRelease[j]!;
  }

  // Resource lower bound: the first time T by which each resource's capacity covers its work.
  let lowerBound = cpLength;
  let minRelease = n > 0 ? 0x3fffffff : 0;
  for (let i = 0; i < n; i++) if (release[i]! < minRelease) minRelease = release[i]!;
  for (let k = 0; k < K; k++) {
    let work = 0;
    for (let i = 0; i < n; i++) work += dem[i * K + k]! * p[i]!;
    if (work === 0) continue;
    let t = minRelease;
    let acc = 0;
    while (t < profLen && acc < work) {
      acc += prof![k * profLen + t]!;
      t++;
    }
    if (acc < work) t += Math.ceil((work - acc) / cap[k]!);
    if (t > lowerBound) lowerBound = t;
  }
  // The same for group demands: for each class, the least work its needs and the needs of the
  // classes inside it can ask (each need's smallest ask over the capacity signatures, times its
  // duration) against the class's capacity over time.
  if (asg !== null) {
    const router = new Router(asg.clsOff, asg.clsW, asg.nw);
    const least = new Float64Array(asg.needCls.length).fill(Infinity);
    for (let sg = 0; sg < asg.nSig; sg++)
      for (let i = 0; i < n; i++) {
        if (asg.needOff[i + 1] === asg.needOff[i]) continue;
        router.start(asg.sigCap, sg * asg.nw);
        for (let x = asg.needOff[i]!; x < asg.needOff[i + 1]!; x++) {
          const got = router.add(asg.needCls[x]!, asg.needAmt[x]!);
          const e = asg.needSat[x] ? got : asg.needAmt[x]!;
          if (e < least[x]!) least[x] = e;
        }
      }
    const members = Array.from({ length: asg.nc }, (_, c) => new Set(asg!.clsW.subarray(asg!.clsOff[c]!, asg!.clsOff[c + 1]!)));
    for (let c = 0; c < asg.nc; c++) {
      let work = 0;
      for (let i = 0; i < n; i++)
        for (let x = asg.needOff[i]!; x < asg.needOff[i + 1]!; x++) {
          const d = asg.needCls[x]!;
          let inside = true;
          for (let m = asg.clsOff[d]!; m < asg.clsOff[d + 1]! && inside; m++) if (!members[c]!.has(asg.clsW[m]!)) inside = false;
          if (inside) work += least[x]! * p[i]!;
        }
      if (work === 0) continue;
      let capC = 0;
      for (const w of members[c]!) capC += cap[asg.wRes[w]!]!;
      let t = minRelease;
      let acc = 0;
      while (t < profLen && acc < work) {
        for (const w of members[c]!) acc += prof![asg.wRes[w]! * profLen + t]!;
        t++;
      }
      if (acc < work) {
        if (capC === 0) continue;
        t += Math.ceil((work - acc) / capC);
      }
      if (t > lowerBound) lowerBound = t;
    }
  }

  return {
    n,
    K,
    ids,
    resIds,
    p,
    dem,
    useOff: useOffArr,
    useRes: Int32Array.from(useResList),
    useAmt: Int32Array.from(useAmtList),
    cap,
    profLen,
    prof,
    scale,
    sucOff,
    sucTo,
    sucD,
    predOff,
    predFrom,
    predD,
    fwdNonNeg,
    bwdNonNeg,
    release,
    deadline,
    topo,
    es,
    ls,
    cpLength,
    lowerBound,
    H,
    proj,
    nProj,
    projIds,
    projRelease,
    projWeight: Float64Array.from(projW),
    projCpd,
    asg,
    busy,
    util,
    cal,
    calOf,
    sucTy,
    sucLag,
    predTy,
    predLag,
  };
}

/**
 * Periods of breaks a calendar has between 0 and its `need`-th working period before 0 (breaks
 * sorted and disjoint). O(breaks).
 */
function breaksWithin(bs: readonly (readonly [number, number])[], need: number): number {
  let t = 0;
  let len = 0;
  for (let b = bs.length - 1; b >= 0 && need > 0; b--) {
    const f = bs[b]![0];
    if (f >= 0) continue;
    const e = Math.min(bs[b]![1], 0);
    const free = t - e;
    if (free >= need) break;
    need -= free;
    len += e - f;
    t = f;
  }
  return len;
}
