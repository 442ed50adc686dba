import { describe, expect, it } from 'vitest';
import type { Organization, PmoFunction } from '../../src/model/organization.js';
import { ANALYSES_BY_NAME, PMO_FUNCTION_ANALYSES, pmoAnalyses } from '../../src/org/index.js';
import { clone } from '../helpers.js';
import { catchPmoError, expectBilingual, org, pmo } from './fixtures.js';

describe('pmoAnalyses', () => {
  it("uses the PMO's own functions when it lists any, in order and without duplicates", () => {
    const o = org('functional', [], pmo('controlling', { functions: ['risk-management', 'project-integration', 'risk-management'] }));
    const before = clone(o);
    const r = pmoAnalyses(o);
    expect(r.source).toBe('pmo');
    expect(r.structure).toBe('functional');
    expect(r.pmoType).toBe('controlling');
    expect(r.functions.map((f) => f.function)).toEqual(['risk-management', 'project-integration']);
    expect(r.functions[0]!.analyses.map((a) => a.functionName)).toEqual(['analyzeRisks', 'simulateRisk', 'impactOfDelay', 'singlePointsOfFailure']);
    expect(r.functions[1]!.analyses.map((a) => a.functionName)).toContain('schedulePortfolio');
    expect(o).toEqual(before);
  });

  it('derives the functions from the structure and type when the PMO lists none', () => {
    const r = pmoAnalyses(org('balanced-matrix', [], pmo('controlling')));
    expect(r.source).toBe('responsibilities');
    expect(r.functions.map((f) => f.function)).toEqual([
      'resource-allocation',
      'standards-and-best-practices',
      'project-integration',
      'performance-evaluation',
      'governance-and-compliance',
    ]);
    expect(r.functions.map((f) => f.label.zh)).toEqual(['资源分配', '制定规范', '项目整合', '绩效评估', '治理与合规']);
  });

  it("uses the structure's responsibilities when there is no PMO", () => {
    const r = pmoAnalyses(org('projectized', []));
    expect(r.source).toBe('responsibilities');
    expect('pmoType' in r).toBe(false);
    expect(r.functions.map((f) => f.function)).toEqual(['methodology', 'project-selection', 'lessons-learned', 'risk-management']);
  });

  it('gives each function the status of its analyses and lists available and planned analyses once', () => {
    const r = pmoAnalyses(org('composite', [], pmo('directive')));
    expect(r.functions).toHaveLength(13);
    for (const f of r.functions) {
      expect(f.analyses.map((a) => a.functionName)).toEqual(PMO_FUNCTION_ANALYSES[f.function]);
      const ready = f.analyses.filter((a) => a.status === 'available').length;
      expect(f.status).toBe(ready === f.analyses.length ? 'available' : ready === 0 ? 'planned' : 'partial');
      expectBilingual(f, 1 + f.analyses.length);
    }
    const status = (fn: PmoFunction) => r.functions.find((f) => f.function === fn)!.status;
    expect(status('methods-and-standards')).toBe('available');
    // risk management: the register analysis, the Monte Carlo engine (simulateRisk) and the schedule analyses
    expect(status('risk-management')).toBe('available');
    expect(new Set(r.available).size).toBe(r.available.length);
    expect(new Set(r.planned).size).toBe(r.planned.length);
    for (const n of r.available) expect(ANALYSES_BY_NAME.get(n)!.status).toBe('available');
    for (const n of r.planned) expect(ANALYSES_BY_NAME.get(n)!.status).toBe('planned');
    expect(r.available).toContain('parsePortfolio');
    expect(r.available).toContain('simulateRisk');
    expect(r.planned).toEqual([]);
  });

  it('does not crash on odd input and names itself in errors', () => {
    const sparse = { id: 'o', name: 'O', structure: 'functional', pmo: { name: 'P', type: 'supportive' } } as unknown as Organization;
    expect(pmoAnalyses(sparse).functions.map((f) => f.function)).toContain('templates-and-tools');
    expect(catchPmoError(() => pmoAnalyses({ ...sparse, structure: 'flat' } as unknown as Organization)).message).toMatch(
      /^pmoAnalyses: unknown organization structure "flat"/,
    );
    const bad = org('functional', [], pmo('supportive', { functions: ['__proto__' as PmoFunction] }));
    expect(catchPmoError(() => pmoAnalyses(bad)).message).toBe('pmoAnalyses: unknown PMO function "__proto__" at pmo.functions[0]');
  });
});
