/**
 * From the public {@link RcpspInstance} to the compiled {@link Problem}, in the order its checks
 * run: the input checks (readInstance.ts), the integer amounts (integerAmounts.ts), the assignment
 * layer (assignmentLayer.ts), the precedences (precedenceArcs.ts), the topological order
 * (topoOrder.ts), the time axis (horizon.ts) and the bounds (bounds.ts). Private.
 */
import type { RcpspInstance } from '../rcpspTypes.js';
import { assignmentLayer } from './assignmentLayer.js';
import { criticalPath, lowerBound } from './bounds.js';
import { horizon } from './horizon.js';
import { integerAmounts } from './integerAmounts.js';
import { precedenceArcs } from './precedenceArcs.js';
import type { Problem } from './problem.js';
import { readInstance } from './readInstance.js';
import { topoOrder } from './topoOrder.js';

/**
 * Validates and compiles a public instance. O(n K + m + n log n), plus the calendar tables
 * (calendars × horizon) and, with group demands, the routing of the lower bound.
 * @param fn - name of the public function (for messages)
 * @throws PmoError `INVALID_ARGUMENT` / `UNKNOWN_ID` for malformed input (see readInstance.ts,
 *   integerAmounts.ts, precedenceArcs.ts, horizon.ts); {@link CycleError} when the precedences
 *   form a cycle
 */
export function compileProblem(fn: string, instance: RcpspInstance): Problem {
  const raw = readInstance(fn, instance);
  const withCal = raw.calIds.length > 0;
  const am = integerAmounts(fn, raw);
  const { asg, busy, util } = assignmentLayer(raw, am);
  const arcs = precedenceArcs(fn, raw, withCal);
  const topo = topoOrder(fn, raw.n, arcs.sucOff, arcs.sucTo, raw.ids);
  const { H, cal } = horizon(fn, raw, arcs, am.profLen);
  const cp = criticalPath(raw, arcs, topo, cal);
  return {
    n: raw.n,
    K: raw.K,
    ids: raw.ids,
    resIds: raw.resIds,
    p: raw.p,
    dem: am.dem,
    useOff: am.useOff,
    useRes: am.useRes,
    useAmt: am.useAmt,
    cap: am.cap,
    profLen: am.profLen,
    prof: am.prof,
    scale: am.scale,
    sucOff: arcs.sucOff,
    sucTo: arcs.sucTo,
    sucD: arcs.sucD,
    predOff: arcs.predOff,
    predFrom: arcs.predFrom,
    predD: arcs.predD,
    fwdNonNeg: arcs.fwdNonNeg,
    bwdNonNeg: arcs.bwdNonNeg,
    release: raw.release,
    deadline: raw.deadline,
    topo,
    es: cp.es,
    ls: cp.ls,
    cpLength: cp.cpLength,
    lowerBound: lowerBound(raw, am, asg, cp.cpLength),
    H,
    proj: raw.proj,
    nProj: raw.projIds.length,
    projIds: raw.projIds,
    projRelease: cp.projRelease,
    projWeight: Float64Array.from(raw.projW),
    projCpd: cp.projCpd,
    asg,
    busy,
    util,
    cal,
    calOf: withCal ? raw.calOf : null,
    sucTy: arcs.sucTy,
    sucLag: arcs.sucLag,
    predTy: arcs.predTy,
    predLag: arcs.predLag,
  };
}
