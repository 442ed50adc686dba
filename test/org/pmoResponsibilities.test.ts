import { describe, expect, it } from 'vitest';
import { ORGANIZATION_STRUCTURES, PMO_TYPES, type OrganizationStructure, type PmoType } from '../../src/model/organization.js';
import { describePmoType, describeStructure, PMO_FUNCTION_INFO, PMO_FUNCTION_PRACTICES, pmoResponsibilities } from '../../src/org/index.js';
import { catchPmoError, expectBilingual } from './fixtures.js';

describe('pmoResponsibilities', () => {
  it("lists exactly the functional organization's four responsibilities, without practice when no type is given", () => {
    const list = pmoResponsibilities('functional');
    expect(list.map((r) => r.function)).toEqual([
      'methods-and-standards',
      'training-and-support',
      'resource-management',
      'performance-monitoring',
    ]);
    expect(list.map((r) => r.label.zh)).toEqual(['方法和标准', '培训和支持', '资源管理', '绩效监控']);
    for (const r of list) {
      expect(r.source).toBe('structure');
      expect('practice' in r).toBe(false);
      expect(r.description).toBe(PMO_FUNCTION_INFO[r.function].description);
    }
  });

  it("follows each structure's responsibilities in order", () => {
    for (const s of ORGANIZATION_STRUCTURES) {
      expect(pmoResponsibilities(s).map((r) => r.function)).toEqual(describeStructure(s).responsibilities);
    }
    expect(pmoResponsibilities('composite')).toHaveLength(12);
    expect(pmoResponsibilities('strong-matrix').map((r) => r.label.zh)).toEqual(['资源分配', '制定规范', '项目整合', '绩效评估']);
    expect(pmoResponsibilities('projectized').map((r) => r.label.zh)).toEqual(['项目管理方法', '项目选择和管理', '经验总结', '风险管理']);
  });

  it("adds, with a type, how the type carries out each function and the type's distinctive service last", () => {
    for (const s of ORGANIZATION_STRUCTURES) {
      for (const t of PMO_TYPES) {
        const list = pmoResponsibilities(s, t);
        expect(list).toHaveLength(describeStructure(s).responsibilities.length + 1);
        const last = list[list.length - 1]!;
        expect(last.function).toBe(describePmoType(t).distinctiveFunction);
        expect(last.source).toBe('type');
        for (const r of list) expect(r.practice).toBe(PMO_FUNCTION_PRACTICES[r.function][t]);
        expectBilingual(list, list.length * 3);
      }
    }
  });

  it('contrasts advising, enforcing and deciding resource allocation in a matrix', () => {
    const practice = (t: PmoType) =>
      pmoResponsibilities('balanced-matrix', t).find((r) => r.function === 'resource-allocation')!.practice!.en;
    expect(practice('supportive')).toMatch(/^Advises/);
    expect(practice('controlling')).toMatch(/^Enforces/);
    expect(practice('directive')).toMatch(/^Decides/);
  });

  it('returns fresh arrays and objects on each call', () => {
    const a = pmoResponsibilities('functional', 'directive');
    a.pop();
    (a[0] as { source: string }).source = 'tampered';
    const b = pmoResponsibilities('functional', 'directive');
    expect(b).toHaveLength(5);
    expect(b[0]!.source).toBe('structure');
  });

  it('rejects unknown structures and types', () => {
    expect(catchPmoError(() => pmoResponsibilities('flat' as OrganizationStructure)).message).toMatch(
      /^pmoResponsibilities: unknown organization structure "flat"/,
    );
    expect(catchPmoError(() => pmoResponsibilities('functional', 'toString' as PmoType)).message).toMatch(
      /^pmoResponsibilities: unknown PMO type "toString"/,
    );
  });
});
