import { describe, expect, it } from 'vitest';
import { PmoError, CycleError } from '../../src/errors.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import { onEveryDay, sample } from './fixtures.js';
import { simulateRisk, type SimulateRiskOptions } from '../../src/risk/index.js';
import { compileSchedule, schedulePortfolio } from '../../src/schedule/index.js';
import { simPlan } from '../../src/risk/internal/simPlan.js';
import { runChunk } from '../../src/risk/internal/simRun.js';
import { mergeChunks, summarize } from '../../src/risk/internal/simSummary.js';
import { deterministic } from '../../src/risk/simulateRisk.js';


type T = { id: string; d: number; e?: [number, number, number]; budget?: number };
type R = { id: string; kind?: 'threat' | 'opportunity'; p: number; days?: number; cost?: number; tasks: string[]; status?: string };

/** A portfolio of one project (7-day calendar, so offsets are plain days) with FS links. */
function pf(tasks: T[], links: [string, string][], risks: R[] = []): Portfolio {
  return onEveryDay(
    {
      tasks: tasks.map((t) => ({
        id: t.id,
        name: t.id,
        duration: t.d,
        milestone: false,
        demands: [],
        ...(t.e !== undefined ? { estimate: { optimistic: t.e[0], mostLikely: t.e[1], pessimistic: t.e[2] } } : {}),
        ...(t.budget !== undefined ? { budget: t.budget } : {}),
      })),
      dependencies: links.map(([from, to]) => ({ from, to, type: 'FS', lag: 0 })),
    },
    risks.map((r) => ({
      id: r.id,
      title: r.id,
      kind: r.kind ?? 'threat',
      probability: r.p,
      impact: { ...(r.days !== undefined ? { days: r.days } : {}), ...(r.cost !== undefined ? { cost: r.cost } : {}) },
      projectId: 'p',
      taskIds: r.tasks,
      strategy: 'accept',
      owner: 'x',
      status: r.status ?? 'open',
    })),
  );
}

/** a = 70, m = 100, b = 130: mean 100, sd 10 (normal; truncation at 0 is 10 sd away). */
const N100: [number, number, number] = [70, 100, 130];

describe('simulateRisk: closed forms', () => {
  it('two parallel iid normal paths: P(T <= mean) = 0.25 and E[T] = mean + 0.5642 sd', () => {
    const input = pf(
      [
        { id: 'a', d: 100, e: N100 },
        { id: 'b', d: 100, e: N100 },
      ],
      [],
    );
    const date = compileSchedule(input.projects[0]!, { calendars: input.calendars }).finishDate(100);
    const r = simulateRisk(input, { iterations: 40000, seed: 3, distribution: 'normal', date });
    expect(r.probabilityOfDate!.offset).toBe(100);
    expect(r.probabilityOfDate!.probability).toBeCloseTo(0.25, 2);
    expect(Math.abs(r.finish.mean - (100 + 0.5642 * 10))).toBeLessThan(0.15);
    // The analytic PERT answer along one path ignores the merge bias: P = 0.5 at the mean.
    expect(r.pert!.mean).toBe(100);
    expect(r.pert!.probability).toBeCloseTo(0.5, 6);
  });

  it('a chain of independent normals: means and variances add up', () => {
    const r = simulateRisk(
      pf(
        [
          { id: 'a', d: 100, e: N100 },
          { id: 'b', d: 50, e: [35, 50, 65] },
          { id: 'c', d: 200, e: [170, 200, 230] },
        ],
        [
          ['a', 'b'],
          ['b', 'c'],
        ],
      ),
      { iterations: 40000, seed: 5, distribution: 'normal' },
    );
    const sd = Math.sqrt(100 + 25 + 100); // sd (b - a)/6 = 10, 5, 10
    expect(Math.abs(r.finish.mean - 350)).toBeLessThan(0.25);
    expect(Math.abs(r.finish.stdDev / sd - 1)).toBeLessThan(0.01);
    expect(Math.abs(r.finish.percentiles.p50 - 350)).toBeLessThan(0.4);
    expect(Math.abs(r.finish.percentiles.p90 - (350 + 1.2816 * sd))).toBeLessThan(0.6);
    expect(r.pert!.mean).toBe(350);
    expect(r.pert!.variance).toBeCloseTo(225, 6);
    for (const t of r.tasks) expect(t.criticality).toBe(1);
  });

  it('no uncertainty: the deterministic duration with zero spread', () => {
    const r = simulateRisk(
      pf(
        [
          { id: 'a', d: 3 },
          { id: 'b', d: 4, e: [4, 4, 4] },
        ],
        [['a', 'b']],
      ),
      { iterations: 500 },
    );
    expect(r.deterministicDuration).toBe(7);
    expect(r.finish).toMatchObject({ mean: 7, stdDev: 0, min: 7, max: 7, percentiles: { p10: 7, p50: 7, p80: 7, p90: 7 } });
    expect(r.contingency.days).toBe(0);
    expect(r.tasks.map((t) => [t.criticality, t.sensitivity])).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });
});

describe('simulateRisk: criticality and sensitivity', () => {
  it('is 1 for a task on every path and 0 for one with more float than the spread', () => {
    const r = simulateRisk(
      pf(
        [
          { id: 'start', d: 2, e: [1, 2, 3] },
          { id: 'long1', d: 20, e: [15, 20, 30] },
          { id: 'long2', d: 20, e: [15, 20, 30] },
          { id: 'short', d: 3, e: [2, 3, 5] },
          { id: 'end', d: 1, e: [1, 1, 2] },
        ],
        [
          ['start', 'long1'],
          ['start', 'long2'],
          ['start', 'short'],
          ['long1', 'end'],
          ['long2', 'end'],
          ['short', 'end'],
        ],
      ),
      { iterations: 5000, seed: 9 },
    );
    const by = new Map(r.tasks.map((t) => [t.id, t]));
    expect(by.get('start')!.criticality).toBe(1);
    expect(by.get('end')!.criticality).toBe(1);
    expect(by.get('short')!.criticality).toBe(0);
    expect(by.get('long1')!.criticality + by.get('long2')!.criticality).toBeCloseTo(1, 1);
    expect(Math.abs(by.get('long1')!.criticality - 0.5)).toBeLessThan(0.05);
    // The long paths drive the finish; the short one does not.
    expect(by.get('long1')!.sensitivity).toBeGreaterThan(0.4);
    expect(Math.abs(by.get('short')!.sensitivity)).toBeLessThan(0.05);
  });
});

describe('simulateRisk: risk events', () => {
  const tasks: T[] = [
    { id: 'a', d: 10, budget: 1000 },
    { id: 'b', d: 5, e: [4, 5, 8] },
  ];
  const links: [string, string][] = [['a', 'b']];

  it('probability 0 changes nothing; probability 1 always applies', () => {
    const base = simulateRisk(pf(tasks, links), { iterations: 2000, seed: 4 });
    const p0 = simulateRisk(pf(tasks, links, [{ id: 'r', p: 0, days: 7, cost: 500, tasks: ['a'] }]), { iterations: 2000, seed: 4 });
    expect(p0.finish).toEqual(base.finish);
    expect(p0.cost).toEqual(base.cost);
    expect(p0.riskEvents).toEqual([{ id: 'r', kind: 'threat', probability: 0, occurrence: 0 }]);
    const p1 = simulateRisk(pf(tasks, links, [{ id: 'r', p: 1, days: 7, cost: 500, tasks: ['a'] }]), { iterations: 2000, seed: 4 });
    expect(p1.finish.percentiles.p50).toBeCloseTo(base.finish.percentiles.p50 + 7, 9);
    expect(p1.finish.min).toBeCloseTo(base.finish.min + 7, 9);
    expect(p1.riskEvents[0]!.occurrence).toBe(1);
    // The cost: a's budget follows its duration (1000 / 10 a day), plus the risk's cost.
    expect(p1.cost!.percentiles.p50).toBe(1000 + 700 + 500);
    const opp = simulateRisk(pf(tasks, links, [{ id: 'o', kind: 'opportunity', p: 1, days: 3, cost: 200, tasks: ['a'] }]), { iterations: 2000, seed: 4 });
    expect(opp.finish.max).toBeCloseTo(base.finish.max - 3, 9);
    expect(opp.cost!.percentiles.p90).toBe(700 - 200);
    const big = simulateRisk(pf(tasks, links, [{ id: 'o', kind: 'opportunity', p: 1, days: 30, tasks: ['a'] }]), { iterations: 2000, seed: 4 });
    expect(big.finish.max).toBeCloseTo(base.finish.max - 10, 9); // floored at 0 days
  });

  it('skips closed risks and events turned off', () => {
    const base = simulateRisk(pf(tasks, links), { iterations: 500 });
    const closed = simulateRisk(pf(tasks, links, [{ id: 'r', p: 1, days: 7, tasks: ['a'], status: 'closed' }]), { iterations: 500 });
    expect(closed.finish).toEqual(base.finish);
    expect(closed.riskEvents).toEqual([]);
    const off = simulateRisk(pf(tasks, links, [{ id: 'r', p: 1, days: 7, tasks: ['a'] }]), { iterations: 500, riskEvents: false });
    expect(off.finish).toEqual(base.finish);
  });

  it('an event with probability p occurs in about p of the iterations, adding p·days to the mean', () => {
    const base = simulateRisk(pf(tasks, links), { iterations: 20000, seed: 8 });
    const r = simulateRisk(pf(tasks, links, [{ id: 'r', p: 0.3, days: 10, tasks: ['a'] }]), { iterations: 20000, seed: 8 });
    expect(Math.abs(r.riskEvents[0]!.occurrence - 0.3)).toBeLessThan(0.01);
    // Adding a risk leaves the durations drawn as they were (separate random domains).
    expect(Math.abs(r.finish.mean - base.finish.mean - 3)).toBeLessThan(0.1);
  });
});

describe('simulateRisk: correlation', () => {
  it('rank-correlated durations widen the spread of their sum', () => {
    const input = pf(
      [
        { id: 'a', d: 100, e: N100 },
        { id: 'b', d: 100, e: N100 },
      ],
      [['a', 'b']],
    );
    const indep = simulateRisk(input, { iterations: 20000, seed: 2, distribution: 'normal' });
    const corr = simulateRisk(input, { iterations: 20000, seed: 2, distribution: 'normal', correlations: [{ tasks: ['a', 'b'], coefficient: 0.8 }] });
    expect(indep.finish.stdDev / Math.sqrt(200)).toBeCloseTo(1, 1);
    // Spearman 0.8 between normals is Pearson 2 sin(0.8 pi / 6) = 0.813.
    const rho = 2 * Math.sin((0.8 * Math.PI) / 6);
    expect(corr.finish.stdDev / Math.sqrt(200 + 200 * rho)).toBeCloseTo(1, 1);
    expect(Math.abs(corr.finish.mean - 200)).toBeLessThan(0.3);
  });
});

describe('simulateRisk: determinism', () => {
  it('gives identical results for the same seed, different ones for another seed', () => {
    const a = simulateRisk(sample, { iterations: 300, seed: 11 });
    const b = simulateRisk(sample, { iterations: 300, seed: 11 });
    expect(b).toEqual(a);
    const c = simulateRisk(sample, { iterations: 300, seed: 12 });
    expect(c.finish.mean).not.toBe(a.finish.mean);
  });

  it('any split of the iterations gives the same result (what workers do)', () => {
    const o: SimulateRiskOptions = { iterations: 257, seed: 5, correlations: [{ tasks: ['wms/wms-req', 'wms/wms-design'], coefficient: 0.5 }] };
    const whole = simulateRisk(sample, o);
    const plan = simPlan('simulateRisk', sample, o);
    const chunks = [runChunk(plan, 0, 100), runChunk(plan, 100, 101), runChunk(plan, 101, 257)];
    expect(summarize(plan, mergeChunks(plan, chunks), deterministic(plan, sample))).toEqual(whole);
  });
});

/**
 * The "Reliable Construction Company" project of Hillier & Lieberman, Introduction to Operations
 * Research (PERT three-point estimates in weeks): the critical path A-B-C-E-F-J-L-N has mean 44.
 */
const RELIABLE: [string, number, number, number, string[]][] = [
  ['A', 1, 2, 3, []],
  ['B', 2, 3.5, 8, ['A']],
  ['C', 6, 9, 18, ['B']],
  ['D', 4, 5.5, 10, ['C']],
  ['E', 1, 4.5, 5, ['C']],
  ['F', 4, 4, 10, ['E']],
  ['G', 5, 6.5, 11, ['D']],
  ['H', 5, 8, 17, ['E', 'G']],
  ['I', 3, 7.5, 9, ['C']],
  ['J', 3, 9, 9, ['F', 'I']],
  ['K', 4, 4, 4, ['J']],
  ['L', 1, 5.5, 7, ['J']],
  ['M', 1, 2, 3, ['H']],
  ['N', 5, 5.5, 9, ['K', 'L']],
];

/** An independent Monte Carlo: PERT-beta by Cheng's BB/BA-free method (gammas from Box–Muller normals), forward pass. */
function simpleMonteCarlo(iterations: number): { mean: number; p80: number; criticality: Map<string, number> } {
  let s = 123456789;
  const u = (): number => {
    // mulberry32
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
  const normal = (): number => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
  const gamma = (k: number): number => {
    // Marsaglia–Tsang for k >= 1
    const d = k - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const z = normal();
      const v = (1 + c * z) ** 3;
      if (v > 0 && Math.log(u()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  const finishes: number[] = [];
  const crit = new Map<string, number>(RELIABLE.map(([id]) => [id, 0]));
  for (let it = 0; it < iterations; it++) {
    const d = new Map<string, number>();
    for (const [id, a, m, b] of RELIABLE) {
      if (a === b) d.set(id, a);
      else {
        const x = gamma(1 + (4 * (m - a)) / (b - a));
        const y = gamma(1 + (4 * (b - m)) / (b - a));
        d.set(id, a + ((b - a) * x) / (x + y));
      }
    }
    const ef = new Map<string, number>();
    for (const [id, , , , preds] of RELIABLE) ef.set(id, Math.max(0, ...preds.map((p) => ef.get(p)!)) + d.get(id)!);
    const T = Math.max(...ef.values());
    finishes.push(T);
    // Critical: backward pass on late finishes.
    const lf = new Map<string, number>();
    for (let i = RELIABLE.length - 1; i >= 0; i--) {
      const id = RELIABLE[i]![0];
      const succ = RELIABLE.filter((r) => r[4].includes(id)).map((r) => lf.get(r[0])! - d.get(r[0])!);
      lf.set(id, Math.min(T, ...succ));
      if (Math.abs(lf.get(id)! - ef.get(id)!) < 1e-9) crit.set(id, crit.get(id)! + 1);
    }
  }
  finishes.sort((a, b) => a - b);
  return { mean: finishes.reduce((x, y) => x + y, 0) / iterations, p80: finishes[Math.ceil(0.8 * iterations) - 1]!, criticality: new Map([...crit].map(([k, v]) => [k, v / iterations])) };
}

describe('simulateRisk: agreement with an independent Monte Carlo on a textbook PERT network', () => {
  it('the Reliable Construction project (Hillier & Lieberman)', () => {
    const input = pf(
      RELIABLE.map(([id, a, m, b]) => ({ id, d: (a + 4 * m + b) / 6, e: [a, m, b] })),
      RELIABLE.flatMap(([id, , , , preds]) => preds.map((p): [string, string] => [p, id])),
    );
    const r = simulateRisk(input, { iterations: 20000, seed: 1 });
    const ref = simpleMonteCarlo(20000);
    expect(r.deterministicDuration).toBe(44);
    expect(r.pert!.mean).toBe(44);
    expect(r.pert!.path).toEqual(['A', 'B', 'C', 'E', 'F', 'J', 'L', 'N']);
    expect(Math.abs(r.finish.mean - ref.mean)).toBeLessThan(0.12);
    expect(Math.abs(r.finish.percentiles.p80 - ref.p80)).toBeLessThan(0.25);
    for (const t of r.tasks) expect(Math.abs(t.criticality - ref.criticality.get(t.id)!), t.id).toBeLessThan(0.02);
    // The merge bias: the simulated mean exceeds the PERT path mean.
    expect(r.finish.mean).toBeGreaterThan(r.pert!.mean);
  });
});

describe('simulateRisk: bad input and purity', () => {
  const good = pf([{ id: 'a', d: 3, e: [2, 3, 5] }], []);
  it.each<[string, unknown, RegExp]>([
    ['iterations 0', { iterations: 0 }, /iterations/],
    ['a fractional seed', { seed: 1.5 }, /seed/],
    ['an unknown distribution', { distribution: 'cauchy' }, /distribution/],
    ['an unknown project', { project: 'nope' }, /unknown project/],
    ['an unknown milestone', { milestone: 'nope' }, /unknown task/],
    ['a confidence of 1', { confidence: 1 }, /confidence/],
    ['a bad date', { date: '2026-1-1' }, /date/],
    ['a correlation of 1', { correlations: [{ tasks: ['a', 'a'], coefficient: 1 }] }, /coefficient/],
    ['options that are not an object', 7, /options must be an object/],
  ])('%s', (_, options, message) => {
    expect(() => simulateRisk(good, options as SimulateRiskOptions)).toThrow(PmoError);
    expect(() => simulateRisk(good, options as SimulateRiskOptions)).toThrow(message);
  });

  it('names the problem in the data', () => {
    expect(() => simulateRisk(null as never)).toThrow(/expected a portfolio/);
    expect(() => simulateRisk(pf([{ id: 'a', d: 3, e: [5, 3, 2] }], []))).toThrow(/task "a": estimate must satisfy/);
    expect(() => simulateRisk(pf([{ id: 'a', d: 3 }], [], [{ id: 'r', p: 0.5, days: 2, tasks: ['zz'] }]))).toThrow(/risk "r" names unknown task "zz"/);
    expect(() => simulateRisk(pf([{ id: 'a', d: 3 }], [], [{ id: 'r', p: 1.5, days: 2, tasks: ['a'] }]))).toThrow(/probability/);
    expect(() => simulateRisk(pf([{ id: 'a', d: 3, e: [1, 3, 5] }, { id: 'b', d: 3 }], []), { correlations: [{ tasks: ['a', 'b'], coefficient: 0.5 }] })).toThrow(/"b" has no uncertain estimate/);
    expect(() =>
      simulateRisk(
        pf(
          ['a', 'b', 'c'].map((id) => ({ id, d: 3, e: [1, 3, 5] as [number, number, number] })),
          [],
        ),
        { correlations: [{ tasks: ['a', 'b'], coefficient: 0.9 }, { tasks: ['b', 'c'], coefficient: 0.9 }, { tasks: ['a', 'c'], coefficient: -0.9 }] },
      ),
    ).toThrow(/positive definite/);
    expect(() => simulateRisk(pf([{ id: 'a', d: 3 }, { id: 'b', d: 1 }], [['a', 'b'], ['b', 'a']]))).toThrow(CycleError);
    expect(() => simulateRisk(pf([{ id: 'a', d: -3 }], []))).toThrow(/simulateRisk: task "a": duration/);
    const wide = pf(Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, d: 3, e: [1, 3, 5] as [number, number, number] })), []);
    expect(() => simulateRisk(wide, { iterations: 10_000_000 })).toThrow(/30 tasks vary × 10000000 iterations is more durations than a run keeps/);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(sample);
    simulateRisk(sample, { iterations: 50, correlations: [{ tasks: ['wms/wms-req', 'wms/wms-design'], coefficient: 0.5 }], date: '2026-10-01' });
    simulateRisk(sample, { iterations: 50, project: 'tel' });
    expect(JSON.stringify(sample)).toBe(before);
  });

  it('takes the caller\'s deterministic schedule (computed once) and checks it', () => {
    const s = schedulePortfolio(sample);
    expect(simulateRisk(sample, { iterations: 100, schedule: s })).toEqual(simulateRisk(sample, { iterations: 100 }));
    const other = schedulePortfolio({ ...sample, projects: sample.projects.slice(1), crossDependencies: [] });
    expect(() => simulateRisk(sample, { iterations: 100, schedule: other })).toThrow(/not computed from this portfolio/);
  });

  it('a project alone: task ids, its own risks; a milestone target', () => {
    const r = simulateRisk(sample, { iterations: 200, project: 'tel' });
    expect(r.target).toEqual({ kind: 'project', id: 'tel' });
    expect(r.tasks.every((t) => !t.id.includes('/'))).toBe(true);
    expect(r.riskEvents.map((e) => e.id)).toEqual(['rk-tel-supply', 'rk-tel-works', 'rk-tel-wms', 'rk-tel-fuel']);
    const m = simulateRisk(sample, { iterations: 200, milestone: 'tel/tel-m-pilot' });
    expect(m.target.kind).toBe('milestone');
    expect(m.pert).toBeNull();
    expect(m.finish.max).toBeLessThanOrEqual(simulateRisk(sample, { iterations: 200 }).finish.max);
  });
});

describe('simulateRisk: hostile input found by the fuzz suite (after the merge of main)', () => {
  it('a risk whose projectId is not a string is a PmoError naming it, not a TypeError from JSON.stringify', () => {
    const risks = sample.risks!.map((r, i) => (i === 0 ? { ...r, projectId: [[0n]] } : r));
    expect(() => simulateRisk({ ...sample, risks } as never, { iterations: 10, seed: 1 })).toThrow(/projectId must be a string, got an array/);
  });
});
