import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalPortfolio } from '../fixtures/portfolios.js';
import { ROOT } from '../helpers.js';
import { runCli } from './run.js';

const SAMPLE = join(ROOT, 'examples/data/sample-portfolio.json');
const dir = mkdtempSync(join(tmpdir(), 'pmo-cli-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('pmo validate', () => {
  it('exits 0 on the sample portfolio', () => {
    const r = runCli(['validate', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid portfolio .*4 projects, 63 tasks/);
  });

  it('reports every defect with its path and exits 2', () => {
    const input = minimalPortfolio() as any;
    input.projects[0].tasks.push({ id: 'a', name: 'Again', duration: 1 });
    input.projects[0].dependencies.push({ from: 'a', to: 'nope' });
    input.projects[1].start = '2025-02-30';
    input.projects[1].tasks[0].duration = -3;
    const path = file('defects.json', input);
    const r = runCli(['validate', path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${path}: invalid portfolio: 4 issues`);
    expect(r.stderr).toContain('projects[0].tasks[4].id: duplicate task id "a" in project "p1"');
    expect(r.stderr).toContain('projects[0].dependencies[2].to: dependency refers to unknown task "nope" in project "p1"');
    expect(r.stderr).toContain('projects[1].start: date "2025-02-30" does not exist');
    expect(r.stderr).toContain('projects[1].tasks[0].duration: duration must not be negative (got -3)');
  });

  it('--json prints one object with every issue', () => {
    const input = minimalPortfolio() as any;
    input.projects[0].dependencies.push({ from: 'a', to: 'a' });
    const r = runCli(['validate', '--json', file('self.json', input)]);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(false);
    expect(out.issues).toEqual([
      { code: 'self_dependency', path: ['projects', 0, 'dependencies', 2], at: 'projects[0].dependencies[2]', message: expect.stringContaining('"a"') },
    ]);
    const ok = JSON.parse(runCli(['validate', '--json', SAMPLE]).stdout);
    expect(ok).toEqual({ file: SAMPLE, valid: true, issues: [] });
  });

  it('reads standard input with -', () => {
    expect(runCli(['validate', '-'], JSON.stringify(minimalPortfolio())).code).toBe(0);
    const r = runCli(['validate', '-'], '{"id": 1}');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^<stdin>: invalid portfolio/);
  });

  it('works with ids __proto__, constructor and toString', () => {
    const input = {
      id: 'constructor',
      name: 'x',
      resources: [{ id: 'toString', name: 't', capacity: 1, skills: JSON.parse('{"__proto__": 1}') }],
      projects: [
        {
          id: '__proto__',
          name: 'p',
          start: '2026-01-05',
          tasks: [
            { id: '__proto__', name: 'a', duration: 1, demands: [{ resourceId: 'toString', units: 1 }, { skill: '__proto__', units: 1 }] },
            { id: 'constructor', name: 'b', duration: 1 },
            { id: 'toString', name: 'c', duration: 1 },
          ],
          dependencies: [
            { from: '__proto__', to: 'constructor' },
            { from: 'constructor', to: 'toString' },
          ],
        },
      ],
    };
    const r = runCli(['validate', file('proto.json', JSON.stringify(input))]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('exits 2 naming the file when it is missing or not JSON', () => {
    const missing = runCli(['validate', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json: no such file/);
    const bad = runCli(['validate', file('bad.json', '{ not json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json is not valid JSON/);
  });

  it('usage errors exit 2', () => {
    expect(runCli(['validate']).code).toBe(2);
    expect(runCli(['validate', 'a', 'b']).code).toBe(2);
    expect(runCli(['validate', '--bogus', SAMPLE]).code).toBe(2);
  });
});

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

describe('pmo', () => {
  it('help, version, unknown command', () => {
    expect(runCli(['help']).stdout).toMatch(/^ {2}validate {2,}validate a portfolio/m);
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const r = runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
    expect(runCli([]).code).toBe(2);
  });

  it('schema prints the JSON Schema of a model', () => {
    const r = runCli(['schema', 'portfolio']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('pmo-kit portfolio');
    expect(runCli(['schema', 'nope']).code).toBe(2);
  });
});

describe('pmo org', () => {
  it('describes a structure with the PMO responsibilities from the source article', () => {
    const r = runCli(['org', 'functional']);
    expect(r.code).toBe(0);
    for (const label of ['Methods and standards', 'Training and support', 'Resource management', 'Performance monitoring'])
      expect(r.stdout).toContain(label);
    const zh = runCli(['org', 'projectized', '--lang', 'zh', '--pmo-type', 'directive']);
    expect(zh.stdout).toContain('项目型组织');
    for (const label of ['项目管理方法', '项目选择和管理', '经验总结', '风险管理']) expect(zh.stdout).toContain(label);
  });

  it('lists structures and types, emits JSON, and rejects unknown names with exit 2', () => {
    expect(runCli(['org']).stdout).toContain('balanced-matrix');
    const json = JSON.parse(runCli(['org', 'weak-matrix', '--json']).stdout);
    expect(json.structure.structure).toBe('weak-matrix');
    expect(json.responsibilities.map((r: { function: string }) => r.function)).toContain('project-integration');
    expect(runCli(['org', 'tribal']).code).toBe(2);
    expect(runCli(['org', 'functional', '--pmo-type', 'bossy']).code).toBe(2);
  });
});
