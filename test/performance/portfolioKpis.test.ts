/** portfolioKpis: hand-computed KPIs, breakdowns, definitions, null reasons. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import { healthScore, portfolioKpis, type KpiId, type PortfolioKpi } from '../../src/performance/index.js';
import { handPortfolio } from './scoringFixtures.js';

const SAMPLE = JSON.parse(readFileSync(new URL('../../examples/data/sample-portfolio.json', import.meta.url), 'utf8')) as unknown;

/** The hand project `p` (active, unit u1) and two completed 8-day projects: `early` (u1, finished 01-14) and `late` (u2, finished 01-20), in program `g`. */
function kpiPortfolio(): Portfolio {
  const base = handPortfolio();
  const done = (id: string, finish: string, cost: number, unitId: string, expectedValue: number, realizedValue: number) => ({
    id,
    name: id,
    start: '2026-01-05',
    deadline: '2026-01-16',
    budget: 1000,
    status: 'completed' as const,
    unitId,
    expectedValue,
    realizedValue,
    tasks: [{ id: 'w', name: 'Work', duration: 8, budget: 1000, percentComplete: 100, actualStart: '2026-01-05', actualFinish: finish, actualCost: cost }],
    dependencies: [],
  });
  return parsePortfolio({
    ...structuredClone(SAMPLE_FREE(base)),
    organization: { ...base.organization!, units: [{ id: 'u1', name: 'Unit one' }, { id: 'u2', name: 'Unit two' }] },
    projects: [{ ...base.projects[0]!, unitId: 'u1' }, done('early', '2026-01-14', 900, 'u1', 5000, 4000), done('late', '2026-01-20', 1200, 'u2', 3000, 1000)],
    programs: [{ id: 'g', name: 'Program G', projectIds: ['early', 'late'] }],
  });
}

/** The parsed hand portfolio as input again (the parse output is valid input). */
function SAMPLE_FREE(p: Portfolio): Record<string, unknown> {
  return JSON.parse(JSON.stringify(p)) as Record<string, unknown>;
}

const kpi = (kpis: readonly PortfolioKpi[], id: KpiId) => kpis.find((k) => k.id === id)!;

describe('portfolioKpis: hand-computed', () => {
  const r = portfolioKpis(kpiPortfolio(), {
    statusDate: '2026-01-20',
    resourceLoading: { resources: [{ id: 'r1', demand: [5, 5], capacity: [5, 10] }, { id: 'r2', demand: [0], capacity: [5] }] },
  });
  const k = (id: KpiId) => kpi(r.kpis, id);

  it('on-time delivery: one of the two completed projects finished by its deadline', () => {
    expect(k('on-time-delivery')).toMatchObject({ value: 0.5, count: 2, unit: 'share', reason: null });
    expect(r.projects.map((p) => [p.id, p.onTime])).toEqual([['p', null], ['early', true], ['late', false]]);
  });

  it('forecast on time: the active project is forecast to finish on 01-21, before its deadline', () => {
    expect(k('forecast-on-time')).toMatchObject({ value: 1, count: 1 });
  });

  it('budget variance: VAC/BAC -0.25, +0.1 and -0.2, median -0.2, with quartiles and bands', () => {
    expect(r.projects.map((p) => p.budgetVariance)).toEqual([-0.25, expect.closeTo(0.1, 12), expect.closeTo(-0.2, 12)]);
    expect(k('budget-variance').value).toBeCloseTo(-0.2, 12);
    expect(k('budget-variance').distribution).toMatchObject({ min: -0.25, bands: { under: 1, onBudget: 0, over5to10: 0, over10: 2 } });
    expect(k('budget-variance').distribution!.q1).toBeCloseTo(-0.225, 12);
    expect(k('budget-variance').distribution!.max).toBeCloseTo(0.1, 12);
  });

  it('schedule slip: +3, 0 and +4 working days, mean 7/3', () => {
    expect(r.projects.map((p) => p.slip)).toEqual([3, 0, 4]);
    expect(k('schedule-slip')).toMatchObject({ value: 7 / 3, unit: 'working days', count: 3 });
  });

  it('utilization: 10 of 20 unit-days; by unit u1 10/15, no unit 0/5', () => {
    expect(k('resource-utilization')).toMatchObject({ value: 0.5, count: 2 });
    // r1 has no unit in the portfolio: both resources fall in (none)
    expect(k('resource-utilization').breakdown.unit).toEqual([{ key: '(none)', name: null, value: 0.5, count: 2 }]);
    expect(k('resource-utilization').breakdown.program).toEqual([]);
  });

  it('benefits: 5000 of 8000 realized', () => {
    expect(k('benefits-realization')).toMatchObject({ value: 5000 / 8000, count: 2 });
  });

  it('health distribution: the active project is red', () => {
    expect(k('health-distribution')).toMatchObject({ value: 0, count: 1, ratings: { green: 0, amber: 0, red: 1 } });
  });

  it('breaks every KPI down by unit, program and PMO type', () => {
    expect(k('on-time-delivery').breakdown.unit).toEqual([
      { key: 'u1', name: 'Unit one', value: 1, count: 1 },
      { key: 'u2', name: 'Unit two', value: 0, count: 1 },
    ]);
    expect(k('schedule-slip').breakdown.program).toEqual([
      { key: '(none)', name: null, value: 3, count: 1 },
      { key: 'g', name: 'Program G', value: 2, count: 2 },
    ]);
    expect(k('budget-variance').breakdown.pmoType).toEqual([{ key: 'controlling', name: null, value: expect.closeTo(-0.2, 12), count: 3 }]);
  });

  it('each KPI carries its label and definition in English and Chinese', () => {
    expect(r.kpis.map((x) => x.id)).toEqual(['on-time-delivery', 'forecast-on-time', 'budget-variance', 'schedule-slip', 'resource-utilization', 'benefits-realization', 'health-distribution']);
    for (const x of r.kpis) {
      expect(x.label.en.length).toBeGreaterThan(5);
      expect(x.definition.en.length).toBeGreaterThan(40);
      expect(x.label.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(x.definition.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('portfolioKpis: the sample and edge cases', () => {
  it('the sample: no completed project, so no on-time rate, with the reason in en and zh; no NaN', () => {
    const r = portfolioKpis(parsePortfolio(SAMPLE));
    const onTime = kpi(r.kpis, 'on-time-delivery');
    expect(onTime.value).toBeNull();
    expect(onTime.reason).toEqual({ en: 'no completed project with an actual finish', zh: expect.stringMatching(/已完成项目/) });
    expect(kpi(r.kpis, 'resource-utilization').reason!.en).toMatch(/no resource loading/);
    expect(kpi(r.kpis, 'schedule-slip').value).toBe((48 + 7 + 24 + 16) / 4);
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });

  it('reuses the health given, and refuses results at another date', () => {
    const pf = kpiPortfolio();
    const a = portfolioKpis(pf, { statusDate: '2026-01-20' });
    const health = healthScore(pf, { statusDate: '2026-01-20' });
    expect(portfolioKpis(pf, { health })).toEqual(a);
    expect(() => portfolioKpis(pf, { statusDate: '2026-01-09', health })).toThrow(/options.health is at 2026-01-20, not at options.statusDate 2026-01-09/);
    expect(() => portfolioKpis(pf, { health: {} as never })).toThrow(/options.health must be a healthScore result/);
    expect(() => portfolioKpis(pf, { resourceLoading: { resources: [{ id: 'x', demand: [-1], capacity: [1] }] } })).toThrow(/resourceLoading.resources\[0\].demand must be an array of numbers/);
  });
});
