/**
 * Demands and capacities as integers for `compileProblem`: every amount times one power of ten
 * (the smallest up to 10^6 that makes them all whole, within 2^30), demands rounded up and
 * capacities down when none does; the capacity profiles as one table; the plain usage lists of
 * the dedicated demands on resources no group demand names. Private.
 */
import { PmoError } from '../../errors.js';
import type { RawInstance } from './readInstance.js';

/** The scaled amounts. */
export interface IntegerAmounts {
  /** Scale factor (a power of ten). */
  readonly scale: number;
  /** Scales a demand (rounded up unless whole within 1e-9). */
  readonly toDem: (v: number) => number;
  /** Scaled capacity of each resource. */
  readonly cap: Int32Array;
  /** Length of the longest profile (0: constant capacities). */
  readonly profLen: number;
  /** Scaled profiles `prof[k * profLen + t]` (entries past a resource's own profile hold `cap[k]`), null when profLen is 0. */
  readonly prof: Int32Array | null;
  /** Worker index of each resource (-1: no group demand of an activity that takes time names it). */
  readonly wOf: Int32Array;
  /** Resource of each worker. */
  readonly wRes: readonly number[];
  /** Scaled demands, `dem[i * K + k]`. */
  readonly dem: Int32Array;
  /** Plain usage of each activity on resources that are not workers (CSR). */
  readonly useOff: Int32Array;
  readonly useRes: Int32Array;
  readonly useAmt: Int32Array;
}

const q = (s: string): string => JSON.stringify(s);

/**
 * Scales the amounts of a read instance. O(n K + profiles).
 * @throws PmoError `INVALID_ARGUMENT` when an activity that takes time asks for more of a
 *   resource than its capacity (no schedule exists)
 */
export function integerAmounts(fn: string, raw: RawInstance): IntegerAmounts {
  const { n, K, p, demRaw, capRaw, profRaw, groups } = raw;
  const scale = scaleOf(raw);
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
  for (const g of groups) {
    if (p[g.act] === 0 || g.units === 0) continue;
    for (const k of g.res) if (wOf[k] === -1) wOf[k] = wRes.push(k) - 1;
  }
  const dem = new Int32Array(n * K);
  const useOff = new Int32Array(n + 1);
  const useResList: number[] = [];
  const useAmtList: number[] = [];
  for (let i = 0; i < n; i++) {
    useOff[i] = useResList.length;
    for (let k = 0; k < K; k++) {
      const v = demRaw[i * K + k]!;
      if (v === 0) continue;
      const d = toDem(v);
      dem[i * K + k] = d;
      if (d > cap[k]! && p[i]! > 0)
        throw new PmoError(
          'INVALID_ARGUMENT',
          `${fn}: activity ${q(raw.ids[i]!)} asks for ${v} of resource ${q(raw.resIds[k]!)}, more than its capacity ${capRaw[k]!}${profLen > 0 ? ' (after its profile)' : ''}: no schedule exists`,
        );
      if (p[i]! > 0 && d > 0 && wOf[k] === -1) {
        useResList.push(k);
        useAmtList.push(d);
      }
    }
  }
  useOff[n] = useResList.length;
  return { scale, toDem, cap, profLen, prof, wOf, wRes, dem, useOff, useRes: Int32Array.from(useResList), useAmt: Int32Array.from(useAmtList) };
}

/** The smallest power of ten up to 10^6 that makes every amount whole, as long as the largest stays within 2^30. */
function scaleOf(raw: RawInstance): number {
  const values: number[] = [...raw.capRaw];
  for (const pr of raw.profRaw) if (pr !== null) for (const v of pr) values.push(v);
  for (let x = 0; x < raw.demRaw.length; x++) if (raw.demRaw[x] !== 0) values.push(raw.demRaw[x]!);
  for (const g of raw.groups) if (g.units !== 0) values.push(g.units);
  let scale = 1;
  const maxVal = values.reduce((m, v) => (v > m ? v : m), 0);
  for (let e = 0; e <= 6; e++) {
    const s = 10 ** e;
    if (maxVal * s > 0x3fffffff) break;
    scale = s;
    if (values.every((v) => Math.abs(v * s - Math.round(v * s)) <= 1e-9 * Math.max(1, v * s))) break;
  }
  return scale;
}
