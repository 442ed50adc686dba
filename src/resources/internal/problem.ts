/**
 * The compiled RCPSP: dense integer activities, CSR precedence arcs with start-to-start distances,
 * integer demands and capacities in typed arrays. Every algorithm of pmo-kit/resources works on
 * this form; the public plain-object `RcpspInstance` is compiled once by `compileProblem`
 * (compileProblem.ts). Private.
 */
import type { CalendarTable } from './calendarTable.js';

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

/** Start-to-start distance of a link of type `type` (FS, SS, FF, SF; see `RcpspPrecedence`) and lag `lag` from an activity of duration `pFrom` to one of `pTo`. O(1). */
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
