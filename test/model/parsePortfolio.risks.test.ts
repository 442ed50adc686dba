/** The risk model's optional fields: old files stay valid, new ones are checked. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeParsePortfolio, safeParseRiskRegister } from '../../src/model/parse.js';
import { minimalPortfolio } from '../fixtures/portfolios.js';

const issues = (r: ReturnType<typeof safeParsePortfolio>) => (r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')} ${i.code}`));

describe('risk model extensions', () => {
  it('keeps old files valid and unchanged: no new field appears in the parsed risk', () => {
    const r = safeParsePortfolio(minimalPortfolio());
    expect(r.success).toBe(true);
    if (r.success) expect(Object.keys(r.data.risks[0]!).sort()).toEqual(['id', 'impact', 'kind', 'owner', 'probability', 'projectId', 'status', 'strategy', 'taskIds', 'title']);
  });

  it('reads actions (status defaults to planned), triggers, inherent and residual assessments and the review date', () => {
    const pf = minimalPortfolio();
    Object.assign(pf.risks![0]!, {
      actions: [{ id: 'a1', description: 'Second supplier', owner: 'ana', dueOn: '2026-03-01' }, { description: 'Call', status: 'done', completedOn: '2026-02-01' }],
      triggers: ['Supplier misses the first delivery'],
      inherent: { probability: 0.6, impact: { days: 10 } },
      residual: { probability: 0.1, impact: { days: 2, cost: 100 } },
      identifiedOn: '2026-01-10',
      lastReviewedOn: '2026-02-20',
    });
    const r = safeParsePortfolio(pf);
    expect(issues(r)).toEqual([]);
    if (r.success) {
      expect(r.data.risks[0]!.actions![0]!.status).toBe('planned');
      expect(r.data.risks[0]!.residual).toEqual({ probability: 0.1, impact: { days: 2, cost: 100 } });
    }
  });

  it('checks the new fields: shapes, unknown keys, owners, duplicate action ids, review before identification', () => {
    const pf = minimalPortfolio();
    pf.organization = { id: 'o', name: 'O', structure: 'weak-matrix', people: [{ id: 'ana', name: 'Ana' }] };
    Object.assign(pf.risks![0]!, {
      actions: [{ id: 'x', description: 'a', owner: 'bob', dueOn: '2026-02-30', status: 'late' }, { id: 'x', description: 'b', ownr: 'ana' }],
      triggers: [3],
      inherent: { probability: 1.5, impact: {}, extensions: {} },
      identifiedOn: '2026-03-01',
      lastReviewedOn: '2026-02-01',
    });
    expect(issues(safeParsePortfolio(pf))).toEqual([
      'risks.0.actions.0.dueOn invalid_date',
      'risks.0.actions.0.status invalid_value',
      'risks.0.actions.1.ownr unknown_key',
      'risks.0.triggers.0 invalid_type',
      'risks.0.inherent.probability too_big',
      'risks.0.inherent.extensions unknown_key',
      'risks.0.actions.1.id duplicate_id',
      'risks.0.actions.0.owner unknown_reference',
      'risks.0.lastReviewedOn inconsistent_value',
    ]);
  });

  it('checks action ids in a standalone risk register too', () => {
    const r = safeParseRiskRegister({ risks: [{ id: 'r', title: 't', kind: 'threat', probability: 0.1, impact: {}, strategy: 'accept', owner: 'o', status: 'open', actions: [{ id: 'a', description: 'x' }, { id: 'a', description: 'y' }] }] });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(['duplicate action id "a" in risk "r" (first at index 0)']);
  });

  it('the sample portfolio uses the new fields and is valid', () => {
    const sample = JSON.parse(readFileSync(new URL('../../examples/data/sample-portfolio.json', import.meta.url), 'utf8')) as { risks: { actions?: unknown[] }[] };
    expect(sample.risks.some((r) => Array.isArray(r.actions))).toBe(true);
    expect(issues(safeParsePortfolio(sample))).toEqual([]);
  });
});
