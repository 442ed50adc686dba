/** pmo health, kpis, governance, maturity, lessons: the JSON contracts, the text, the exit codes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { tmpFile } from './fixtures.js';
import { runCli } from './run.js';

const SAMPLE = `${ROOT}examples/data/sample-portfolio.json`;
const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Record<string, any>;

describe('pmo health', () => {
  it('--json: { statusDate, projects: [{ id, score, rating, drivers: [{ indicator, value, contribution }] }], portfolio: { score, rating } }', () => {
    const r = runCli(['health', SAMPLE, '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(out.statusDate).toBe('2026-04-30');
    expect(out.projects.map((p: any) => p.id)).toEqual(['wms', 'dp', 'portal', 'tel']);
    for (const p of out.projects) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['id', 'score', 'rating', 'drivers']));
      expect(['green', 'amber', 'red']).toContain(p.rating);
      expect(Number.isInteger(p.score)).toBe(true);
      for (const d of p.drivers) {
        expect(Object.keys(d)).toEqual(expect.arrayContaining(['indicator', 'value', 'contribution']));
        expect(typeof d.indicator).toBe('string');
        expect(Number.isFinite(d.value)).toBe(true);
      }
      expect(p.drivers.reduce((s: number, d: any) => s + d.contribution, 0)).toBe(p.score);
    }
    expect(out.portfolio).toMatchObject({ score: 55, rating: 'amber' });
  });

  it('text: a row per project with each indicator’s value and points, the roll-up, what lowers each score', () => {
    const r = runCli(['health', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('project health at the status date 2026-04-30');
    expect(r.stdout).toMatch(/^wms\s+36\s+red\s+0\.71 \(0\)\s+1\.85 \(0\)\s+0\.91 \(10\)\s+-10\.4% \(3\)\s+5\.4% \(15\)\s+37\.4% \(0\)\s+6% \(5\)\s+88% \(3\)$/m);
    expect(r.stdout).toMatch(/^portfolio\s+55\s+amber$/m);
    expect(r.stdout).toContain('  wms: SPI(t) 0.71 (0/25), float used 1.85 (0/10), over-alloc. 37.4% (0/10)');
  });

  it('--previous-date adds the trend; --roll-up and --lang; bad values exit 2', () => {
    const r = runCli(['health', SAMPLE, '--previous-date', '2026-03-31', '--roll-up', 'equal', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wms\s+36\s+红.*-22 \(SPI\(t\) -14\.67\)$/m);
    expect(r.stdout).toContain('汇总权重 等权');
    expect(runCli(['health', SAMPLE, '--roll-up', 'size']).stderr).toContain('--roll-up must be budget, priority or equal, got "size"');
    const late = runCli(['health', SAMPLE, '--previous-date', '2026-05-31']);
    expect([late.code, late.stderr]).toEqual([2, `pmo health: ${SAMPLE}: healthScore: options.previousStatusDate (2026-05-31) is after the status date (2026-04-30)\n`]);
  });
});

describe('pmo governance', () => {
  it('--json: { findings: [{ ruleId, projectId, severity, message, path }] }', () => {
    const r = runCli(['governance', SAMPLE, '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(out.findings).toHaveLength(11);
    for (const f of out.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['ruleId', 'projectId', 'severity', 'message', 'path']));
      expect(['info', 'warning', 'error']).toContain(f.severity);
      expect(Array.isArray(f.path)).toBe(true);
    }
    expect(out.findings[0]).toMatchObject({ ruleId: 'project-baseline', projectId: 'dp', severity: 'warning', path: ['projects', 1], at: 'projects[1]' });
    expect(out.findings.map((f: any) => f.ruleId)).toContain('critical-task-resource');
  });

  it('--fail-on: exit 1 when a finding reaches the severity (a controlling PMO warns)', () => {
    const warn = runCli(['governance', SAMPLE, '--fail-on', 'warning']);
    expect(warn.code).toBe(1);
    expect(warn.stderr).toBe('pmo governance: --fail-on warning: 11 findings of severity warning or error, e.g. project-baseline at projects[1]\n');
    expect(runCli(['governance', SAMPLE, '--fail-on', 'error']).code).toBe(0);
    // A directive PMO enforces: its findings are errors.
    const directive = structuredClone(sample);
    directive.organization.pmo.type = 'directive';
    delete directive.maturityAssessment.pmoType;
    const file = tmpFile('directive.json', directive);
    const r = runCli(['governance', file, '--fail-on', 'error', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.every((f: any) => f.severity === 'error')).toBe(true);
    expect(runCli(['governance', SAMPLE, '--fail-on', 'info']).stderr).toContain('--fail-on must be error or warning, got "info"');
  });

  it('--disable, --status-date and the text', () => {
    const r = runCli(['governance', SAMPLE, '--disable', 'risk-review,project-baseline', '--status-date', '2026-04-30']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 findings (0 errors, 3 warnings, 0 info; Controlling PMO: findings are warnings; status date 2026-04-30)');
    expect(r.stdout).toContain('- [warning] cross-dependency-owners (wms) crossDependencies[1].fromOwnerId: the cross-project dependency wms/wms-golive -> tel/tel-int has no owner on the predecessor side (fromOwnerId)');
    expect(runCli(['governance', SAMPLE, '--disable', 'nope']).code).toBe(2);
  });
});

describe('pmo kpis', () => {
  it('text with the breakdowns and the definitions; --json with each KPI and its definition', () => {
    const r = runCli(['kpis', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Average schedule slip\s+\+23\.8 wd\s+4 projects$/m);
    expect(r.stdout).toMatch(/^Resource utilization\s+\d+\.\d%\s+12 resources$/m);
    expect(r.stdout).toContain('By program:');
    expect(r.stdout).toContain('- On-time delivery rate: Share of the completed projects');
    const zh = runCli(['kpis', SAMPLE, '--lang', 'zh']);
    expect(zh.stdout).toMatch(/^平均进度延误\s+\+23\.8 工作日\s+4 个项目$/m);
    const out = JSON.parse(runCli(['kpis', SAMPLE, '--json']).stdout);
    expect(out.kpis.map((k: any) => k.id)).toEqual(['on-time-delivery', 'forecast-on-time', 'budget-variance', 'schedule-slip', 'resource-utilization', 'benefits-realization', 'health-distribution']);
    expect(out.kpis[0].definition.zh).toMatch(/已完成项目/);
  });
});

describe('pmo maturity', () => {
  it('a portfolio’s assessment against its organization; --json', () => {
    const r = runCli(['maturity', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PMO maturity assessment (northwind-2026-q2, 2026-05-04), target level 3');
    expect(r.stdout).toContain('overall 2 (Repeatable), average 2.57');
    expect(r.stdout).toContain('1. Allocate resources between projects (2 → 3): builds resource allocation, responsibility 1 of the PMO in a balanced matrix organization; level 2, target 3');
    const out = JSON.parse(runCli(['maturity', SAMPLE, '--json']).stdout);
    expect(out.functions.level).toBeCloseTo(2.3617, 4);
    expect(out.recommendations[0]).toMatchObject({ rank: 1, kind: 'function', id: 'allocate-resources', pmoFunction: 'resource-allocation' });
  });

  it('an answers file (from standard input), --target, --lang zh', () => {
    const answers = JSON.stringify({ structure: 'projectized', pmoType: 'supportive', functions: [{ function: 'lessons-database', needed: true, importance: 5, delivery: 1 }], answers: { 'rm-2a': true, 'rm-2b': true } });
    const r = runCli(['maturity', '-', '--target', '2', '--lang', 'zh'], answers);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('目标等级 2');
    // The projectized organization's responsibilities in order: methodology, project selection, lessons learned.
    expect(r.stdout).toMatch(/^1\. 管理控制 \(1 → 2\): 对应“项目管理方法”,项目型组织中PMO的第1项职责/m);
    expect(r.stdout).toMatch(/^4\. 建立和管理经验教训数据库 \(1 → 2\): 对应“经验总结”,项目型组织中PMO的第3项职责/m);
  });

  it('invalid files exit 2 with the issues', () => {
    const bad = runCli(['maturity', '-'], JSON.stringify({ functions: [{ function: 'nope', needed: true, delivery: 1 }] }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('pmo maturity: standard input is not a valid maturity assessment: 1 issue');
    const none = structuredClone(sample);
    delete none.maturityAssessment;
    expect(runCli(['maturity', tmpFile('none.json', none)]).stderr).toContain('is a portfolio without a maturityAssessment');
    expect(runCli(['maturity', SAMPLE, '--target', '6']).stderr).toContain('--target must be a positive integer up to 5, got "6"');
  });
});

describe('pmo lessons', () => {
  it('--for ranks them with the reasons; --json', () => {
    const r = runCli(['lessons', SAMPLE, '--for', 'tel', '--top', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('the lessons most relevant to project tel (2)');
    expect(r.stdout).toContain('1. [4 points] l-wms-vendor (wms, configuration, vendor management, 2026-04-08): A single certified consultant [vendor, consultant, contract]');
    expect(r.stdout).toContain('   why: same organizational unit: u-ops (+2); similar size: budgets 335,000 and 200,500 (+1); shared tag: vendor (+1)');
    const out = JSON.parse(runCli(['lessons', SAMPLE, '--for', 'tel', '--json']).stdout);
    expect(out.lessons.map((x: any) => x.lesson.id)).toEqual(['l-wms-vendor', 'l-wms-erp', 'l-wms-req', 'l-portal-api', 'l-portal-sso', 'l-dp-quality', 'l-dp-arch']);
  });

  it('search by --tag, --category, --text; an unknown project exits 2', () => {
    const out = JSON.parse(runCli(['lessons', SAMPLE, '--tag', 'vendor', '--json']).stdout);
    expect(out.lessons.map((l: any) => l.id)).toEqual(['l-wms-vendor', 'l-portal-sso', 'l-tel-procurement']);
    expect(runCli(['lessons', SAMPLE, '--text', 'consultant']).stdout).toMatch(/^examples\/data|1 lesson\n- l-wms-vendor/m);
    expect(runCli(['lessons', SAMPLE, '--for', 'tel', '--category', 'interfaces', '--json']).stdout).toContain('l-wms-erp');
    const bad = runCli(['lessons', SAMPLE, '--for', 'nope']);
    expect([bad.code, bad.stderr]).toEqual([2, `pmo lessons: ${SAMPLE} has no project "nope"; its projects: "wms", "dp", "portal", "tel"\n`]);
  });
});
