/** The register analysis on hand-made registers with hand-computed answers, and on the sample. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { parsePortfolio, parseRiskRegister } from '../../src/model/parse.js';
import type { RiskRegister } from '../../src/model/risk.js';
import { analyzeRisks, compareRiskRegisters, RISK_FINDING_CODES } from '../../src/risk/index.js';
import { clone, deepFreeze } from '../helpers.js';

type RiskIn = Record<string, unknown>;
const risk = (id: string, extra: RiskIn): RiskIn => ({ id, title: id, kind: 'threat', probability: 0.5, impact: { score: 3 }, strategy: 'mitigate', response: 'planned', owner: 'ana', status: 'open', ...extra });
const register = (risks: RiskIn[], projectId?: string): RiskRegister => parseRiskRegister({ ...(projectId === undefined ? {} : { projectId }), risks });

describe('analyzeRisks: scores, EMV and ranks', () => {
  const reg = register(
    [
      risk('t1', { probability: 0.4, impact: { score: 4, cost: 10_000, days: 5 } }), // 3 × 4 = 12
      risk('t2', { probability: 0.8, impact: { score: 4, cost: 1000 } }), // 5 × 4 = 20
      risk('t3', { probability: 0.6, impact: { score: 3, cost: 30_000 } }), // 4 × 3 = 12, larger EMV than t1
      risk('t4', { probability: 0.9, impact: { cost: 5000 } }), // no budget: unrated
      risk('o1', { kind: 'opportunity', strategy: 'exploit', probability: 0.5, impact: { score: 2, cost: 8000, days: 4 } }), // 3 × 2 = 6
      risk('t5', { probability: 0.9, impact: { score: 5 }, status: 'closed' }),
    ],
    'alpha',
  );
  const a = analyzeRisks(reg);
  const byId = new Map(a.risks.map((r) => [r.id, r]));

  it('rates the current assessment and signs EMV and expected days (threats negative)', () => {
    expect(byId.get('t1')).toMatchObject({ projectId: 'alpha', active: true, emv: -4000, expectedDays: -2, current: { probabilityBand: 2, impactBand: 3, score: 12, rating: 'medium' } });
    expect(byId.get('o1')).toMatchObject({ emv: 4000, expectedDays: 2, current: { score: 6, rating: 'medium' } });
    expect(byId.get('t4')!.current).toMatchObject({ impactBand: null, score: null, rating: null });
    expect(byId.get('t5')).toMatchObject({ active: false, rank: null });
  });

  it('ranks active risks per kind: score, then |EMV|, unrated last', () => {
    expect(['t2', 't3', 't1', 't4', 'o1'].map((id) => byId.get(id)!.rank)).toEqual([1, 2, 3, 4, 1]);
    expect(a.top).toEqual({ threats: ['t2', 't3', 't1', 't4'], opportunities: ['o1'] });
    expect(analyzeRisks(reg, { top: 2 }).top.threats).toEqual(['t2', 't3']);
    expect(analyzeRisks(reg, { top: 0 }).top).toEqual({ threats: [], opportunities: [] });
  });

  it('rolls the exposure of the active risks up', () => {
    expect(a.exposure.portfolio).toEqual({
      risks: 5,
      threats: 4,
      opportunities: 1,
      high: 1,
      medium: 3,
      low: 0,
      unrated: 1,
      threatEmv: 4000 + 800 + 18_000 + 4500,
      opportunityEmv: 4000,
      netEmv: 4000 - 27_300,
      threatDays: 2,
      opportunityDays: 2,
    });
    expect(a.exposure.byProject.map((g) => [g.key, g.risks])).toEqual([['alpha', 5]]);
    expect(a.statusCounts).toEqual({ open: 5, monitoring: 0, occurred: 0, closed: 1 });
  });

  it('places active risks on the heat map, threats and opportunities apart, ids by rank', () => {
    const { threats, opportunities, unrated } = a.heatMap;
    expect(threats.length).toBe(5);
    expect(threats[4]![3]).toEqual({ count: 1, riskIds: ['t2'], score: 20, rating: 'high' });
    expect(threats[2]![3]).toEqual({ count: 1, riskIds: ['t1'], score: 12, rating: 'medium' });
    expect(threats[3]![2]!.riskIds).toEqual(['t3']);
    expect(opportunities[2]![1]!.riskIds).toEqual(['o1']);
    expect(unrated).toEqual(['t4']);
    const placed = threats.flat().reduce((n, c) => n + c.count, 0) + opportunities.flat().reduce((n, c) => n + c.count, 0);
    expect(placed).toBe(4);
    expect(threats[0]![0]).toEqual({ count: 0, riskIds: [], score: 1, rating: 'low' });
  });

  it('activeStatuses widens what counts', () => {
    const b = analyzeRisks(reg, { activeStatuses: ['open', 'closed'] });
    expect(b.exposure.portfolio.risks).toBe(6);
    expect(b.top.threats[0]).toBe('t5');
  });
});

describe('analyzeRisks: portfolios', () => {
  const pf = parsePortfolio({
    id: 'pf',
    name: 'pf',
    projects: [
      { id: 'p1', name: 'P1', start: '2026-01-05', budget: 100_000, tasks: [{ id: 'a', name: 'A', duration: 1 }], dependencies: [] },
      { id: 'p2', name: 'P2', start: '2026-01-05', tasks: [{ id: 'a', name: 'A', duration: 1 }], dependencies: [] },
    ],
    risks: [
      risk('x', { projectId: 'p1', probability: 0.2, impact: { cost: 25_000 }, category: 'vendor', owner: 'bo' }),
      risk('y', { projectId: 'p2', probability: 0.2, impact: { cost: 25_000 }, category: 'vendor' }),
      risk('z', { probability: 0.5, impact: { days: 30 }, owner: 'bo' }),
    ],
  });
  const a = analyzeRisks(pf);

  it('rates costs against the budget of the risk’s project', () => {
    expect(a.risks[0]!.current).toMatchObject({ impactBand: 3, impactBy: ['cost'] }); // 25 % of 100,000
    expect(a.risks[1]!.current.impactBand).toBeNull(); // p2 has no budget
    expect(a.findings.find((f) => f.riskId === 'y')).toMatchObject({ code: 'unrated_impact', message: expect.stringContaining('project "p2" has no budget') });
  });

  it('groups by project (portfolio-level risks under null, last among equals), category and owner', () => {
    expect(a.exposure.byProject.map((g) => [g.key, g.threatEmv])).toEqual([
      ['p1', 5000],
      ['p2', 5000],
      [null, 0],
    ]);
    expect(a.exposure.byCategory.map((g) => [g.key, g.risks])).toEqual([
      ['vendor', 2],
      [null, 1],
    ]);
    expect(a.exposure.byOwner.map((g) => [g.key, g.risks])).toEqual([
      ['bo', 2],
      ['ana', 1],
    ]);
  });
});

describe('analyzeRisks: response checks', () => {
  const reg = register([
    risk('ok', { lastReviewedOn: '2026-04-01', identifiedOn: '2026-01-01', actions: [{ description: 'x', dueOn: '2026-05-01', status: 'done' }] }),
    risk('noresp', { response: undefined, identifiedOn: '2026-04-20' }),
    risk('blank', { response: '  ', actions: [{ description: 'dropped', status: 'cancelled' }], identifiedOn: '2026-04-20' }),
    risk('accepted', { strategy: 'accept', response: undefined, identifiedOn: '2026-04-20' }),
    risk('late', {
      identifiedOn: '2026-04-20',
      actions: [
        { id: 'a', description: 'first', dueOn: '2026-04-30', status: 'in-progress' },
        { description: 'second', dueOn: '2026-05-01' },
        { description: 'third', dueOn: '2026-04-01', status: 'cancelled' },
      ],
    }),
    risk('stale', { identifiedOn: '2026-01-01', lastReviewedOn: '2026-03-31' }),
    risk('never', {}),
    risk('closedlate', { status: 'closed', actions: [{ description: 'x', dueOn: '2026-01-01' }] }),
  ]);
  const today = '2026-05-01';
  const a = analyzeRisks(reg, { today });
  const codes = (id: string) => a.findings.filter((f) => f.riskId === id).map((f) => f.code);

  it('flags a missing response unless the strategy is accept (cancelled actions do not count)', () => {
    expect(codes('noresp')).toEqual(['missing_response']);
    expect(codes('blank')).toEqual(['missing_response']);
    expect(codes('accepted')).toEqual([]);
  });

  it('flags actions past due that are neither done nor cancelled (due today is not late)', () => {
    expect(a.findings.filter((f) => f.code === 'overdue_action')).toEqual([
      { code: 'overdue_action', riskId: 'late', actionIndex: 0, days: 1, message: 'action "a" ("first") was due 2026-04-30, 1 day ago, and is in-progress' },
    ]);
    expect(codes('ok')).toEqual([]);
  });

  it('flags risks not reviewed within 30 days (exactly 30 is fine), or never', () => {
    expect(a.findings.find((f) => f.riskId === 'stale')).toMatchObject({ code: 'not_reviewed', days: 31 });
    expect(codes('ok')).toEqual([]); // reviewed 2026-04-01: 30 days
    expect(a.findings.find((f) => f.riskId === 'never')).toMatchObject({ code: 'not_reviewed', message: expect.stringContaining('never reviewed') });
    expect(analyzeRisks(reg, { today, reviewWithinDays: 40 }).findings.some((f) => f.riskId === 'stale')).toBe(false);
  });

  it('skips closed risks and, without today, every check that needs a date', () => {
    expect(codes('closedlate')).toEqual([]);
    const undated = analyzeRisks(reg).findings;
    expect(undated.map((f) => f.code).sort()).toEqual(['missing_response', 'missing_response']);
    expect(analyzeRisks(reg).today).toBeNull();
  });

  it('catches a strategy that does not fit the kind in data built in code', () => {
    const bad = clone(reg);
    (bad.risks[0] as { strategy: string }).strategy = 'exploit';
    expect(analyzeRisks(bad).findings[0]).toEqual({ code: 'strategy_mismatch', riskId: 'ok', message: 'strategy "exploit" does not apply to a threat' });
    expect(RISK_FINDING_CODES).toContain('strategy_mismatch');
  });
});

describe('analyzeRisks: inherent and residual assessments, purity, errors', () => {
  const reg = register([risk('r', { probability: 0.5, impact: { score: 4 }, inherent: { probability: 0.8, impact: { score: 5 } }, residual: { probability: 0.2, impact: { score: 2 } } })]);

  it('rates inherent and residual assessments beside the current one', () => {
    const r = analyzeRisks(reg).risks[0]!;
    expect([r.inherent!.score, r.current.score, r.residual!.score]).toEqual([25, 12, 4]);
    expect([r.inherent!.rating, r.current.rating, r.residual!.rating]).toEqual(['high', 'medium', 'low']);
    expect(analyzeRisks(register([risk('s', {})])).risks[0]).toMatchObject({ inherent: null, residual: null });
  });

  it('does not mutate its input, and accepts a plain list of risks', () => {
    const frozen = deepFreeze(clone(reg));
    expect(analyzeRisks(frozen, { today: '2026-01-01' }).risks.length).toBe(1);
    expect(analyzeRisks(frozen.risks).risks[0]!.projectId).toBeNull();
  });

  it('rejects bad sources and options with a PmoError naming them', () => {
    expect(() => analyzeRisks(null as never)).toThrow(/analyzeRisks: source must be a portfolio, a risk register or a list of risks/);
    expect(() => analyzeRisks({ risks: 'x' } as never)).toThrow(/source.risks must be a list/);
    expect(() => analyzeRisks([{ id: 'a', kind: 'threat', probability: 2, impact: {} }] as never)).toThrow(/risks\[0\] must have a probability in \[0, 1\]/);
    expect(() => analyzeRisks([...reg.risks, ...reg.risks])).toThrow(/duplicate risk id "r"/);
    expect(() => analyzeRisks(reg, { today: '2026-02-30' })).toThrow(/options.today must be a date/);
    expect(() => analyzeRisks(reg, { reviewWithinDays: -1 })).toThrow(/reviewWithinDays/);
    expect(() => analyzeRisks(reg, { top: 1.5 })).toThrow(/options.top must be an integer/);
    expect(() => analyzeRisks(reg, { activeStatuses: ['opened' as never] })).toThrow(/activeStatuses/);
    expect(() => analyzeRisks(reg, { matrix: { thresholds: { medium: 1, high: 0 } } })).toThrow(/analyzeRisks: options.matrix.thresholds/);
    expect(() => analyzeRisks(reg, { today: '2026-01-01' })).not.toThrow(PmoError);
  });
});

describe('analyzeRisks on the sample portfolio', () => {
  const sample = parsePortfolio(JSON.parse(readFileSync(new URL('../../examples/data/sample-portfolio.json', import.meta.url), 'utf8')));
  const a = analyzeRisks(sample, { today: '2026-04-30' });

  it('ranks the over-allocated backend engineer and the works council first', () => {
    expect(a.top.threats.slice(0, 2)).toEqual(['rk-res-backend', 'rk-tel-works']);
    expect(a.risks.filter((r) => r.current.rating === 'high').map((r) => r.id)).toEqual(['rk-tel-works', 'rk-res-backend']);
    expect(a.exposure.portfolio).toMatchObject({ risks: 13, threats: 10, opportunities: 3, threatEmv: 66_650, opportunityEmv: 32_550 });
  });

  it('finds the overdue actions at the status date', () => {
    expect(a.findings.filter((f) => f.code === 'overdue_action').map((f) => `${f.riskId}#${f.actionIndex}`)).toEqual(['rk-wms-vendor#1', 'rk-wms-data#0', 'rk-res-backend#1']);
    expect(a.findings.every((f) => f.code !== 'missing_response' && f.code !== 'strategy_mismatch')).toBe(true);
  });
});

describe('analyzeRisks and compareRiskRegisters on malformed risks', () => {
  const JUNK: unknown[] = [undefined, null, Number.NaN, -1, 2, '', 'x', true, {}, [], [null], { id: 'x' }, '2026-02-30'];
  const base = clone(parsePortfolio(JSON.parse(readFileSync(new URL('../../examples/data/sample-portfolio.json', import.meta.url), 'utf8'))).risks);
  /** Every path inside the risks. */
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, p: (string | number)[]) => {
    paths.push(p);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
  };
  walk(base, []);

  it('every field set to every junk value: a PmoError or a result, never a crash, input untouched', () => {
    let n = 0;
    for (const path of paths.filter((p) => p.length > 0)) {
      for (const junk of JUNK) {
        const risks = clone(base) as unknown as Record<string | number, unknown>;
        let parent = risks;
        for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
        parent[path[path.length - 1]!] = junk;
        const before = JSON.stringify(risks);
        for (const run of [() => analyzeRisks(risks as never, { today: '2026-04-30' }), () => compareRiskRegisters(base, risks as never)]) {
          try {
            run();
          } catch (err) {
            if (!(err instanceof PmoError)) throw new Error(`${path.join('.')} = ${JSON.stringify(junk)}: ${String(err)}`);
          }
          n++;
        }
        expect(JSON.stringify(risks)).toBe(before);
      }
    }
    expect(n).toBeGreaterThan(5000);
  });
});
