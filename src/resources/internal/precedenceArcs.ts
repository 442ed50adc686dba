/**
 * The precedences of `compileProblem`: each link checked and turned into an arc with its
 * start-to-start distance (and, on calendars, its type bits and lag), stored both ways in CSR
 * form, with whether every distance forward or backward is non-negative. Private.
 */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';
import { linkDistance, type Problem } from './problem.js';
import { isInt, type RawInstance } from './readInstance.js';

/** The arcs in CSR form, as the problem holds them. */
export type PrecedenceArcs = Pick<
  Problem,
  'sucOff' | 'sucTo' | 'sucD' | 'predOff' | 'predFrom' | 'predD' | 'fwdNonNeg' | 'bwdNonNeg' | 'sucTy' | 'sucLag' | 'predTy' | 'predLag'
>;

/** The links as read, in input order. */
interface Links {
  readonly m: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Start-to-start distance. */
  readonly dist: Int32Array;
  /** Type bits: 1 from the predecessor's finish, 2 to the successor's finish. */
  readonly ty: Int32Array;
  readonly lag: Int32Array;
}

const TYPES = new Set(['FS', 'SS', 'FF', 'SF']);

const q = (s: string): string => JSON.stringify(s);

/**
 * Checks the precedences of a read instance and builds its arcs (with the type bits and lags
 * when `withCal`). O(n + m).
 * @throws PmoError `UNKNOWN_ID` for a link from or to an unknown activity, `INVALID_ARGUMENT` for a
 *   malformed link, an unknown type, a lag that is not an integer or a link of an activity to itself
 */
export function precedenceArcs(fn: string, raw: RawInstance, withCal: boolean): PrecedenceArcs {
  const links = readLinks(fn, raw);
  const { n, p } = raw;
  const { m, from, to, dist } = links;
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
      sucTy![s] = predTy![r] = links.ty[e]!;
      sucLag![s] = predLag![r] = links.lag[e]!;
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
      const t = links.ty[e]!;
      if (links.lag[e]! < 0 || (t & 2) !== 0 || ((t & 1) !== 0 && p[from[e]!] === 0 && raw.calOf[from[e]!] !== -1)) fwdNonNeg = false;
    }
  }
  return { sucOff, sucTo, sucD, predOff, predFrom, predD, fwdNonNeg, bwdNonNeg, sucTy, sucLag, predTy, predLag };
}

/** Checks and reads the links. */
function readLinks(fn: string, raw: RawInstance): Links {
  const P = raw.precedences;
  const { index, p } = raw;
  const m = P.length;
  const out: Links = { m, from: new Int32Array(m), to: new Int32Array(m), dist: new Int32Array(m), ty: new Int32Array(m), lag: new Int32Array(m) };
  for (let e = 0; e < m; e++) {
    const l = P[e];
    if (typeof l !== 'object' || l === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: precedences[${e}] must be an object, got ${show(l)}`);
    const { from: f, to: t, type, lag } = l as Record<string, unknown>;
    if (typeof f !== 'string' || !index.has(f)) {
      throw new PmoError('UNKNOWN_ID', `${fn}: precedences[${e}] comes from unknown activity ${show(f)}`);
    }
    if (typeof t !== 'string' || !index.has(t)) {
      throw new PmoError('UNKNOWN_ID', `${fn}: precedences[${e}] goes to unknown activity ${show(t)}`);
    }
    const bad = (msg: string): never => {
      throw new PmoError('INVALID_ARGUMENT', `${fn}: precedences[${e}] ${msg}`);
    };
    const ty = type ?? 'FS';
    if (typeof ty !== 'string' || !TYPES.has(ty)) bad(`(${q(f)} -> ${q(t)}) has unknown type ${show(type)}`);
    if (lag !== undefined && !isInt(lag)) bad(`(${q(f)} -> ${q(t)}) needs an integer lag, got ${show(lag)}`);
    const u = index.get(f)!;
    const v = index.get(t)!;
    if (u === v) bad(`links activity ${q(f)} to itself`);
    out.from[e] = u;
    out.to[e] = v;
    out.dist[e] = linkDistance(ty as string, (lag as number | undefined) ?? 0, p[u]!, p[v]!);
    out.ty[e] = (ty === 'FS' || ty === 'FF' ? 1 : 0) | (ty === 'FF' || ty === 'SF' ? 2 : 0);
    out.lag[e] = (lag as number | undefined) ?? 0;
  }
  return out;
}
