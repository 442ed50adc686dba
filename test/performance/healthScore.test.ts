/** healthScore: hand-computed scores, monotonicity, drivers that sum to the score, roll-up, trend, options. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { parsePortfolio } from '../../src/model/parse.js';
import { earnedValueAnalysis, healthScore, type HealthIndicator } from '../../src/performance/index.js';
import { INDICATORS, readHealthConfig } from '../../src/performance/internal/healthConfig.js';
import type { IndicatorValue } from '../../src/performance/internal/healthIndicators.js';
import { apportion, scoreIndicators, subScore } from '../../src/performance/internal/healthScoring.js';
import { overallocations } from '../../src/resources/index.js';
import { schedulePortfolio } from '../../src/schedule/index.js';
import { handPortfolio } from './scoringFixtures.js';

const SAMPLE = JSON.parse(readFileSync(new URL('../../examples/data/sample-portfolio.json', import.meta.url), 'utf8')) as unknown;
const CONFIG = readHealthConfig('test', {});

/** A "worse" direction per indicator: +1 when a larger value is worse. */
const WORSE_UP: Record<HealthIndicator, boolean> = {
  'spi-t': false,
  'float-erosion': true,
  cpi: false,
  vac: false,
  'risk-exposure': true,
  overallocation: true,
  'scope-change': true,
  quality: false,
};

const valuesArb = fc.record(
  Object.fromEntries(INDICATORS.map((d) => [d.indicator, fc.option(fc.double({ min: -3, max: 200, noNaN: true }), { nil: undefined })])) as Record<HealthIndicator, fc.Arbitrary<number | undefined>>,
);
const toMap = (v: Record<string, number | undefined>): Map<HealthIndicator, IndicatorValue> =>
  new Map(INDICATORS.map((d) => [d.indicator, v[d.indicator] === undefined ? { absent: 'test' } : { value: v[d.indicator]! }]));

describe('healthScore: hand-computed', () => {
  it('one project, five indicators: 34, red, contributions 6 + 9 + 0 + 0 + 19', () => {
    // SPI(t) = ES/AT = 4/5 = 0.8 -> 20; float erosion: IEAC(t) = 10/0.8 = 12.5 -> day 13, 3 days late
    // of the 10 working days of float to the deadline = 0.3 -> 70; CPI 400/500 = 0.8 -> 0;
    // VAC/BAC = (1000 - 1250)/1000 = -0.25 -> 0; risk 0.5 x 100 / 1000 = 0.05 -> 100.
    // Weights 25, 10, 20, 10, 15 (80 present): (500 + 700 + 0 + 0 + 1500) / 80 = 33.75 -> 34.
    const h = healthScore(handPortfolio());
    expect(h.statusDate).toBe('2026-01-09');
    const p = h.projects[0]!;
    expect([p.id, p.score, p.rating]).toEqual(['p', 34, 'red']);
    expect(p.drivers.map((d) => [d.indicator, d.value, d.contribution])).toEqual([
      ['spi-t', 0.8, 6],
      ['float-erosion', 0.3, 9],
      ['cpi', 0.8, 0],
      ['vac', -0.25, 0],
      ['risk-exposure', 0.05, 19],
    ]);
    expect(p.drivers.map((d) => d.points)).toEqual([expect.closeTo(6.25, 9), 8.75, 0, 0, 18.75]);
    expect(p.drivers.map((d) => d.weight)).toEqual([25 / 80, 10 / 80, 20 / 80, 10 / 80, 15 / 80]);
    expect(p.absent.map((a) => a.indicator)).toEqual(['overallocation', 'scope-change', 'quality']);
    expect(p.absent[0]!.reason).toMatch(/no over-allocation data/);
    expect(h.portfolio).toEqual({ score: 34, rating: 'red', rollUp: 'budget', trend: null });
  });

  it('on plan and on budget: 100, green', () => {
    const h = healthScore(handPortfolio({ ev: 500, ac: 500, probability: 0 }));
    const p = h.projects[0]!;
    expect([p.score, p.rating]).toEqual([100, 'green']);
    // 31.25, 12.5, 25, 12.5, 18.75: floors 98, the two points left go to the largest remainders, .75 then the first .5
    expect(p.drivers.map((d) => d.contribution)).toEqual([31, 13, 25, 12, 19]);
  });

  it('over-allocation, scope and quality when given: the day-by-day over-allocation of the project', () => {
    const pf = handPortfolio({ ev: 500, ac: 500, probability: 0, extra: { statusReports: [{ projectId: 'p', date: '2026-01-09', pv: 500, ev: 500, ac: 500, bac: 1000, scopeChangePercent: -15, qualityPercent: 85 }] } });
    const over = [
      { period: '2026-01-05', days: 1, projects: ['p'] },
      { period: '2026-01-05', days: 1, projects: ['p', 'q'] }, // the same day of another entity: counted once
      { period: '2026-01-06', days: 1, projects: ['q'] }, // another project's
    ];
    const p = healthScore(pf, { overallocations: over }).projects[0]!;
    const d = new Map(p.drivers.map((x) => [x.indicator, x]));
    expect(d.get('overallocation')!.value).toBe(0.1); // 1 day of 10 -> (0.25 - 0.1) / 0.25 = 60
    expect(d.get('overallocation')!.subScore).toBeCloseTo(60, 9);
    expect(d.get('scope-change')!.value).toBe(15); // |−15| -> (25 − 15) / 20 = 50
    expect(d.get('scope-change')!.subScore).toBeCloseTo(50, 9);
    expect(d.get('quality')!.subScore).toBeCloseTo(50, 9); // (85 − 75) / 20
    // 25 + 10 + 20 + 10 + 15 full, 10 x 0.6, 5 x 0.5, 5 x 0.5 of 100: 80 + 6 + 2.5 + 2.5 = 91
    expect(p.score).toBe(91);
  });

  it('the risk exposure given replaces the register: 300 of 1000 is at the bad threshold', () => {
    const p = healthScore(handPortfolio({ ev: 500, ac: 500 }), { riskExposure: new Map([['p', 300]]) }).projects[0]!;
    expect(p.drivers.find((d) => d.indicator === 'risk-exposure')).toMatchObject({ value: 0.3, subScore: 0, contribution: 0 });
  });

  it('a threat that names only days costs BAC / PD per day', () => {
    const pf = handPortfolio({ ev: 500, ac: 500 });
    const risks = [{ ...pf.risks[0]!, impact: { days: 2 } }];
    const p = healthScore({ ...pf, risks }).projects[0]!;
    // 0.5 x 2 days x 1000 / 10 days = 100 -> 0.1
    expect(p.drivers.find((d) => d.indicator === 'risk-exposure')!.value).toBe(0.1);
  });
});

describe('healthScore: properties', () => {
  it('subScore is 100 at good, 0 at bad, linear between, clamped, in either direction', () => {
    expect([subScore(1, 1, 0.75), subScore(0.75, 1, 0.75), subScore(0.875, 1, 0.75), subScore(2, 1, 0.75), subScore(-1, 1, 0.75)]).toEqual([100, 0, 50, 100, 0]);
    expect([subScore(0, 0, 1), subScore(1, 0, 1), subScore(0.25, 0, 1), subScore(-5, 0, 1)]).toEqual([100, 0, 75, 100]);
  });

  it('apportion: integers, each the floor or ceiling of its part, summing to the rounded total', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 }), (parts) => {
        const a = apportion(parts);
        expect(a.reduce((s, x) => s + x, 0)).toBe(Math.round(parts.reduce((s, x) => s + x, 0)));
        a.forEach((x, i) => expect(x === Math.floor(parts[i]!) || x === Math.ceil(parts[i]!)).toBe(true));
      }),
    );
  });

  it('the drivers sum to the score, which is the rounded weighted mean, 0–100, never NaN', () => {
    fc.assert(
      fc.property(valuesArb, (v) => {
        const r = scoreIndicators(toMap(v), CONFIG);
        if ('unscored' in r) {
          expect(Object.values(v).every((x) => x === undefined)).toBe(true);
          return;
        }
        expect(r.drivers.reduce((s, d) => s + d.contribution, 0)).toBe(r.score);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.score).toBe(Math.round(r.drivers.reduce((s, d) => s + d.points, 0)));
        for (const d of r.drivers) expect(Number.isFinite(d.points) && Number.isFinite(d.shortfall)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('monotonic in each indicator: a worse value never gives a better score', () => {
    fc.assert(
      fc.property(valuesArb, fc.constantFrom(...INDICATORS.map((d) => d.indicator)), fc.double({ min: 0, max: 50, noNaN: true }), (v, indicator, step) => {
        if (v[indicator] === undefined) return;
        const worse = { ...v, [indicator]: v[indicator]! + (WORSE_UP[indicator] ? step : -step) };
        const a = scoreIndicators(toMap(v), CONFIG);
        const b = scoreIndicators(toMap(worse), CONFIG);
        if ('unscored' in a || 'unscored' in b) throw new Error('unexpected');
        expect(b.score).toBeLessThanOrEqual(a.score);
      }),
      { numRuns: 1000 },
    );
  });

  it('monotonic end to end: a lower EV (worse SPI(t), CPI, VAC), a higher AC or a likelier threat never scores better', () => {
    const score = (o: Parameters<typeof handPortfolio>[0]) => healthScore(handPortfolio(o)).projects[0]!.score;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 2000 }), (ev, dEv, ac, dAc) => {
        const lower = Math.max(1, ev - dEv);
        expect(score({ ev: lower, ac })).toBeLessThanOrEqual(score({ ev, ac }));
        expect(score({ ev, ac: ac + dAc })).toBeLessThanOrEqual(score({ ev, ac }));
      }),
      { numRuns: 40 },
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (p1, p2) => {
        const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
        expect(score({ probability: hi, cost: 500 })).toBeLessThanOrEqual(score({ probability: lo, cost: 500 }));
      }),
      { numRuns: 30 },
    );
  });
});

describe('healthScore: the sample, roll-up and trend', () => {
  const portfolio = parsePortfolio(SAMPLE);
  const plan = schedulePortfolio(portfolio, { progress: 'plan' });
  const over = overallocations(portfolio, plan, { by: 'day' });

  it('scores every active project; contributions sum to each score; budget-weighted roll-up', () => {
    const h = healthScore(portfolio, { overallocations: over });
    expect(h.projects.map((p) => [p.id, p.score, p.rating])).toEqual([
      ['wms', 36, 'red'],
      ['dp', 73, 'amber'],
      ['portal', 60, 'amber'],
      ['tel', 69, 'amber'],
    ]);
    for (const p of h.projects) expect(p.drivers.reduce((s, d) => s + d.contribution, 0)).toBe(p.score);
    const bac = { wms: 335_000, dp: 169_000, portal: 131_000, tel: 200_500 } as Record<string, number>;
    const total = Object.values(bac).reduce((a, b) => a + b, 0);
    expect(h.portfolio.score).toBe(Math.round(h.projects.reduce((s, p) => s + (bac[p.id]! / total) * p.score, 0)));
    expect(h.projects.map((p) => p.rollUpWeight)).toEqual(h.projects.map((p) => bac[p.id]! / total));
    expect(h.portfolio.rating).toBe('amber');
  });

  it('roll-up by priority or equally', () => {
    const byPriority = healthScore(portfolio, { overallocations: over, rollUp: 'priority' });
    const weights = { wms: 900, dp: 700, portal: 600, tel: 500 } as Record<string, number>;
    expect(byPriority.portfolio.score).toBe(Math.round(byPriority.projects.reduce((s, p) => s + (weights[p.id]! / 2700) * p.score, 0)));
    const equal = healthScore(portfolio, { overallocations: over, rollUp: 'equal' });
    expect(equal.portfolio.score).toBe(Math.round((36 + 73 + 60 + 69) / 4));
  });

  it('the trend since March: wms worsens, SPI(t) moved it most', () => {
    const h = healthScore(portfolio, { overallocations: over, previousStatusDate: '2026-03-31' });
    const wms = h.projects.find((p) => p.id === 'wms')!;
    expect(wms.trend).toMatchObject({ previousStatusDate: '2026-03-31', direction: 'worsening', added: [], removed: [] });
    expect(wms.trend!.change).toBe(wms.score - wms.trend!.previousScore);
    expect(wms.trend!.movers[0]).toMatchObject({ indicator: 'spi-t' });
    expect(wms.trend!.movers[0]!.change).toBeLessThan(0);
    expect(wms.trend!.movers[0]!.previousValue).toBeGreaterThan(wms.trend!.movers[0]!.value!);
    // tel had not started in March: its earned value indicators arrive.
    expect(h.projects.find((p) => p.id === 'tel')!.trend!.added).toEqual(['spi-t', 'float-erosion', 'cpi', 'vac']);
    expect(h.portfolio.trend!.direction).toBe('worsening');
  });

  it('reuses an earned value analysis given, and gives the same scores', () => {
    const a = healthScore(portfolio, { overallocations: over });
    const b = healthScore(portfolio, { overallocations: over, earnedValue: earnedValueAnalysis(portfolio) });
    expect(b).toEqual(a);
    expect(() => healthScore(portfolio, { earnedValue: earnedValueAnalysis(portfolio, { statusDate: '2026-03-31' }), statusDate: '2026-04-30' })).toThrow(/options.earnedValue is at 2026-03-31/);
    expect(() => healthScore(portfolio, { earnedValue: earnedValueAnalysis(portfolio, { projectId: 'dp' }) })).toThrow(/has no project "wms"/);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(SAMPLE);
    healthScore(parsePortfolio(copy), { overallocations: over, previousStatusDate: '2026-02-27' });
    expect(copy).toEqual(SAMPLE);
  });
});

describe('healthScore: options and edge cases', () => {
  it('switched-off indicators and weights re-weigh the others', () => {
    const h = healthScore(handPortfolio(), { indicators: { 'risk-exposure': false, cpi: { weight: 0 }, 'spi-t': { weight: 50, good: 0.8, bad: 0.5 } } });
    const p = h.projects[0]!;
    expect(p.drivers.map((d) => d.indicator)).toEqual(['spi-t', 'float-erosion', 'vac']);
    expect(p.absent).toEqual(expect.arrayContaining([{ indicator: 'risk-exposure', reason: 'switched off' }, { indicator: 'cpi', reason: 'weight 0' }]));
    // SPI(t) 0.8 is now good (100); float 70; VAC 0: (50 x 100 + 10 x 70 + 10 x 0) / 70 = 81.43
    expect(p.score).toBe(81);
    expect(p.rating).toBe('green');
  });

  it('rating thresholds are options', () => {
    expect(healthScore(handPortfolio(), { ratings: { green: 90, amber: 30 } }).projects[0]!.rating).toBe('amber');
    expect(() => healthScore(handPortfolio(), { ratings: { green: 40, amber: 60 } })).toThrow(/options.ratings.amber must be a number from 0 to green/);
  });

  it('projects whose status is not scored, or without any indicator, are listed as unscored', () => {
    const pf = handPortfolio({ project: { status: 'proposed' } });
    const h = healthScore(pf);
    expect(h.projects).toEqual([]);
    expect(h.unscored).toEqual([{ id: 'p', reason: 'status proposed is not scored' }]);
    expect(h.portfolio).toEqual({ score: null, rating: null, rollUp: 'budget', trend: null });
    // Before the project starts: no earned value indicator; the risk exposure alone scores it.
    const early = healthScore(handPortfolio(), { statusDate: '2026-01-02', indicators: { 'risk-exposure': false } });
    expect(early.projects).toEqual([]);
    expect(early.unscored[0]!.reason).toMatch(/^no indicator is present: spi-t \(SPI\(t\) is undefined/);
  });

  it('zero amounts never give NaN or Infinity: a project with BAC 0 and no cost', () => {
    const pf = handPortfolio({ ev: 0, ac: 0, project: { budget: 0, tasks: [{ id: 't', name: 'Work', duration: 10, budget: 0 }] }, extra: { baselines: [], statusReports: [{ projectId: 'p', date: '2026-01-09', pv: 0, ev: 0, ac: 0, bac: 0 }] } });
    const h = healthScore(pf);
    const json = JSON.stringify(h);
    expect(json).not.toMatch(/NaN|Infinity|null,"rating"/);
    for (const p of h.projects) for (const d of p.drivers) expect(Number.isFinite(d.value)).toBe(true);
    expect(h.projects.length + h.unscored.length).toBe(1);
  });

  it('bad options and input give a PmoError naming them', () => {
    const pf = handPortfolio();
    const bad: [unknown, RegExp][] = [
      [{ indicators: { nope: {} } }, /unknown indicator "nope"/],
      [{ indicators: { cpi: { good: 1, bad: 1 } } }, /good and bad must differ/],
      [{ indicators: { cpi: { weight: -1 } } }, /weight must be a number from 0/],
      [{ rollUp: 'size' }, /options.rollUp must be/],
      [{ statuses: ['running'] }, /options.statuses must be an array of/],
      [{ overallocations: [{ period: 'x', days: -1, projects: [] }] }, /options.overallocations\[0\].days/],
      [{ riskExposure: { p: 1 } }, /options.riskExposure must be a Map/],
      [{ riskExposure: new Map([['p', Number.NaN]]) }, /riskExposure must map project ids to numbers/],
      [{ previousStatusDate: '2026-02-01' }, /previousStatusDate \(2026-02-01\) is after the status date \(2026-01-09\)/],
      [{ statusDate: '2026-02-30' }, /statusDate must be an existing day/],
      ['x', /options must be an object/],
    ];
    for (const [o, re] of bad) {
      expect(() => healthScore(pf, o as never), String(re)).toThrow(PmoError);
      expect(() => healthScore(pf, o as never)).toThrow(re);
    }
    expect(() => healthScore({ ...pf, projects: [] })).toThrow(/the portfolio has no project to score/);
    expect(() => healthScore({ ...pf, risks: [{ ...pf.risks[0]!, probability: 2 }] })).toThrow(/risks\[0\].probability must be a number from 0 to 1/);
  });
});
