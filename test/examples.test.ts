import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** Runs an example script as a reader would (`npx tsx examples/<name>`), returning its stdout. */
const run = (name: string, ...args: string[]): string => execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'examples', name), ...args], { cwd: ROOT, encoding: 'utf8' });

/** The examples this file runs: every script in examples/ must be one of them. */
const TESTED = ['quick-start.ts', 'import-csv.ts', 'level-pool.ts', 'score.ts', 'report.ts', 'simulate.ts'];

it('runs every script in examples/', () => {
  expect(readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.ts')).sort()).toEqual([...TESTED].sort());
});

it('examples/quick-start.ts runs and prints what it promises', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'examples/quick-start.ts')], { cwd: ROOT, encoding: 'utf8' });
  expect(out).toContain('4 projects');
  expect(out).toContain('平衡矩阵型组织');
  expect(out).toContain('PMO lead may reassign a shared resource: true');
  expect(out).toContain('[invalid_date]');
});

it('examples/import-csv.ts reads the CSV example, schedules it and prints the critical cross-project dependencies', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'examples/import-csv.ts')], { cwd: ROOT, encoding: 'utf8' });
  expect(out).toContain('tasks.csv         tasks          15 rows');
  expect(out).toContain('3 projects, 15 tasks, 3 cross-project dependencies, 4 risks');
  expect(out).toContain('portfolio finishes 2026-05-07');
  const deps = out.slice(out.indexOf('cross-project dependencies, most critical first:')).split('\n').slice(1, 4);
  expect(deps).toEqual([
    '  dw/4 Reporting layer -> portal/4 User acceptance test: CRITICAL (UAT needs the customer reports)',
    '  crm/3 Integration build -> portal/3 API integration: driving (The portal calls the new CRM API)',
    '  dw/2 Staging schema -> crm/4 Migration dry run: float 15d',
  ]);
  expect(out).toContain('broken-tasks.csv line 3, column "Duration": expected a duration such as 5, 5d, 40h or 2w, got "ten days" [invalid_format]');
});

it('examples/level-pool.ts levels the sample pool and removes every over-allocation', () => {
  const out = run('level-pool.ts');
  expect(out).toContain('early schedule: finishes 2026-08-11; over-allocated person-days:');
  expect(out).toMatch(/^  r-fischer +15$/m);
  expect(out).toMatch(/^leveled \(300 schedules, seed 1\): finishes \d{4}-\d\d-\d\d; over-allocated person-days after: 0$/m);
  expect(out.match(/^  (wms|dp|portal|tel) +\d{4}-\d\d-\d\d  delay \d+ working days/gm)).toHaveLength(4);
});

it('examples/score.ts prints health with its drivers, the KPIs and the governance findings', () => {
  const out = run('score.ts');
  expect(out).toContain('health at 2026-04-30: portfolio 55 (amber)');
  expect(out).toMatch(/^  wms +36 red +lowered by Schedule performance SPI\(t\), Float erosion$/m);
  expect(out).toMatch(/^  Resource utilization +27\.9 %$/m);
  expect(out).toContain('governance: 11 findings (severity warning, from the PMO type)');
});

it('examples/report.ts writes the HTML report, the Markdown report with its charts, and a chart alone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-example-report-'));
  try {
    const out = run('report.ts', dir);
    expect(out).toContain('12 sections (summary, organization, schedule, dependencies, resources, portfolio, earned-value, risks, health, kpis, governance, maturity)');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    const md = readFileSync(join(dir, 'md', 'report.md'), 'utf8');
    const charts = [...md.matchAll(/\]\(([a-z0-9-]+\.svg)\)/g)].map((m) => m[1]!);
    expect(charts.length).toBeGreaterThanOrEqual(16);
    for (const c of charts) expect(existsSync(join(dir, 'md', c)), c).toBe(true);
    expect(readFileSync(join(dir, 'gantt.zh.svg'), 'utf8')).toMatch(/^<svg[\s\S]*<title>[^<]*[\u4e00-\u9fff]/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('examples/simulate.ts prints P50/P80 against the plan and the top drivers, and writes the histogram and the tornado', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-example-simulate-'));
  try {
    const out = run('simulate.ts', dir, '2000');
    expect(out).toContain('2000 iterations, seed 1, pert durations, 14 risk events');
    expect(out).toContain('plan: 2026-08-11 (148.0 working days)');
    const p50 = /^P50: +(\d{4}-\d\d-\d\d) \(\+(\d+\.\d) working days vs the plan\)$/m.exec(out);
    const p80 = /^P80: +(\d{4}-\d\d-\d\d) \(\+(\d+\.\d) working days vs the plan\)$/m.exec(out);
    expect(p50 && p80).toBeTruthy();
    expect(p50![1]! > '2026-08-11' && p80![1]! > p50![1]!).toBe(true);
    expect(Number(p80![2])).toBeGreaterThan(Number(p50![2]));
    expect(out).toMatch(/^P\(finish by 2026-09-30\) = \d+\.\d %$/m);
    const drivers = out.slice(out.indexOf('top 5 drivers')).split('\n').slice(1, 6);
    expect(drivers).toHaveLength(5);
    for (const d of drivers) expect(d).toMatch(/^  [a-z]+\/[a-z-]+ +-?[01]\.\d\d +\d+\.\d %$/);
    expect(drivers[0]).toMatch(/^  tel\/tel-rollout /);
    for (const f of ['finish-histogram.svg', 'tornado.svg']) expect(readFileSync(join(dir, f), 'utf8')).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(readFileSync(join(dir, 'tornado.svg'), 'utf8')).toContain('tel/tel-rollout');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
