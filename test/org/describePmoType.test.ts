import { describe, expect, it } from 'vitest';
import { AUTHORITY_ACTIONS, PMO_FUNCTIONS, PMO_TYPES, type PmoType } from '../../src/model/organization.js';
import { describePmoType, PMO_DEFAULT_AUTHORITY, PMO_TYPE_PROFILES } from '../../src/org/index.js';
import { catchPmoError, expectBilingual } from './fixtures.js';

describe('describePmoType', () => {
  it('describes the three PMBOK types with their control levels and Chinese names', () => {
    expect(PMO_TYPES.map((t) => [describePmoType(t).controlLevel, describePmoType(t).label.zh])).toEqual([
      ['low', '支持型PMO'],
      ['moderate', '控制型PMO'],
      ['high', '指令型PMO'],
    ]);
    for (const t of PMO_TYPES) {
      expect(describePmoType(t).type).toBe(t);
      expect(describePmoType(t)).toBe(PMO_TYPE_PROFILES[t]);
      expectBilingual(describePmoType(t), 3);
    }
  });

  it('states what distinguishes each type', () => {
    const s = describePmoType('supportive');
    expect(s.description.en).toMatch(/templates/);
    expect(s.description.en).toMatch(/best practices/);
    expect(s.description.en).toMatch(/training/);
    expect(s.description.en).toMatch(/lessons learned/);
    const c = describePmoType('controlling');
    expect(c.description.en).toMatch(/compliance/);
    expect(c.description.en).toMatch(/governance frameworks/);
    expect(c.description.zh).toContain('服从');
    const d = describePmoType('directive');
    expect(d.description.en).toMatch(/managing them directly/);
    expect(d.description.zh).toContain('直接管理');
  });

  it('lists typical functions that are real PMO functions, the distinctive one first', () => {
    expect(PMO_TYPES.map((t) => describePmoType(t).distinctiveFunction)).toEqual([
      'templates-and-tools',
      'governance-and-compliance',
      'direct-project-management',
    ]);
    for (const t of PMO_TYPES) {
      const p = describePmoType(t);
      expect(p.typicalFunctions[0]).toBe(p.distinctiveFunction);
      for (const f of p.typicalFunctions) expect(PMO_FUNCTIONS).toContain(f);
      expect(new Set(p.typicalFunctions).size).toBe(p.typicalFunctions.length);
    }
    expect(describePmoType('supportive').typicalFunctions).toEqual(
      expect.arrayContaining(['training-and-support', 'lessons-learned']),
    );
  });

  it('gives each type the default authority of its level, each level including the one below', () => {
    for (const t of PMO_TYPES) {
      const p = describePmoType(t);
      expect(p.defaultAuthority).toEqual(PMO_DEFAULT_AUTHORITY[p.controlLevel]);
      for (const a of p.defaultAuthority) expect(AUTHORITY_ACTIONS).toContain(a);
    }
    const [low, moderate, high] = PMO_TYPES.map((t) => describePmoType(t).defaultAuthority);
    expect(moderate).toEqual(expect.arrayContaining([...low!]));
    expect(high).toEqual(expect.arrayContaining([...moderate!]));
    expect(low).toEqual(['set-standards']);
    expect(moderate).toContain('require-compliance');
    expect(low).not.toContain('require-compliance');
    expect(high).toContain('manage-project-directly');
    expect(moderate).not.toContain('manage-project-directly');
    expect(high).not.toContain('select-project');
  });

  it('rejects an unknown type', () => {
    const err = catchPmoError(() => describePmoType('advisory' as PmoType));
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.message).toMatch(/^describePmoType: unknown PMO type "advisory"; expected one of "supportive", "controlling", "directive"$/);
    expect(catchPmoError(() => describePmoType('__proto__' as PmoType)).code).toBe('INVALID_ARGUMENT');
  });
});
