/** Priority rules and sampled activity lists on a compiled problem. Private. */
import type { PriorityRule } from '../rcpspTypes.js';
import type { Problem } from './problem.js';
import type { Rng } from './rng.js';
import { MinHeap } from '../../internal/heap.js';

/**
 * Static priority keys of a rule (lower is better); MinSlack is dynamic and handled by the SGS
 * (its static part is the late start). O(n + m).
 */
export function ruleKeys(pr: Problem, rule: PriorityRule, rng: Rng | null): Float64Array {
  const { n, p, ls, sucOff, sucTo } = pr;
  const key = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    switch (rule) {
      case 'LFT':
        key[j] = ls[j]! + p[j]!;
        break;
      case 'LST':
      case 'MinSlack':
        key[j] = ls[j]!;
        break;
      case 'GRPW': {
        let w = p[j]!;
        for (let s = sucOff[j]!; s < sucOff[j + 1]!; s++) w += p[sucTo[s]!]!;
        key[j] = -w;
        break;
      }
      default:
        key[j] = rng === null ? j : rng.float();
    }
  }
  return key;
}

/**
 * A precedence-feasible activity list by regret-based biased random sampling on late finish
 * times (Kolisch 1995): an eligible activity is picked with probability proportional to
 * `(max LFT among the eligible - its LFT + 1)^alpha`. O(n * eligible).
 */
export function regretBiasedList(pr: Problem, rng: Rng, alpha: number, out: Int32Array, npred: Int32Array): void {
  const { n, p, ls, predOff, sucOff, sucTo } = pr;
  const elig: number[] = [];
  for (let j = 0; j < n; j++) {
    npred[j] = predOff[j + 1]! - predOff[j]!;
    if (npred[j] === 0) elig.push(j);
  }
  const w: number[] = [];
  for (let x = 0; x < n; x++) {
    let maxL = -Infinity;
    for (const j of elig) if (ls[j]! + p[j]! > maxL) maxL = ls[j]! + p[j]!;
    let total = 0;
    w.length = 0;
    for (const j of elig) {
      const v = (maxL - (ls[j]! + p[j]!) + 1) ** alpha;
      w.push(v);
      total += v;
    }
    let r = rng.float() * total;
    let pick = elig.length - 1;
    for (let e = 0; e < elig.length; e++) {
      r -= w[e]!;
      if (r < 0) {
        pick = e;
        break;
      }
    }
    const j = elig[pick]!;
    elig[pick] = elig[elig.length - 1]!;
    elig.pop();
    out[x] = j;
    for (let s = sucOff[j]!; s < sucOff[j + 1]!; s++) if (--npred[sucTo[s]!]! === 0) elig.push(sucTo[s]!);
  }
}

/**
 * The precedence-feasible list that always picks the eligible activity with the lowest static
 * key (ties by index). O(n log n + m).
 */
export function listFromKeys(pr: Problem, key: Float64Array, out: Int32Array, npred: Int32Array, heapIdx: Int32Array, heapKey: Float64Array): void {
  const { n, predOff, sucOff, sucTo } = pr;
  const heap = new MinHeap(heapIdx, heapKey);
  for (let j = 0; j < n; j++) {
    npred[j] = predOff[j + 1]! - predOff[j]!;
    if (npred[j] === 0) heap.push(j, key[j]!);
  }
  for (let x = 0; x < n; x++) {
    const j = heap.pop();
    out[x] = j;
    for (let s = sucOff[j]!; s < sucOff[j + 1]!; s++) {
      const v = sucTo[s]!;
      if (--npred[v]! === 0) heap.push(v, key[v]!);
    }
  }
}
