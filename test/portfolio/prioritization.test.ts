import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PmoError, PmoValidationError } from '../../src/errors.js';
import { parsePortfolio } from '../../src/model/parse.js';
import { ahpWeights, discountedPayback, irr, npv, prioritizeProjects, SAATY_RANDOM_INDEX, strategicAlignment } from '../../src/portfolio/index.js';
import { deepFreeze, ROOT } from '../helpers.js';

describe('ahpWeights against a published example', () => {
  // T. L. Saaty, "A scaling method for priorities in hierarchical structures", Journal of
  // Mathematical Psychology 15 (1977) 234–281, the "wealth of nations" example (also in Saaty,
  // The Analytic Hierarchy Process, McGraw-Hill 1980): relative wealth of the US, USSR, China,
  // France, UK, Japan and West Germany. Published eigenvector .427 .230 .021 .052 .052 .123 .094,
  // λmax = 7.61.
  const wealth = [
    [1, 4, 9, 6, 6, 5, 5],
    [1 / 4, 1, 7, 5, 5, 3, 4],
    [1 / 9, 1 / 7, 1, 1 / 5, 1 / 5, 1 / 7, 1 / 5],
    [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
    [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
    [1 / 5, 1 / 3, 7, 3, 3, 1, 2],
    [1 / 5, 1 / 4, 5, 3, 3, 1 / 2, 1],
  ];

  it('reproduces the published weights and λmax; CR = CI / RI(7) = 0.08: consistent', () => {
    const r = ahpWeights(wealth);
    expect(r.weights.map((w) => Number(w.toFixed(3)))).toEqual([0.427, 0.23, 0.021, 0.052, 0.052, 0.123, 0.094]);
    expect(r.lambdaMax).toBeCloseTo(7.61, 2);
    expect(r.randomIndex).toBe(1.32);
    expect(r.consistencyIndex).toBeCloseTo((r.lambdaMax - 7) / 6, 12);
    expect(r.consistencyRatio).toBeCloseTo(0.077, 3);
    expect(r.consistent).toBe(true);
    // the weights are an eigenvector: A w = λ w
    for (let i = 0; i < 7; i++) expect(wealth[i]!.reduce((s, v, j) => s + v * r.weights[j]!, 0)).toBeCloseTo(r.lambdaMax * r.weights[i]!, 12);
  });

  it('a consistent matrix gives its exact ratios and CR 0; an inconsistent one is reported', () => {
    const c = ahpWeights([
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ]);
    expect(c.weights.map((w) => w * 7)).toEqual([expect.closeTo(4, 12), expect.closeTo(2, 12), expect.closeTo(1, 12)]);
    expect(c.consistencyRatio).toBeCloseTo(0, 12);
    const bad = ahpWeights([
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ]);
    expect(bad.consistencyRatio).toBeGreaterThan(0.1);
    expect(bad.consistent).toBe(false);
    expect(ahpWeights([[1]]).weights).toEqual([1]);
    expect(SAATY_RANDOM_INDEX.slice(0, 10)).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
  });

  it('rejects matrices that are not positive reciprocal', () => {
    expect(() => ahpWeights([[1, 2], [0.4, 1]])).toThrow(/not the reciprocal/);
    expect(() => ahpWeights([[1, 2], [0.5]] as never)).toThrow(/row 1 must have 2 entries/);
    expect(() => ahpWeights([[2]])).toThrow(/diagonal/);
    expect(() => ahpWeights([[1, -1], [-1, 1]])).toThrow(/positive/);
    expect(() => ahpWeights([])).toThrow(PmoError);
    // 0.333 stands for 1/3
    expect(() => ahpWeights([[1, 3], [0.333, 1]])).not.toThrow();
  });
});

describe('npv, irr, discountedPayback against published values', () => {
  it('NPV: Microsoft Excel documentation, NPV function examples', () => {
    // Example 1: rate 10 %, an investment of 10,000 one year from today, then 3,000, 4,200, 6,800
    // (Excel discounts its first value by one period) -> 1,188.44.
    expect(npv(0.1, [0, -10000, 3000, 4200, 6800])).toBeCloseTo(1188.44, 2);
    // Example 2: rate 8 %, an investment of 40,000 at the start, returns 8,000 9,200 10,000 12,000
    // 14,500 -> 1,922.06; with a loss of 9,000 in year 6 -> -3,749.47.
    expect(npv(0.08, [-40000, 8000, 9200, 10000, 12000, 14500])).toBeCloseTo(1922.06, 2);
    expect(npv(0.08, [-40000, 8000, 9200, 10000, 12000, 14500, -9000])).toBeCloseTo(-3749.47, 2);
    expect(npv(0, [1, 2, 3])).toBe(6);
  });

  it('IRR: Microsoft Excel documentation (IRR function) and Wikipedia (Internal rate of return)', () => {
    // Excel: -70,000 then 12,000 15,000 18,000 21,000 26,000: after five years 8.7 % (8.66 %),
    // after four years -2.1 %, after two years -44.4 %.
    expect(irr([-70000, 12000, 15000, 18000, 21000, 26000])).toBeCloseTo(0.0866, 4);
    expect(irr([-70000, 12000, 15000, 18000, 21000])).toBeCloseTo(-0.021, 3);
    expect(irr([-70000, 12000, 15000])).toBeCloseTo(-0.444, 3);
    // Wikipedia: -123,400 then 36,200 54,800 48,100 -> 5.96 %.
    expect(irr([-123400, 36200, 54800, 48100])).toBeCloseTo(0.0596, 4);
    // the NPV at the IRR is 0
    const r = irr([-123400, 36200, 54800, 48100])!;
    expect(Math.abs(npv(r, [-123400, 36200, 54800, 48100]))).toBeLessThan(1e-6);
  });

  it('IRR is null when no rate or several rates make the NPV zero', () => {
    expect(irr([100, 50])).toBeNull();
    expect(irr([-100, -50])).toBeNull();
    // (1.1)(1.2) = 1.32: roots at 10 % and 20 %
    expect(irr([-100, 230, -132])).toBeNull();
  });

  it('discounted payback: interpolated within the period it turns, null when never', () => {
    expect(discountedPayback(0, [-1000, 400, 400, 400])).toBe(2.5);
    // 10 %: discounted 363.64, 330.58, 300.53: cumulative -305.79 after two years; 300.53 never reaches it
    expect(discountedPayback(0.1, [-1000, 400, 400, 400])).toBeNull();
    expect(discountedPayback(0.1, [-1000, 400, 400, 400, 400])).toBeCloseTo(3 + (1000 - 400 / 1.1 - 400 / 1.21 - 400 / 1.331) / (400 / 1.4641), 12);
    expect(discountedPayback(0.05, [100, 10])).toBe(0);
    // goes negative again later: the payback is the last crossing
    expect(discountedPayback(0, [-10, 20, -20, 20])).toBe(2.5);
    expect(() => npv(-1, [1])).toThrow(/greater than -1/);
    expect(() => irr([])).toThrow(/non-empty/);
    expect(() => discountedPayback(0.1, [1, Number.NaN])).toThrow(/cash flow \[1\]/);
  });
});

describe('prioritizeProjects', () => {
  it('weighted scoring: min–max normalization, contributions that sum to the score, shared ranks', () => {
    const r = prioritizeProjects({
      criteria: [
        { id: 'value', weight: 3 },
        { id: 'risk', weight: 1, direction: 'cost' },
      ],
      projects: [
        { id: 'a', scores: { value: 10, risk: 5 } },
        { id: 'b', scores: { value: 20, risk: 9 } },
        { id: 'c', scores: { value: 0, risk: 1 } },
        { id: 'd', scores: { value: 10, risk: 5 } },
      ],
    });
    expect(r.method).toBe('weighted');
    expect(r.weights).toEqual({ value: 0.75, risk: 0.25 });
    expect(r.ranking.map((p) => [p.projectId, p.rank, p.score])).toEqual([
      ['b', 1, 0.75],
      ['a', 2, 0.5],
      ['d', 2, 0.5],
      ['c', 4, 0.25],
    ]);
    const a = r.ranking.find((p) => p.projectId === 'a')!;
    expect(a.normalized).toEqual({ value: 0.5, risk: 0.5 });
    expect(a.contributions).toEqual({ value: 0.375, risk: 0.125 });
    expect(a.values).toEqual({ value: 10, risk: 5 });
    for (const p of r.ranking) expect(Object.values(p.contributions).reduce((s, v) => s + v, 0)).toBeCloseTo(p.score, 12);
  });

  it('AHP weights, computed measures (alignment, NPV, IRR, payback) and unserved objectives', () => {
    const input = deepFreeze({
      criteria: [{ id: 'fit', measure: 'alignment' as const }, { id: 'money', measure: 'npv' as const }, { id: 'speed', measure: 'discountedPayback' as const }],
      pairwise: [
        [1, 3, 5],
        [1 / 3, 1, 3],
        [1 / 5, 1 / 3, 1],
      ],
      objectives: [{ id: 'growth', weight: 3 }, { id: 'risk' }, { id: 'green' }],
      discountRate: 0.1,
      projects: [
        { id: 'a', contributions: { growth: 2 }, cashFlows: [-100, 60, 60] },
        { id: 'b', contributions: { risk: 3 }, cashFlows: [-100, 20, 20] },
      ],
    });
    const r = prioritizeProjects(input);
    expect(r.method).toBe('ahp');
    expect(r.ahp!.consistent).toBe(true);
    expect(Object.values(r.weights).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    const [first, second] = r.ranking;
    expect(first!.projectId).toBe('a');
    expect(first!.alignment).toBeCloseTo((3 * 2) / 5, 12);
    expect(second!.alignment).toBeCloseTo(3 / 5, 12);
    expect(first!.npv).toBeCloseTo(npv(0.1, [-100, 60, 60]), 9);
    expect(first!.irr).toBeCloseTo(irr([-100, 60, 60])!, 9);
    expect(first!.discountedPayback).toBeCloseTo(discountedPayback(0.1, [-100, 60, 60])!, 9);
    expect(second!.discountedPayback).toBeNull();
    // b never pays back: worst on speed
    expect(second!.normalized.speed).toBe(0);
    expect(r.unservedObjectives).toEqual(['green']);
  });

  it('rejects problems with every issue: missing scores, weights with a matrix, measures without data', () => {
    let err: unknown;
    try {
      prioritizeProjects({
        criteria: [{ id: 'x', weight: 1 }, { id: 'y', measure: 'npv' }],
        pairwise: [[1, 2], [0.5, 1]],
        projects: [{ id: 'a', scores: { z: 1 } }],
      } as never);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PmoValidationError);
    const messages = (err as PmoValidationError).issues.map((i) => i.message).join('\n');
    expect(messages).toMatch(/weights come from the pairwise matrix/);
    expect(messages).toMatch(/needs a discountRate/);
    expect(messages).toMatch(/scores unknown criterion "z"/);
    expect(messages).toMatch(/no score for criterion "x"/);
    expect(messages).toMatch(/no cashFlows/);
  });

  it('the sample portfolio: default criteria, NPV from its cash flows, the objective nobody serves', () => {
    const sample = deepFreeze(parsePortfolio(JSON.parse(readFileSync(join(ROOT, 'examples/data/sample-portfolio.json'), 'utf8'))));
    const r = prioritizeProjects(sample);
    expect(Object.keys(r.weights)).toEqual(['alignment', 'expectedValue', 'priority', 'budget', 'npv']);
    expect(r.ranking).toHaveLength(4);
    expect(r.unservedObjectives).toEqual(['paperless-customs']);
    for (const p of r.ranking) expect(p.npv).toBeCloseTo(npv(0.08, sample.projects.find((x) => x.id === p.projectId)!.cashFlows!), 6);
    const ahp = prioritizeProjects(sample, { criteria: [{ id: 'alignment', measure: 'alignment' }, { id: 'expectedValue' }], pairwise: [[1, 2], [0.5, 1]] });
    expect(ahp.weights).toEqual({ alignment: expect.closeTo(2 / 3, 12), expectedValue: expect.closeTo(1 / 3, 12) });
    expect(() => prioritizeProjects(sample, { criteria: [{ id: 'nope', weight: 1 }] })).toThrow(/names a project field/);
  });
});

describe('strategicAlignment', () => {
  it('scores, service and unserved objectives, overall and for a selection', () => {
    const input = {
      objectives: [{ id: 'growth', weight: 2 }, { id: 'cost', weight: 1 }, { id: 'people' }],
      projects: [
        { id: 'crm', contributions: { growth: 3 } },
        { id: 'ocr', contributions: { cost: 2, people: 0 } },
      ],
    };
    const all = strategicAlignment(input);
    expect(all.weights).toEqual({ growth: 0.5, cost: 0.25, people: 0.25 });
    expect(all.scores).toEqual({ crm: 1.5, ocr: 0.5 });
    expect(all.servedBy).toEqual({ growth: ['crm'], cost: ['ocr'], people: [] });
    expect(all.unserved).toEqual(['people']);
    expect(strategicAlignment(input, { selected: ['crm'] }).unserved).toEqual(['cost', 'people']);
    expect(() => strategicAlignment(input, { selected: ['zz'] })).toThrow(/not among the projects/);
  });
});
