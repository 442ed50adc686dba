/**
 * The assignment layer of `compileProblem`: the group demands (and the dedicated demands on their
 * resources) as needs of classes of workers, the workers of each class from the least contended
 * on, and the distinct capacity vectors of the workers over time (signatures); with which
 * activities use a resource at all and the share of capacity each one uses. Private.
 */
import { pushAll } from '../../internal/bulk.js';
import type { AsgProblem } from './problem.js';
import type { IntegerAmounts } from './integerAmounts.js';
import type { RawInstance } from './readInstance.js';

/** What the layer adds to the problem. */
export interface AssignmentLayer {
  /** The layer, null when no activity has a group demand on a worker. */
  readonly asg: AsgProblem | null;
  /** Whether each activity uses a resource at all (dedicated or group demands, duration > 0). */
  readonly busy: Uint8Array;
  /** Share of the capacity each activity uses per period, summed over resources. */
  readonly util: Float64Array;
}

/** One need as collected: class, scaled amount, whether it is a group demand. */
interface Need {
  readonly cls: number;
  readonly amt: number;
  readonly sat: number;
}

/** Compiles the assignment layer. O(n K + needs × members + profLen × workers). */
export function assignmentLayer(raw: RawInstance, am: IntegerAmounts): AssignmentLayer {
  const { n, K, p } = raw;
  const { cap, dem, useOff, useRes, useAmt, wOf, wRes } = am;
  const busy = new Uint8Array(n);
  const util = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (useOff[i + 1]! > useOff[i]!) busy[i] = 1;
    for (let u = useOff[i]!; u < useOff[i + 1]!; u++) util[i]! += cap[useRes[u]!]! > 0 ? useAmt[u]! / cap[useRes[u]!]! : 0;
  }
  if (wRes.length === 0) return { asg: null, busy, util };
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
  const byAct: Need[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    if (p[i] === 0) continue;
    for (let k = 0; k < K; k++) {
      const d = dem[i * K + k]!;
      if (d > 0 && wOf[k]! >= 0) byAct[i]!.push({ cls: classOf([wOf[k]!], `resource:${raw.resIds[k]!}`), amt: d, sat: 0 });
    }
  }
  for (const g of raw.groups) {
    if (p[g.act] === 0 || g.units === 0) continue;
    const ws = g.res.map((k) => wOf[k]!).sort((u, v) => u - v);
    byAct[g.act]!.push({ cls: classOf(ws, g.label), amt: am.toDem(g.units), sat: 1 });
  }
  // Members of each class from the least to the most contended (total units of the needs that
  // may use them), so that greedy assignments keep the scarce people for the demands that need them.
  const contention = new Float64Array(nw);
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
  const sigs = signatures(am);
  const asg: AsgProblem = { nw, wRes: Int32Array.from(wRes), nc: clsList.length, clsOff, clsW, clsLabel, needOff, needCls, needAmt, needSat, ...sigs };
  return { asg, busy, util };
}

/** Signatures: the distinct capacity vectors of the workers, under the constant capacities and in each period of the profiles. */
function signatures(am: IntegerAmounts): Pick<AsgProblem, 'nSig' | 'sigCap' | 'sig' | 'sigConst'> {
  const { wRes, cap, prof, profLen } = am;
  const nw = wRes.length;
  const sigIndex = new Map<string, number>();
  const sigCapList: number[] = [];
  const sigOf = (vec: number[]): number => {
    const key = vec.join(',');
    let x = sigIndex.get(key);
    if (x === undefined) {
      x = sigIndex.size;
      sigIndex.set(key, x);
      pushAll(sigCapList, vec);
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
  return { nSig: sigIndex.size, sigCap: Int32Array.from(sigCapList), sig, sigConst };
}
