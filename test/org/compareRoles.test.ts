import { describe, expect, it } from 'vitest';
import { compareRoles, type ComparedRole } from '../../src/org/index.js';
import { ARTICLE, catchPmoError, expectBilingual } from './fixtures.js';

describe('compareRoles', () => {
  it("compares the PMO and the project manager on the article's three axes", () => {
    const c = compareRoles('pmo', 'project-manager');
    expect(c.left.role).toBe('pmo');
    expect(c.right.role).toBe('project-manager');
    expect(c.axes.map((a) => a.axis)).toEqual(['goals', 'resources', 'managed-objects']);
    expect(c.axes.map((a) => a.label.zh)).toEqual(['目标不同', '控制资源', '管理对象']);
    expectBilingual(c, 15);
  });

  it('puts the right content on each side', () => {
    const [goals, resources, managed] = compareRoles('pmo', 'project-manager').axes;
    expect(goals!.left.en).toMatch(/organization-level/);
    expect(goals!.left.en).toMatch(/business objectives/);
    expect(goals!.left.zh).toContain('大型项目的范围变化');
    expect(goals!.right.en).toMatch(/constraints/);
    expect(resources!.left.en).toMatch(/shared organizational resources across all projects/);
    expect(resources!.right.en).toMatch(/project's own resources/);
    for (const term of ['methodology', 'standards', 'overall risk', 'metrics', 'dependencies between projects']) {
      expect(managed!.left.en).toContain(term);
    }
    for (const term of ['scope', 'schedule', 'cost', 'quality']) expect(managed!.right.en).toContain(term);
  });

  it('states what the roles have in common', () => {
    const c = compareRoles('pmo', 'project-manager');
    expect(c.common.en).toBe('Both revolve around projects and are ultimately accountable for them.');
    expect(c.common.zh).toContain('对项目最终负责');
    expect(c.differences.zh).toContain('目标、控制范围和管理对象');
  });

  it.skipIf(ARTICLE === undefined)("quotes the article's sides on resources and what is managed", () => {
    const [, resources, managed] = compareRoles('pmo', 'project-manager').axes;
    expect(ARTICLE).toContain(resources!.left.zh.replace(/。$/, ''));
    expect(ARTICLE).toContain(managed!.left.zh.replace(/。$/, ''));
  });

  it('swaps the sides when the arguments are reversed', () => {
    const a = compareRoles('pmo', 'project-manager');
    const b = compareRoles('project-manager', 'pmo');
    expect(b.left).toEqual(a.right);
    expect(b.right).toEqual(a.left);
    b.axes.forEach((axis, i) => {
      expect(axis.left).toEqual(a.axes[i]!.right);
      expect(axis.right).toEqual(a.axes[i]!.left);
      expect(axis.label).toEqual(a.axes[i]!.label);
    });
  });

  it('rejects any other pair', () => {
    const bad: [string, string][] = [
      ['pmo', 'pmo'],
      ['project-manager', 'project-manager'],
      ['pmo', 'sponsor'],
      ['sponsor', 'project-manager'],
      ['__proto__', 'pmo'],
      ['', ''],
    ];
    for (const [l, r] of bad) {
      const err = catchPmoError(() => compareRoles(l as ComparedRole, r as ComparedRole));
      expect(err.code).toBe('INVALID_ARGUMENT');
      expect(err.message).toMatch(/^compareRoles: cannot compare/);
    }
  });
});
