/**
 * The metaheuristic: a steady-state genetic algorithm over activity lists (Hartmann 1998) in the
 * space of justified schedules. Every child is decoded by the serial SGS and improved by one
 * forward-backward pass (double justification, Valls, Ballestín & Quintanilla 2005); the
 * individual keeps the start order of its justified schedule. Parents are crossed by the peak
 * crossover (after Valls, Ballestín & Quintanilla 2008: the child inherits the mother's block of
 * activities in her window of highest resource utilization, the rest in the father's order), or
 * by the two-point crossover when some link has a negative distance. Mutation swaps unlinked
 * neighbours. The child replaces the worst individual when it is not worse and not a duplicate.
 * Every pass counts one schedule; the run stops at the budget or at the lower bound. Private.
 */
import { finishOf } from './calendarTable.js';
import { justify } from './justify.js';
import type { Problem } from './problem.js';
import { listFromKeys, regretBiasedList, ruleKeys } from './priority.js';
import { Rng } from './rng.js';
import { evaluate, Workspace, type Evaluation } from './sgs.js';

/** Options of {@link solve}. */
export interface SolveOptions {
  /** Maximum number of complete schedules (forward or backward passes), >= 1. */
  readonly budget: number;
  readonly seed: number;
  readonly objective: 'makespan' | 'delay';
  /** Population size; default from the instance size and the budget. */
  readonly popSize?: number;
  /** Probability of each neighbour swap. Default 0.1. */
  readonly mutation?: number;
}

/** Result of {@link solve}. */
export interface SolveResult {
  /** Starts of the best schedule. */
  readonly S: Int32Array;
  readonly ev: Evaluation;
  /** Complete schedules generated. */
  readonly schedules: number;
}

/** Runs the genetic algorithm. Deterministic for a given problem and options. */
export function solve(pr: Problem, opts: SolveOptions): SolveResult {
  return new Solver(pr, opts).run();
}

/**
 * Default population size: large for small instances (diversity), smaller for large ones
 * (generations), growing with the budget. Calibrated on PSPLIB j30 and j120 at 5,000 schedules.
 */
export function defaultPopulation(n: number, budget: number): number {
  const p = Math.round(4100 * Math.max(n, 1) ** -0.82 * Math.sqrt(budget / 5000));
  return Math.min(300, Math.max(10, p));
}

const newEval = (): Evaluation => ({ makespan: 0, delaySum: 0, lateness: 0 });

function copyEval(a: Evaluation, b: Evaluation): void {
  b.makespan = a.makespan;
  b.delaySum = a.delaySum;
  b.lateness = a.lateness;
}

class Solver {
  readonly pr: Problem;
  readonly ws: Workspace;
  readonly rng: Rng;
  readonly budget: number;
  readonly delay: boolean;
  readonly popSize: number;
  readonly pm: number;
  /** Stop when the best reaches it (lower bound of the makespan; 0 for delays). */
  readonly target: number;
  /** Weighted delay below which no schedule at the lower bound can go (0; multi-project tie-break). */
  readonly delayFloor = 0;
  readonly bestS: Int32Array;
  readonly bestEv: Evaluation = { makespan: Infinity, delaySum: Infinity, lateness: Infinity };
  readonly ev: Evaluation = newEval();
  // Scratch buffers.
  readonly S: Int32Array;
  readonly R: Int32Array;
  readonly S2: Int32Array;
  readonly listB: Int32Array;
  readonly listC: Int32Array;
  readonly listE: Int32Array;
  readonly key: Int32Array;
  readonly taken: Uint8Array;
  readonly util: Float64Array;

  constructor(pr: Problem, opts: SolveOptions) {
    this.pr = pr;
    this.ws = new Workspace(pr);
    this.rng = new Rng(opts.seed);
    this.budget = opts.budget;
    this.delay = opts.objective === 'delay';
    this.popSize = opts.popSize ?? defaultPopulation(pr.n, opts.budget);
    this.pm = opts.mutation ?? 0.1;
    this.target = this.delay ? 0 : pr.lowerBound;
    const n = pr.n;
    this.bestS = new Int32Array(n);
    this.S = new Int32Array(n);
    this.R = new Int32Array(n);
    this.S2 = new Int32Array(n);
    this.listB = new Int32Array(n);
    this.listC = new Int32Array(n);
    this.listE = new Int32Array(n);
    this.key = new Int32Array(n);
    this.taken = new Uint8Array(n);
    this.util = new Float64Array(pr.H + 1);
  }

  /** Lexicographic: lateness, then the objective, then the other objective. */
  better(a: Evaluation, b: Evaluation): boolean {
    if (a.lateness !== b.lateness) return a.lateness < b.lateness;
    if (this.delay) {
      if (a.delaySum !== b.delaySum) return a.delaySum < b.delaySum;
      return a.makespan < b.makespan;
    }
    if (a.makespan !== b.makespan) return a.makespan < b.makespan;
    return a.delaySum < b.delaySum;
  }

  done(): boolean {
    const b = this.bestEv;
    if (b.lateness === 0 && (this.delay ? b.delaySum <= 0 : b.makespan <= this.target && (this.pr.nProj === 1 || b.delaySum <= this.delayFloor))) return true;
    return this.ws.count >= this.budget;
  }

  /** Evaluates forward starts S and records them when best. */
  consider(S: Int32Array): Evaluation {
    const ev = evaluate(this.pr, S, this.ws.projFinish, this.ev);
    if (this.better(ev, this.bestEv)) {
      this.bestS.set(S);
      copyEval(ev, this.bestEv);
    }
    return ev;
  }

  /**
   * Decodes `list` (serial forward SGS), then justifies it (backward pass by decreasing finish,
   * forward pass by increasing start) when the budget allows. Leaves the better schedule in `S`,
   * its start-ordered list in `out` and its evaluation in `fit`. False when the budget is spent.
   */
  evaluateList(list: Int32Array, out: Int32Array, fit: Evaluation): boolean {
    const { pr, ws, S, key } = this;
    if (ws.count >= this.budget) return false;
    const n = pr.n;
    let T = ws.serialForward(list, S);
    copyEval(this.consider(S), fit);
    let cur = list;
    if (ws.count + 2 <= this.budget) {
      const T2 = justify(pr, ws, cur, S, T, this, this.S2);
      const ev = this.consider(this.S2);
      if (!this.better(fit, ev)) {
        S.set(this.S2);
        T = T2;
        copyEval(ev, fit);
        cur = this.listE;
        cur.set(this.listC);
      }
    }
    let maxKey = T;
    for (let i = 0; i < n; i++) {
      key[i] = S[i]!;
      // On calendars a milestone may start after the makespan (its finish is before its start).
      if (S[i]! > maxKey) maxKey = S[i]!;
    }
    ws.order(cur, key, maxKey, !pr.fwdNonNeg, true, false, out);
    return true;
  }

  run(): SolveResult {
    const { pr, rng } = this;
    const n = pr.n;
    if (n === 0) return this.result();
    const P = Math.max(2, this.popSize);
    const pop = new Int32Array(P * n);
    const starts = new Int32Array(P * n);
    const fit: Evaluation[] = [];
    const hash = new Float64Array(P);
    const tmpList = new Int32Array(n);
    const child = new Int32Array(n);
    let size = 0;
    // Initial population: the LFT list, then regret-based biased random sampling on LFT.
    const lft = ruleKeys(pr, 'LFT', null);
    for (let i = 0; i < P && !this.done(); i++) {
      if (i === 0) listFromKeys(pr, lft, tmpList, this.ws.npred, this.ws.heapIdx, this.ws.heapKey);
      else regretBiasedList(pr, rng, 1, tmpList, this.ws.npred);
      const f = newEval();
      if (!this.evaluateList(tmpList, child, f)) break;
      pop.set(child, size * n);
      starts.set(this.S, size * n);
      fit.push(f);
      hash[size] = hashStarts(this.S);
      size++;
    }
    if (size < 2) return this.result();
    const usePeak = pr.fwdNonNeg;
    while (!this.done()) {
      const a = this.tournament(fit, size);
      let b = this.tournament(fit, size);
      if (b === a) b = (a + 1 + rng.int(size - 1)) % size;
      const [m, f] = rng.float() < 0.5 ? [a, b] : [b, a];
      const mother = pop.subarray(m * n, m * n + n);
      const father = pop.subarray(f * n, f * n + n);
      if (usePeak) this.peakCrossover(mother, starts.subarray(m * n, m * n + n), fit[m]!.makespan, father, child);
      else this.twoPointCrossover(mother, father, child);
      this.mutate(child);
      const cf = newEval();
      if (!this.evaluateList(child, tmpList, cf)) break;
      const h = hashStarts(this.S);
      let worst = 0;
      for (let i = 1; i < size; i++) if (this.better(fit[worst]!, fit[i]!)) worst = i;
      let dup = false;
      for (let i = 0; i < size && !dup; i++) if (hash[i] === h) dup = true;
      if (!dup && !this.better(fit[worst]!, cf)) {
        pop.set(tmpList, worst * n);
        starts.set(this.S, worst * n);
        fit[worst] = cf;
        hash[worst] = h;
      }
    }
    return this.result();
  }

  result(): SolveResult {
    const ev = this.bestEv.makespan === Infinity ? newEval() : { ...this.bestEv };
    return { S: this.bestS, ev, schedules: this.ws.count };
  }

  /** Binary tournament. */
  tournament(fit: readonly Evaluation[], size: number): number {
    const a = this.rng.int(size);
    const b = this.rng.int(size);
    return this.better(fit[b]!, fit[a]!) ? b : a;
  }

  /** Two-point crossover (Hartmann 1998): mother's head, father's middle, mother's tail. */
  twoPointCrossover(mother: Int32Array, father: Int32Array, out: Int32Array): void {
    const n = this.pr.n;
    const taken = this.taken;
    taken.fill(0);
    let q1 = this.rng.int(n + 1);
    let q2 = this.rng.int(n + 1);
    if (q1 > q2) [q1, q2] = [q2, q1];
    let x = 0;
    for (; x < q1; x++) {
      out[x] = mother[x]!;
      taken[mother[x]!] = 1;
    }
    let fi = 0;
    for (; x < q2; x++) {
      while (taken[father[fi]!] === 1) fi++;
      out[x] = father[fi]!;
      taken[father[fi]!] = 1;
    }
    let mi = 0;
    for (; x < n; x++) {
      while (taken[mother[mi]!] === 1) mi++;
      out[x] = mother[mi]!;
      taken[mother[mi]!] = 1;
    }
  }

  /**
   * Peak crossover: in the mother's schedule (starts `mS`, makespan T) find the window of random
   * length (10–50 % of T) with the highest resource utilization; the child lists the activities
   * starting before it in the father's order, those starting in it in the mother's order, and
   * those starting after it in the father's order. Precedence-feasible when every distance is
   * >= 0 (the sets before and before-or-in are closed under predecessors).
   */
  peakCrossover(mother: Int32Array, mS: Int32Array, T: number, father: Int32Array, out: Int32Array): void {
    const { pr, rng, util } = this;
    const { n, p } = pr;
    util.fill(0, 0, T + 1);
    for (let i = 0; i < n; i++) {
      const w = pr.util[i]!;
      if (w === 0) continue;
      util[mS[i]!]! += w;
      util[pr.cal === null ? mS[i]! + p[i]! : finishOf(pr, i, mS[i]!)]! -= w;
    }
    for (let t = 1; t <= T; t++) util[t]! += util[t - 1]!;
    const lo = Math.max(1, Math.floor(0.1 * T));
    const hi = Math.max(lo, Math.floor(0.5 * T));
    const L = Math.min(T, lo + rng.int(hi - lo + 1));
    let sum = 0;
    for (let t = 0; t < L; t++) sum += util[t]!;
    let bestSum = sum;
    let a = 0;
    for (let t = L; t < T; t++) {
      sum += util[t]! - util[t - L]!;
      if (sum > bestSum + 1e-12 || (sum > bestSum - 1e-12 && rng.float() < 0.5)) {
        bestSum = sum;
        a = t - L + 1;
      }
    }
    const b = a + L;
    let x = 0;
    for (let y = 0; y < n; y++) {
      const j = father[y]!;
      if (mS[j]! < a) out[x++] = j;
    }
    for (let y = 0; y < n; y++) {
      const j = mother[y]!;
      if (mS[j]! >= a && mS[j]! < b) out[x++] = j;
    }
    for (let y = 0; y < n; y++) {
      const j = father[y]!;
      if (mS[j]! >= b) out[x++] = j;
    }
  }

  /** Swaps neighbours that are not linked, each with probability pm. */
  mutate(list: Int32Array): void {
    const { pr, rng, pm } = this;
    const n = pr.n;
    for (let x = 0; x + 1 < n; x++) {
      if (rng.float() >= pm) continue;
      const a = list[x]!;
      const b = list[x + 1]!;
      let linked = false;
      for (let s = pr.sucOff[a]!; s < pr.sucOff[a + 1]! && !linked; s++) if (pr.sucTo[s] === b) linked = true;
      if (!linked) {
        list[x] = b;
        list[x + 1] = a;
      }
    }
  }
}

/** A 53-bit hash of a start vector (duplicate detection). */
function hashStarts(S: Int32Array): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x12345;
  for (let i = 0; i < S.length; i++) {
    h1 = Math.imul(h1 ^ S[i]!, 0x01000193);
    h2 = Math.imul(h2 + S[i]! + i, 0x9e3779b1) ^ (h2 >>> 15);
  }
  return (h1 >>> 0) * 2097152 + (h2 >>> 11);
}
