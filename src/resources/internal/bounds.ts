/**
 * The bounds of `compileProblem`: early and late starts of the critical path with release dates
 * (on calendars too), each project's critical-path duration alone, and the resource lower bound of
 * the makespan (dedicated demands per resource, group demands per class). Private.
 */
import { finishOf, latestStartBy, linkBound, linkLatest, nextWork, type CalendarTable } from './calendarTable.js';
import type { IntegerAmounts } from './integerAmounts.js';
import type { PrecedenceArcs } from './precedenceArcs.js';
import type { AsgProblem } from './problem.js';
import type { RawInstance } from './readInstance.js';
import { Router } from './router.js';

/** The critical path with release dates. */
export interface CriticalPath {
  /** Early and late starts (late against `cpLength`). */
  readonly es: Int32Array;
  readonly ls: Int32Array;
  /** Length of the critical path (the latest early finish). */
  readonly cpLength: number;
  /** Release date of each project. */
  readonly projRelease: Int32Array;
  /** Critical-path duration of each project alone (its own arcs), from its release. */
  readonly projCpd: Int32Array;
}

/** Computes the critical path, plain or on calendars. O((n + m) × calendar lookups). */
export function criticalPath(raw: RawInstance, arcs: PrecedenceArcs, topo: Int32Array, cal: CalendarTable | null): CriticalPath {
  const projRelease = Int32Array.from(raw.projRel);
  return cal === null ? plainCriticalPath(raw, arcs, topo, projRelease) : calendarCriticalPath(raw, arcs, topo, cal, projRelease);
}

function plainCriticalPath(raw: RawInstance, arcs: PrecedenceArcs, topo: Int32Array, projRelease: Int32Array): CriticalPath {
  const { n, p, release, proj } = raw;
  const { sucOff, sucTo, sucD, predOff, predFrom, predD } = arcs;
  const nProj = raw.projIds.length;
  const es = new Int32Array(n);
  const ls = new Int32Array(n);
  const projCpd = new Int32Array(nProj);
  let cpLength = 0;
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
  const projFinish = Int32Array.from(raw.projRel);
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
  return { es, ls, cpLength, projRelease, projCpd };
}

/** The same on calendars: starts on working periods, links through positions (calendarTable.ts). */
function calendarCriticalPath(raw: RawInstance, arcs: PrecedenceArcs, topo: Int32Array, cal: CalendarTable, projRelease: Int32Array): CriticalPath {
  const { n, p, release, proj, calOf } = raw;
  const { sucOff, sucTo, predOff, predFrom } = arcs;
  const predTy = arcs.predTy!;
  const predLag = arcs.predLag!;
  const nProj = raw.projIds.length;
  const es = new Int32Array(n);
  const ls = new Int32Array(n);
  const projCpd = new Int32Array(nProj);
  const cp = { p, calOf, cal };
  const early = (own: boolean, out: Int32Array, projFinish: Int32Array | null): number => {
    let ms = 0;
    for (let x = 0; x < n; x++) {
      const j = topo[x]!;
      let t = release[j]!;
      for (let s = predOff[j]!; s < predOff[j + 1]!; s++) {
        const i = predFrom[s]!;
        if (own && proj[i] !== proj[j]) continue;
        const v = linkBound(cp, i, j, predTy[s]!, predLag[s]!, out[i]!);
        if (v > t) t = v;
      }
      t = nextWork(cal, calOf[j]!, t);
      out[j] = t;
      const f = finishOf(cp, j, t);
      if (f > ms) ms = f;
      if (projFinish !== null && f > projFinish[proj[j]!]!) projFinish[proj[j]!] = f;
    }
    return ms;
  };
  const cpLength = early(false, es, null);
  for (let x = n - 1; x >= 0; x--) {
    const i = topo[x]!;
    let t = latestStartBy(cp, i, cpLength);
    for (let s = sucOff[i]!; s < sucOff[i + 1]!; s++) {
      const v = linkLatest(cp, i, sucTo[s]!, arcs.sucTy![s]!, arcs.sucLag![s]!, ls[sucTo[s]!]!);
      if (v < t) t = v;
    }
    ls[i] = t;
  }
  const projFinish = Int32Array.from(raw.projRel);
  early(true, new Int32Array(n), projFinish);
  for (let j = 0; j < nProj; j++) projCpd[j] = projFinish[j]! - projRelease[j]!;
  return { es, ls, cpLength, projRelease, projCpd };
}

/**
 * The resource lower bound of the makespan: at least `cpLength`, and for each resource the first
 * time T by which its capacity (after its profile, from the earliest release) covers its work; the
 * same for each class of workers with the least work its needs and the needs of the classes inside
 * it can ask. O(n K + K profLen + signatures × needs × routing + classes × needs × members).
 */
export function lowerBound(raw: RawInstance, am: IntegerAmounts, asg: AsgProblem | null, cpLength: number): number {
  const { n, K, p, release } = raw;
  const { dem, cap, prof, profLen } = am;
  let lb = cpLength;
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
    if (t > lb) lb = t;
  }
  return asg === null ? lb : Math.max(lb, groupBound(raw, am, asg, minRelease));
}

/**
 * The bound of group demands: for each class, the least work its needs and the needs of the
 * classes inside it can ask (each need's smallest ask over the capacity signatures, times its
 * duration) against the class's capacity over time. 0 when no class has work.
 */
function groupBound(raw: RawInstance, am: IntegerAmounts, asg: AsgProblem, minRelease: number): number {
  const { n, p } = raw;
  const { cap, prof, profLen } = am;
  let lb = 0;
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
  const members = Array.from({ length: asg.nc }, (_, c) => new Set(asg.clsW.subarray(asg.clsOff[c]!, asg.clsOff[c + 1]!)));
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
    if (t > lb) lb = t;
  }
  return lb;
}
