/** The change between two snapshots of a register. */
import { describe, expect, it } from 'vitest';
import { parseRiskRegister } from '../../src/model/parse.js';
import { compareRiskRegisters } from '../../src/risk/index.js';
import { clone, deepFreeze } from '../helpers.js';

const risk = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: id, kind: 'threat', probability: 0.5, impact: { score: 3 }, strategy: 'mitigate', owner: 'ana', status: 'open', ...extra });

describe('compareRiskRegisters', () => {
  const march = parseRiskRegister({
    risks: [risk('same'), risk('gone'), risk('toClose'), risk('reopen', { status: 'closed' }), risk('hit'), risk('esc'), risk('up'), risk('down', { probability: 0.9 }), risk('moved', { probability: 0.2, impact: { score: 5 } }), risk('unrated', { impact: {} })],
  });
  const april = parseRiskRegister({
    risks: [
      risk('fresh'),
      risk('same', { title: 'renamed', response: 'now with a response' }),
      risk('toClose', { status: 'closed' }),
      risk('reopen', { status: 'monitoring' }),
      risk('hit', { status: 'occurred' }),
      risk('esc', { strategy: 'escalate' }),
      risk('up', { probability: 0.8 }),
      risk('down', { probability: 0.25 }),
      risk('moved', { probability: 0.5, impact: { score: 2 } }), // 2 × 5 = 10 before, 3 × 2 = 6 now
      risk('unrated', { impact: { score: 3 } }),
    ],
  });
  const c = compareRiskRegisters(march, april);

  it('lists added, removed, closed, reopened, occurred and escalated risks', () => {
    expect(c.added).toEqual(['fresh']);
    expect(c.removed).toEqual(['gone']);
    expect(c.closed).toEqual(['toClose']);
    expect(c.reopened).toEqual(['reopen']);
    expect(c.occurred).toEqual(['hit']);
    expect(c.escalated).toEqual(['esc']);
  });

  it('lists re-rated risks with both scores and the direction; other edits are not re-ratings', () => {
    expect(c.reRated.map((r) => [r.riskId, r.before.score, r.after.score, r.direction])).toEqual([
      ['up', 9, 15, 'up'],
      ['down', 15, 6, 'down'],
      ['moved', 10, 6, 'down'],
      ['unrated', null, 9, 'moved'],
    ]);
    expect(c.reRated[0]!.after.rating).toBe('high');
  });

  it('reports a same-score move to another cell as moved', () => {
    const a = parseRiskRegister({ risks: [risk('r', { probability: 0.2, impact: { score: 3 } })] }); // 2 × 3
    const b = parseRiskRegister({ risks: [risk('r', { probability: 0.4, impact: { score: 2 } })] }); // 3 × 2
    expect(compareRiskRegisters(a, b).reRated).toMatchObject([{ riskId: 'r', direction: 'moved', before: { score: 6 }, after: { score: 6 } }]);
  });

  it('finds nothing between a register and itself, and mutates neither', () => {
    const frozen = deepFreeze(clone(april));
    expect(compareRiskRegisters(frozen, frozen)).toEqual({ added: [], removed: [], closed: [], reopened: [], occurred: [], escalated: [], reRated: [] });
  });

  it('rejects bad snapshots naming which', () => {
    expect(() => compareRiskRegisters(march, { risks: [{ id: 'x' }] } as never)).toThrow(/compareRiskRegisters: after.risks\[0\].kind/);
    expect(() => compareRiskRegisters(7 as never, april)).toThrow(/before must be a portfolio/);
  });
});
