/** `pmo demo`: the tour of the embedded sample, in English and Chinese. */
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

describe('pmo demo', () => {
  it('prints the organization, PMO profile, responsibilities, projects and analyses', () => {
    const r = runCli(['demo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Balanced matrix organization');
    expect(r.stdout).toContain('Controlling PMO');
    expect(r.stdout).toContain('PMO responsibilities in this structure');
    expect(r.stdout).toContain('Resource allocation');
    expect(r.stdout).toContain('Project integration');
    expect(r.stdout).toMatch(/wms\s+Warehouse Management System upgrade\s+2026-01-12\s+18/);
    expect(r.stdout).toContain('dp/dp-m-api -> portal/portal-int (FS)');
    expect(r.stdout).toMatch(/✓ checkAuthority/);
    expect(r.stdout).toMatch(/\d+ available, \d+ planned/);
    // leveling: over-allocations per person before and after, and each project's delay
    expect(r.stdout).toContain('Resource leveling across projects');
    expect(r.stdout).toMatch(/over-allocated working days per resource:[\s\S]*before\s+after/);
    expect(r.stdout).toMatch(/project\s+start\s+unleveled finish\s+leveled finish\s+CP duration\s+delay/);
  });

  it('--lang zh prints the Chinese labels from the source article', () => {
    const r = runCli(['demo', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('平衡矩阵型组织');
    expect(r.stdout).toContain('控制型PMO');
    expect(r.stdout).toContain('资源分配');
    expect(r.stdout).toContain('项目整合');
    expect(r.stdout).toContain('PMO和项目经理的区别');
  });

  it('rejects an unknown language', () => {
    const r = runCli(['demo', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang must be en or zh');
  });
});
