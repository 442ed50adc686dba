/**
 * The baseline of bench/risk.ts: a minimal typed-array Monte Carlo schedule simulation, the least
 * any engine must do for the same answer. The network is a CSR by source and by target with a
 * precomputed topological order (no calendars, constraints or summaries to honour); each
 * iteration draws every duration with pmo-kit's samplers (the same streams as `simulateRisk`),
 * runs a forward pass (pulling each early start from its predecessors) and a backward pass,
 * counts the critical tasks and keeps the durations; then the Spearman sensitivity of every task
 * (radix ranks, as `simulateRisk`). No objects, no checks, no dates.
 *
 * Also a script: `node riskMinimal.mjs portfolio.json ITERATIONS SEED` (bench/risk.ts bundles it
 * with esbuild) reads a one-project portfolio JSON, builds the arrays and prints a JSON summary,
 * so that a whole `pmo simulate` process can be compared with a whole minimal process.
 */
import { readFileSync } from 'node:fs';
import { distributionTable, sampleTable, setDistribution, setFixed, type DistributionTable } from '../src/risk/internal/distributions.js';
import { RadixRanker } from '../src/risk/internal/fastRanks.js';
import { Rng } from '../src/risk/internal/rng.js';

/** A network as typed arrays: out-slots of u are `off[u] … off[u + 1] - 1`. */
export interface MinNet {
  readonly n: number;
  readonly off: Int32Array;
  readonly tgt: Int32Array;
  /** Link type per slot: 0 FS, 1 SS, 2 FF, 3 SF. */
  readonly styp: Uint8Array;
  /** The links by target: in-slots of v are `inOff[v] … inOff[v + 1] - 1`, each with its source, lag and out-slot. */
  readonly inOff: Int32Array;
  readonly inSrc: Int32Array;
  readonly inLag: Float64Array;
  readonly inSlot: Int32Array;
  /** Per in-slot: 1 when the weight adds the source's duration (FS, FF), else 0. */
  readonly addU: Float64Array;
  /** Per in-slot: 1 when the weight subtracts the target's duration (FF, SF), else 0. */
  readonly subV: Float64Array;
  readonly lag: Float64Array;
  /** A topological order. */
  readonly order: Int32Array;
  readonly table: DistributionTable;
}

/** The simulation: finishes, criticality counts, sensitivities. */
export function minimalLoop(net: MinNet, iterations: number, seed: number): { finish: Float64Array; critical: Int32Array; sensitivity: Float64Array } {
  const { n, off, tgt, inOff, inSrc, inLag, inSlot, addU, subV, lag, order, table } = net;
  const d = new Float64Array(n);
  const es = new Float64Array(n);
  const ls = new Float64Array(n);
  const w = new Float64Array(lag.length);
  const finish = new Float64Array(iterations);
  const critical = new Int32Array(n);
  const durs = new Float64Array(n * iterations);
  const rng = new Rng(seed, 1);
  for (let it = 0; it < iterations; it++) {
    sampleTable(table, rng.stream(it), d);
    let f = 0;
    // Forward: each early start pulled from the predecessors (the maximum in a register), weights kept per out-slot.
    for (let i = 0; i < n; i++) {
      const v = order[i]!;
      const dv = d[v]!;
      let e = 0;
      for (let q = inOff[v]!, end = inOff[v + 1]!; q < end; q++) {
        const u = inSrc[q]!;
        // No branch on the link type (a mix of types mispredicts it): 0/1 multipliers.
        const ww = inLag[q]! + addU[q]! * d[u]! - subV[q]! * dv;
        w[inSlot[q]!] = ww;
        const b = es[u]! + ww;
        if (b > e) e = b;
      }
      es[v] = e;
      if (e + dv > f) f = e + dv;
    }
    for (let i = n - 1; i >= 0; i--) {
      const u = order[i]!;
      let l = f - d[u]!;
      for (let s = off[u]!, e = off[u + 1]!; s < e; s++) {
        const a = ls[tgt[s]!]! - w[s]!;
        if (a < l) l = a;
      }
      ls[u] = l;
      if (l - es[u]! <= 1e-9) critical[u]!++;
    }
    finish[it] = f;
    for (let v = 0; v < n; v++) durs[v * iterations + it] = d[v]!;
  }
  const ranker = new RadixRanker(iterations);
  const ry = ranker.ranks(finish, new Float64Array(iterations));
  const sensitivity = new Float64Array(n);
  for (let v = 0; v < n; v++) sensitivity[v] = ranker.spearman(durs.subarray(v * iterations, (v + 1) * iterations), ry);
  return { finish, critical, sensitivity };
}

/** Builds the arrays of a one-project portfolio JSON (ids, links of all types with lags, estimates). */
export function minNetOf(portfolio: { projects: { tasks: { id: string; duration: number; estimate?: { optimistic: number; mostLikely: number; pessimistic: number } }[]; dependencies?: { from: string; to: string; type?: string; lag?: number }[] }[] }): MinNet {
  const p = portfolio.projects[0]!;
  const n = p.tasks.length;
  const index = new Map<string, number>();
  p.tasks.forEach((t, i) => index.set(t.id, i));
  const deps = p.dependencies ?? [];
  const m = deps.length;
  const off = new Int32Array(n + 1);
  const indeg = new Int32Array(n);
  for (const l of deps) {
    off[index.get(l.from)! + 1]!++;
    indeg[index.get(l.to)!]!++;
  }
  for (let i = 0; i < n; i++) off[i + 1]! += off[i]!;
  const fill = off.slice(0, n);
  const tgt = new Int32Array(m);
  const styp = new Uint8Array(m);
  const lag = new Float64Array(m);
  const CODE: Record<string, number> = { FS: 0, SS: 1, FF: 2, SF: 3 };
  for (const l of deps) {
    const s = fill[index.get(l.from)!]!++;
    tgt[s] = index.get(l.to)!;
    styp[s] = CODE[l.type ?? 'FS']!;
    lag[s] = l.lag ?? 0;
  }
  const order = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (indeg[i] === 0) order[tail++] = i;
  for (let h = 0; h < tail; h++) {
    const u = order[h]!;
    for (let s = off[u]!; s < off[u + 1]!; s++) if (--indeg[tgt[s]!]! === 0) order[tail++] = tgt[s]!;
  }
  const table = distributionTable(n);
  p.tasks.forEach((t, i) => {
    if (t.estimate === undefined) setFixed(table, i, t.duration);
    else setDistribution(table, i, 'pert', t.estimate.optimistic, t.estimate.mostLikely, t.estimate.pessimistic);
  });
  const inOff = new Int32Array(n + 1);
  for (let s = 0; s < m; s++) inOff[tgt[s]! + 1]!++;
  for (let v = 0; v < n; v++) inOff[v + 1]! += inOff[v]!;
  const inFill = inOff.slice(0, n);
  const inSrc = new Int32Array(m);
  const inLag = new Float64Array(m);
  const inSlot = new Int32Array(m);
  const addU = new Float64Array(m);
  const subV = new Float64Array(m);
  for (let u = 0; u < n; u++)
    for (let s = off[u]!; s < off[u + 1]!; s++) {
      const q = inFill[tgt[s]!]!++;
      inSrc[q] = u;
      inLag[q] = lag[s]!;
      inSlot[q] = s;
      addU[q] = (styp[s]! & 1) === 0 ? 1 : 0;
      subV[q] = (styp[s]! & 2) !== 0 ? 1 : 0;
    }
  return { n, off, tgt, styp, inOff, inSrc, inLag, inSlot, addU, subV, lag, order, table };
}

// Script mode (bundled by bench/risk.ts): node riskMinimal.mjs FILE ITERATIONS SEED
const scriptArgs = process.argv.slice(2);
if (process.env['PMO_MINIMAL_LOOP'] === '1' && scriptArgs.length === 3) {
  const net = minNetOf(JSON.parse(readFileSync(scriptArgs[0]!, 'utf8')));
  const r = minimalLoop(net, Number(scriptArgs[1]), Number(scriptArgs[2]));
  const sorted = Float64Array.from(r.finish).sort();
  const at = (p: number) => sorted[Math.ceil(p * sorted.length) - 1];
  process.stdout.write(`${JSON.stringify({ p50: at(0.5), p80: at(0.8), criticality: Array.from(r.critical, (c) => c / r.finish.length), sensitivity: Array.from(r.sensitivity) })}\n`);
}
