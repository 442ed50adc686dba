/**
 * Numeric robustness: the earned value, earned schedule, scoring and prioritization functions on
 * zeros (empty budgets, nothing done, nothing spent, equal scores) return finite numbers or the
 * documented `null` (a ratio with a zero denominator), never NaN or Infinity; and sums over many
 * periods stay within 1e-9 (relative) of the exact total.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import { checkGovernance, earnedSchedule, earnedValue, earnedValueAnalysis, healthScore, portfolioKpis } from '../../src/performance/index.js';
import { ahpWeights, discountedPayback, irr, npv, prioritizeProjects, strategicAlignment } from '../../src/portfolio/index.js';
import { analyzeRisks, rateRisk } from '../../src/risk/index.js';

/** Paths to every number of `v` that is NaN or infinite. */
function nonFinite(v: unknown, path = '', out: string[] = []): string[] {
  if (typeof v === 'number' && !Number.isFinite(v)) out.push(`${path || '(root)'} = ${v}`);
  else if (Array.isArray(v)) v.forEach((x, i) => nonFinite(x, `${path}[${i}]`, out));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) nonFinite(x, `${path}.${k}`, out);
  return out;
}

describe('zeros give finite numbers or null', () => {
  it('earnedValue on every mix of zero, tiny and ordinary amounts', () => {
    const values = [0, 1e-12, 1, 1000];
    for (const bac of values)
      for (const pv of values)
        for (const ev of values)
          for (const ac of values)
            for (const etc of [undefined, 0, 5]) {
              if (pv > bac || ev > bac) continue; // refused: PV and EV are at most the BAC
              const r = earnedValue({ bac, pv, ev, ac, ...(etc === undefined ? {} : { etc }) });
              expect(nonFinite(r), JSON.stringify({ bac, pv, ev, ac, etc })).toEqual([]);
            }
    const zero = earnedValue({ bac: 0, pv: 0, ev: 0, ac: 0 });
    expect([zero.spi, zero.cpi, zero.percentComplete]).toEqual([null, null, null]);
  });

  it('earnedSchedule with a flat or zero plan and at time zero', () => {
    for (const pvCumulative of [[0], [0, 0, 0], [0, 5, 5, 5], [1e-12, 1e-12], [10, 20, 30]])
      for (const ev of [0, 5, 30])
        for (const actualTime of [0, 1, 3]) {
          const r = earnedSchedule({ pvCumulative, ev, actualTime });
          expect(nonFinite(r), JSON.stringify({ pvCumulative, ev, actualTime })).toEqual([]);
        }
  });

  it('a portfolio whose tasks have zero budgets and zero durations: analysis, health, KPIs, governance', () => {
    const pf = parsePortfolio({
      id: 'z',
      name: 'Zeros',
      projects: [
        { id: 'a', name: 'A', start: '2026-01-05', budget: 0, tasks: [{ id: 'm', name: 'M', duration: 0, budget: 0, percentComplete: 0 }], dependencies: [] },
        { id: 'b', name: 'B', start: '2026-01-05', tasks: [{ id: 't', name: 'T', duration: 5, budget: 0, percentComplete: 100, actualCost: 0, actualStart: '2026-01-05', actualFinish: '2026-01-09' }], dependencies: [] },
      ],
      risks: [{ id: 'r', title: 'R', kind: 'threat', probability: 0, impact: { cost: 0, days: 0 }, strategy: 'accept', owner: 'x', status: 'open' }],
    });
    for (const by of ['day', 'week', 'month'] as const) expect(nonFinite(earnedValueAnalysis(pf, { by, statusDate: '2026-01-09' }))).toEqual([]);
    expect(nonFinite(healthScore(pf, { statusDate: '2026-01-09' }))).toEqual([]);
    expect(nonFinite(portfolioKpis(pf, { statusDate: '2026-01-09' }))).toEqual([]);
    expect(nonFinite(checkGovernance(pf, { statusDate: '2026-01-09' }))).toEqual([]);
    expect(nonFinite(analyzeRisks(pf))).toEqual([]);
    expect(nonFinite(rateRisk({ probability: 0, impact: { cost: 0 } }, { budget: 0 }))).toEqual([]);
  });

  it('prioritization and alignment with equal scores, zero weights and one project', () => {
    const equal = prioritizeProjects({ criteria: [{ id: 'v', weight: 1 }, { id: 'c', weight: 2, direction: 'cost' }], projects: [{ id: 'a', scores: { v: 3, c: 0 } }, { id: 'b', scores: { v: 3, c: 0 } }] });
    expect(nonFinite(equal)).toEqual([]);
    expect(nonFinite(prioritizeProjects({ criteria: [{ id: 'v', weight: 1 }], projects: [{ id: 'a', scores: { v: 0 } }] }))).toEqual([]);
    expect(nonFinite(ahpWeights([[1]]))).toEqual([]);
    expect(nonFinite(ahpWeights([[1, 1], [1, 1]]))).toEqual([]);
    expect(nonFinite(strategicAlignment({ objectives: [{ id: 'o', name: 'O', weight: 1 }], projects: [{ id: 'a', contributions: { o: 0 } }] }))).toEqual([]);
  });

  it('npv, irr and discounted payback on zero flows and a zero rate', () => {
    expect(npv(0, [0, 0, 0])).toBe(0);
    expect(npv(0, [-100, 50, 50])).toBe(0);
    expect(irr([0, 0, 0])).toBeNull();
    expect(discountedPayback(0, [0, 0])).toBe(0);
    for (const rate of [0, 0.1, -0.5]) expect(Number.isFinite(npv(rate, [-100, 60, 60]))).toBe(true);
  });
});

describe('sums over many periods', () => {
  it('the cumulative planned value of 2,000 tasks of 0.1 each, by day over about eight years, ends within 1e-9 of the exact total', () => {
    const n = 2_000;
    const tasks = Array.from({ length: n }, (_, i) => ({ id: `t${i}`, name: `T${i}`, duration: 1 + (i % 7), budget: 0.1 }));
    const dependencies = Array.from({ length: n - 1 }, (_, i) => ({ from: `t${i}`, to: `t${i + 1}` }));
    const pf = parsePortfolio({ id: 's', name: 'Sums', projects: [{ id: 'p', name: 'P', start: '2026-01-05', tasks, dependencies }] });
    const exact = n / 10; // 2,000 x 0.1, summed exactly
    for (const by of ['day', 'week', 'month'] as const) {
      const a = earnedValueAnalysis(pf, { by, statusDate: '2026-01-05' });
      const p = a.projects[0]!;
      const last = p.series.pvCumulative[p.series.pvCumulative.length - 1]!;
      expect(a.periods.length).toBeGreaterThan(by === 'day' ? 2_000 : 90);
      expect(Math.abs(last - exact) / exact, `by ${by}`).toBeLessThan(1e-9);
      expect(Math.abs(p.plan.bac - exact) / exact).toBeLessThan(1e-9);
      const perPeriod = p.series.pv.reduce((s, x) => s + x, 0);
      expect(Math.abs(perPeriod - exact) / exact).toBeLessThan(1e-9);
    }
  });

  it('earnedValue of summed random amounts matches the exact sum within 1e-9', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 5_000 }), (cents) => {
        const amounts = cents.map((c) => c / 100);
        const exact = cents.reduce((s, c) => s + c, 0) / 100;
        const pvCumulative: number[] = [];
        let run = 0;
        for (const a of amounts) pvCumulative.push((run += a));
        const r = earnedSchedule({ pvCumulative, ev: run, actualTime: amounts.length });
        expect(nonFinite(r)).toEqual([]);
        if (exact > 0) expect(Math.abs(run - exact) / exact).toBeLessThan(1e-9);
      }),
      { numRuns: 50 },
    );
  });
});
