/** The probability–impact matrix: band edges, dimensions, scores, ratings, and matrices of one's own. */
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { DEFAULT_RISK_MATRIX, rateRisk, riskMatrix } from '../../src/risk/index.js';

const band = (p: number) => rateRisk({ probability: p, impact: { score: 3 } }).probabilityBand;

describe('rateRisk on the default 5×5 matrix', () => {
  it('puts a probability in the first band whose upper edge is >= it', () => {
    expect([0, 0.1, 0.1000001, 0.3, 0.31, 0.5, 0.7, 0.71, 1].map(band)).toEqual([0, 0, 1, 1, 2, 2, 3, 4, 4]);
  });

  it('rates scores on a 1–5 scale and days in working days, at their edges', () => {
    const i = (impact: { score?: number; days?: number }) => rateRisk({ probability: 0.5, impact }).impactBand;
    expect([0, 1, 1.5, 2, 3, 4, 4.01, 5].map((score) => i({ score }))).toEqual([0, 0, 1, 1, 2, 3, 4, 4]);
    expect([0, 2, 3, 5, 10, 11, 20, 21].map((days) => i({ days }))).toEqual([0, 0, 1, 1, 2, 3, 3, 4]);
  });

  it('rates a cost as a share of the project budget (PMBOK scale), only when a budget is known', () => {
    const c = (cost: number, budget?: number) => rateRisk({ probability: 0.5, impact: { cost } }, budget === undefined ? {} : { budget }).impactBand;
    expect([0, 1000, 1001, 10_000, 20_000, 40_000, 40_001].map((cost) => c(cost, 100_000))).toEqual([0, 0, 1, 1, 2, 3, 4]);
    expect(c(50_000)).toBeNull();
    expect(c(50_000, 0)).toBeNull();
  });

  it('takes the worst dimension, and names every dimension that reaches it', () => {
    const s = rateRisk({ probability: 0.4, impact: { score: 2, days: 12, cost: 15_000 } }, { budget: 100_000 });
    expect(s).toEqual({ probability: 0.4, probabilityBand: 2, impactBand: 3, impactBy: ['days'], score: 12, rating: 'medium' });
    expect(rateRisk({ probability: 0.4, impact: { score: 4, days: 12 } }).impactBy).toEqual(['score', 'days']);
  });

  it('scores probability weight × impact weight, rated low < 5 <= medium < 15 <= high', () => {
    const r = (p: number, score: number) => rateRisk({ probability: p, impact: { score } });
    expect(r(0.05, 4)).toMatchObject({ score: 4, rating: 'low' });
    expect(r(0.05, 5)).toMatchObject({ score: 5, rating: 'medium' });
    expect(r(0.4, 5)).toMatchObject({ score: 15, rating: 'high' });
    expect(r(0.9, 5)).toMatchObject({ score: 25, rating: 'high' });
    expect(r(0.6, 3)).toMatchObject({ score: 12, rating: 'medium' });
  });

  it('leaves an impact that no dimension rates unrated', () => {
    expect(rateRisk({ probability: 0.9, impact: {} })).toEqual({ probability: 0.9, probabilityBand: 4, impactBand: null, impactBy: [], score: null, rating: null });
  });

  it('rejects bad assessments and options', () => {
    expect(() => rateRisk({ probability: 1.2, impact: {} })).toThrow(PmoError);
    expect(() => rateRisk({ probability: 0.5, impact: { days: -1 } })).toThrow(/impact.days must be a finite number >= 0/);
    expect(() => rateRisk({ probability: 0.5, impact: { score: 2 } }, { budget: Number.NaN })).toThrow(/options.budget/);
    expect(() => rateRisk(null as never)).toThrow(/expected \{ probability, impact \}/);
  });
});

describe('riskMatrix', () => {
  it('returns the default matrix, frozen', () => {
    expect(riskMatrix()).toEqual(DEFAULT_RISK_MATRIX);
    expect(Object.isFrozen(DEFAULT_RISK_MATRIX)).toBe(true);
    expect(Object.isFrozen(DEFAULT_RISK_MATRIX.impactEdges.score)).toBe(true);
    expect(DEFAULT_RISK_MATRIX.thresholds).toEqual({ medium: 5, high: 15 });
  });

  it('merges impact edges dimension by dimension; null turns a dimension off', () => {
    const m = riskMatrix({ impactEdges: { cost: [5000, 20_000, 50_000, 100_000], days: null } });
    expect(m.impactEdges).toEqual({ score: [1, 2, 3, 4], days: null, cost: [5000, 20_000, 50_000, 100_000], costShareOfBudget: [0.01, 0.1, 0.2, 0.4] });
    // absolute cost edges win over the share of the budget
    expect(rateRisk({ probability: 0.5, impact: { cost: 30_000, days: 40 } }, { matrix: m, budget: 1e9 })).toMatchObject({ impactBand: 2, impactBy: ['cost'] });
  });

  it('builds a 3×3 matrix with ordinal weights', () => {
    const m = riskMatrix({ probabilityBands: ['low', 'medium', 'high'], probabilityEdges: [0.2, 0.6], impactBands: ['minor', 'moderate', 'major'], impactEdges: { score: [2, 4] }, thresholds: { medium: 3, high: 6 } });
    expect(m.probabilityWeights).toEqual([1, 2, 3]);
    expect(m.impactEdges).toEqual({ score: [2, 4], days: null, cost: null, costShareOfBudget: null });
    expect(rateRisk({ probability: 0.7, impact: { score: 5 } }, { matrix: m })).toMatchObject({ probabilityBand: 2, impactBand: 2, score: 9, rating: 'high' });
    expect(rateRisk({ probability: 0.2, impact: { score: 3 } }, { matrix: m })).toMatchObject({ score: 2, rating: 'low' });
  });

  it('names the field of every mistake', () => {
    expect(() => riskMatrix({ probabilityEdges: [0.1, 0.3, 0.5] })).toThrow(/riskMatrix: probabilityEdges must be a list of 4 edges/);
    expect(() => riskMatrix({ probabilityEdges: [0.1, 0.5, 0.3, 0.7] })).toThrow(/strictly ascending/);
    expect(() => riskMatrix({ probabilityEdges: [0.1, 0.3, 0.5, 1.7] })).toThrow(/in \[0, 1\]/);
    expect(() => riskMatrix({ probabilityBands: ['a', 'b', 'c'] })).toThrow(/probabilityEdges must be given for 3 probability bands/);
    expect(() => riskMatrix({ impactBands: [] })).toThrow(/impactBands must be a non-empty list/);
    expect(() => riskMatrix({ impactEdges: { score: [1, 2] } })).toThrow(/impactEdges.score must be a list of 4 edges/);
    expect(() => riskMatrix({ impactEdges: { score: null, days: null, costShareOfBudget: null } })).toThrow(/turns every dimension off/);
    expect(() => riskMatrix({ impactWeights: [1, 2, 3, 2, 5] })).toThrow(/impactWeights must not decrease/);
    expect(() => riskMatrix({ probabilityWeights: [1, 2] })).toThrow(/5 weights/);
    expect(() => riskMatrix({ thresholds: { medium: 10, high: 5 } })).toThrow(/thresholds/);
    expect(() => riskMatrix([] as never)).toThrow('riskMatrix: the matrix must be an object, got an array');
  });
});
