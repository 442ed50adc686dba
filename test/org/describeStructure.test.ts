import { describe, expect, it } from 'vitest';
import { ORGANIZATION_STRUCTURES, type OrganizationStructure } from '../../src/model/organization.js';
import { describeStructure, STRUCTURE_PROFILES, type StructureProfile } from '../../src/org/index.js';
import { ARTICLE, catchPmoError, expectBilingual } from './fixtures.js';

const FUNCTIONAL = ['methods-and-standards', 'training-and-support', 'resource-management', 'performance-monitoring'];
const MATRIX = ['resource-allocation', 'standards-and-best-practices', 'project-integration', 'performance-evaluation'];
const PROJECTIZED = ['methodology', 'project-selection', 'lessons-learned', 'risk-management'];

describe('describeStructure', () => {
  it('has a profile for every structure, with its own id', () => {
    for (const s of ORGANIZATION_STRUCTURES) {
      const p = describeStructure(s);
      expect(p.structure).toBe(s);
      expect(p).toBe(STRUCTURE_PROFILES[s]);
    }
    expect(Object.keys(STRUCTURE_PROFILES).sort()).toEqual([...ORGANIZATION_STRUCTURES].sort());
  });

  it('labels structures with the Chinese terms of the article', () => {
    const zh = Object.fromEntries(ORGANIZATION_STRUCTURES.map((s) => [s, describeStructure(s).label.zh]));
    expect(zh).toEqual({
      functional: '职能型组织',
      'weak-matrix': '弱矩阵型组织',
      'balanced-matrix': '平衡矩阵型组织',
      'strong-matrix': '强矩阵型组织',
      projectized: '项目型组织',
      composite: '复合型组织',
    });
    expect(describeStructure('balanced-matrix').label.en).toBe('Balanced matrix organization');
  });

  it('gives every structure non-empty English and Chinese text throughout', () => {
    for (const s of ORGANIZATION_STRUCTURES) expectBilingual(describeStructure(s), 9);
  });

  it("lists the functional PMO's responsibilities as exactly the article's four", () => {
    expect(describeStructure('functional').responsibilities).toEqual(FUNCTIONAL);
  });

  it('gives all three matrix variants the matrix responsibilities', () => {
    for (const s of ['weak-matrix', 'balanced-matrix', 'strong-matrix'] as const) {
      expect(describeStructure(s).responsibilities).toEqual(MATRIX);
      expect(describeStructure(s).family).toBe('matrix');
      expect(describeStructure(s).pmoGoal.zh).toBe('协调不同项目和部门之间的协作,促进资源共享和跨部门合作。');
    }
  });

  it('gives the projectized PMO the projectized responsibilities and a composite PMO the union, in order', () => {
    expect(describeStructure('projectized').responsibilities).toEqual(PROJECTIZED);
    expect(describeStructure('composite').responsibilities).toEqual([...FUNCTIONAL, ...MATRIX, ...PROJECTIZED]);
  });

  it('states the PMO goal of each family in the words of the article', () => {
    expect(describeStructure('functional').pmoGoal.zh).toBe('通过标准化和协调的项目管理实践,提高项目交付的效率和质量。');
    expect(describeStructure('projectized').pmoGoal.zh).toBe('通过项目管理的专业知识和经验,推动项目的成功执行和组织的发展。');
    expect(describeStructure('functional').pmoRole.zh).toContain('中心化的部门');
  });

  it.skipIf(ARTICLE === undefined)('takes the goals and the PMO roles verbatim from the article (minus the subject)', () => {
    for (const s of ['functional', 'weak-matrix', 'projectized'] as const) {
      const { pmoGoal } = describeStructure(s);
      expect(ARTICLE).toContain(pmoGoal.zh.replace(/。$/, ''));
    }
  });

  it('follows the PMBOK table of project characteristics', () => {
    const row = (s: OrganizationStructure) => {
      const c = describeStructure(s).characteristics;
      return [
        c.projectManagerAuthority.value,
        c.resourceAvailability.value,
        c.budgetControl.value,
        c.projectManagerRole.value,
        c.administrativeStaff.value,
      ];
    };
    expect(row('functional')).toEqual(['little-or-none', 'little-or-none', 'functional-manager', 'part-time', 'part-time']);
    expect(row('weak-matrix')).toEqual(['low', 'low', 'functional-manager', 'part-time', 'part-time']);
    expect(row('balanced-matrix')).toEqual(['low-to-moderate', 'low-to-moderate', 'mixed', 'full-time', 'part-time']);
    expect(row('strong-matrix')).toEqual(['moderate-to-high', 'moderate-to-high', 'project-manager', 'full-time', 'full-time']);
    expect(row('projectized')).toEqual(['high-to-almost-total', 'high-to-almost-total', 'project-manager', 'full-time', 'full-time']);
    expect(row('composite')).toEqual(['varies', 'varies', 'varies', 'varies', 'varies']);
    expect(describeStructure('functional').characteristics.budgetControl.text.zh).toBe('职能经理');
    expect(describeStructure('projectized').characteristics.projectManagerAuthority.text.zh).toBe('高到几乎全权');
  });

  it("project manager's authority never decreases from functional to projectized", () => {
    const order = ['little-or-none', 'low', 'low-to-moderate', 'moderate-to-high', 'high-to-almost-total'];
    const ranks = ORGANIZATION_STRUCTURES.filter((s) => s !== 'composite').map((s) =>
      order.indexOf(describeStructure(s).characteristics.projectManagerAuthority.value),
    );
    expect(ranks).toEqual([0, 1, 2, 3, 4]);
  });

  it('rejects an unknown structure with INVALID_ARGUMENT naming the function and the choices', () => {
    const err = catchPmoError(() => describeStructure('x' as OrganizationStructure));
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.message).toBe(
      'describeStructure: unknown organization structure "x"; expected one of "functional", "weak-matrix", "balanced-matrix", "strong-matrix", "projectized", "composite"',
    );
    for (const odd of ['__proto__', 'constructor', 'toString', '', undefined, null, 42, {}]) {
      expect(catchPmoError(() => describeStructure(odd as OrganizationStructure)).code).toBe('INVALID_ARGUMENT');
    }
  });

  it('returns deeply frozen shared data that callers cannot corrupt', () => {
    const p: StructureProfile = describeStructure('functional');
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.responsibilities)).toBe(true);
    expect(Object.isFrozen(p.characteristics.budgetControl.text)).toBe(true);
    expect(() => (p.responsibilities as string[]).push('x')).toThrow(TypeError);
    expect(describeStructure('functional').responsibilities).toEqual(FUNCTIONAL);
  });
});
