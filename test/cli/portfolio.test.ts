import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliAsync } from './run.js';
import { ROOT } from '../helpers.js';

const SAMPLE = join(ROOT, 'examples/data/sample-portfolio.json');
const dir = mkdtempSync(join(tmpdir(), 'pmo-portfolio-cli-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

const ALLOCATION = {
  people: [
    { id: 'ana', capacity: 120, skills: { java: 4 }, costPerHour: 60 },
    { id: 'bo', capacity: 40, skills: { sql: 3 }, costPerHour: 50 },
  ],
  demands: [
    { id: 'crm-java', projectId: 'crm', skill: 'java', minLevel: 3, hours: 80, valuePerHour: 150 },
    { id: 'erp-java', projectId: 'erp', skill: 'java', hours: 100, valuePerHour: 120 },
    { id: 'erp-sql', projectId: 'erp', skill: 'sql', hours: 60, valuePerHour: 90 },
  ],
};
const SELECTION = {
  budget: 100,
  capacity: { java: 300 },
  projects: [
    { id: 'crm', cost: 60, value: 90, demand: { java: 200 } },
    { id: 'app', cost: 30, value: 50, demand: { java: 150 } },
    { id: 'bi', cost: 40, value: 45, requires: ['crm'] },
  ],
};
const PRIORITIZATION = {
  criteria: [{ id: 'value' }, { id: 'risk', direction: 'cost' }],
  pairwise: [
    [1, 3],
    [1 / 3, 1],
  ],
  projects: [
    { id: 'crm', scores: { value: 8, risk: 6 } },
    { id: 'ocr', scores: { value: 5, risk: 2 } },
  ],
};

describe('pmo allocate', () => {
  it('--json prints the result object; the readable plan lists assignments, unmet demand and the bottleneck', async () => {
    const path = file('alloc.json', ALLOCATION);
    const json = await runCliAsync(['allocate', path, '--json']);
    expect(json.code).toBe(0);
    const r = JSON.parse(json.stdout);
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['objective', 'optimal', 'bound', 'assignments', 'unmet', 'utilization', 'shadowPrices', 'bottleneck']));
    expect(r.objective).toBe(80 * 90 + 40 * 60 + 40 * 40);
    expect(r.unmet).toEqual([
      { demandId: 'erp-java', projectId: 'erp', skill: 'java', hours: 60, reason: 'capacity' },
      { demandId: 'erp-sql', projectId: 'erp', skill: 'sql', hours: 20, reason: 'capacity' },
    ]);
    const text = await runCliAsync(['allocate', path]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Objective 11,200 \(proven optimal/);
    expect(text.stdout).toMatch(/ana\s+crm\s+java\s+crm-java\s+80/);
    expect(text.stdout).toMatch(/per skill: java 60 h, sql 20 h/);
    expect(text.stdout).toMatch(/Bottleneck skill: java/);
  });

  it('a portfolio: the pool in a window (default: the three months after the status date)', async () => {
    const r = await runCliAsync(['allocate', SAMPLE, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.window).toEqual({ from: '2026-05-01', to: '2026-07-31' });
    expect(out.optimal).toBe(true);
    const q3 = JSON.parse((await runCliAsync(['allocate', SAMPLE, '--from', '2026-07-01', '--to', '2026-09-30', '--json'])).stdout);
    expect(q3.window).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect((await runCliAsync(['allocate', SAMPLE, '--from', '2026-07-01'])).code).toBe(2);
  });

  it('invalid files exit 2 listing every issue', async () => {
    const bad = file('bad-alloc.json', { people: [{ id: 'a', capacity: -1, skills: {} }], demands: [{ id: 'd', projectId: 'p', skill: 'x', hours: 1 }], extra: 1 });
    const r = await runCliAsync(['allocate', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('is not a valid allocation problem: 3 issues');
    expect(r.stderr).toContain('people[0].capacity');
    expect(r.stderr).toContain('demands[0].valuePerHour');
    expect(r.stderr).toContain("  extra: unknown field [unknown_key]");
    expect((await runCliAsync(['allocate', file('alloc2.json', ALLOCATION), '--from', '2026-01-01', '--to', '2026-02-01'])).code).toBe(2);
    expect((await runCliAsync(['allocate', '-'], '{nope')).code).toBe(2);
  });
});

describe('pmo select', () => {
  it('--json prints the selection; --frontier the best value per budget level', async () => {
    const path = file('sel.json', SELECTION);
    const r = await runCliAsync(['select', path, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ selected: ['crm', 'bi'], value: 135, cost: 100, optimal: true, binding: [{ constraint: 'capacity[java]' }] });
    const text = await runCliAsync(['select', path]);
    expect(text.stdout).toMatch(/Selected 2 projects: crm, bi/);
    expect(text.stdout).toMatch(/capacity\[java\]\s+200\s+300\s+140\s+5/);
    const f = await runCliAsync(['select', path, '--frontier', '0:100:50', '--json']);
    expect(JSON.parse(f.stdout).frontier.map((p: { budget: number; value: number }) => [p.budget, p.value])).toEqual([
      [0, 0],
      [50, 50],
      [100, 135],
    ]);
    expect((await runCliAsync(['select', path, '--frontier', '1:2'])).code).toBe(2);
  });

  it('a portfolio needs --budget; infeasible constraints exit 2 with the reason', async () => {
    expect((await runCliAsync(['select', SAMPLE])).stderr).toMatch(/needs --budget/);
    const r = await runCliAsync(['select', SAMPLE, '--budget', '100']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no selection is feasible: the mandatory projects/);
    const ok = await runCliAsync(['select', SAMPLE, '--budget', '1000000']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Selected 4 projects: wms, dp, portal, tel/);
    expect(ok.stdout).toMatch(/no selected project serves: paperless-customs/);
  });
});

describe('pmo prioritize', () => {
  it('a prioritization file and the sample portfolio', () => {
    const r = runCli(['prioritize', file('prio.json', PRIORITIZATION), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.method).toBe('ahp');
    expect(out.ranking.map((p: { projectId: string }) => p.projectId)).toEqual(['crm', 'ocr']);
    const text = runCli(['prioritize', SAMPLE]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Criteria weights \(given, normalized\): alignment 20 %/);
    expect(text.stdout).toMatch(/NPV\s+IRR\s+payback/);
    expect(text.stdout).toMatch(/no project serves: paperless-customs/);
    const bad = runCli(['prioritize', file('prio-bad.json', { ...PRIORITIZATION, pairwise: [[1, 3], [3, 1]] })]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/pairwise\[1\]\[0\]: entry \[1\]\[0\] = 3 is not the reciprocal/);
    expect(runCli(['prioritize', SAMPLE, '--format', 'nope']).code).toBe(2);
  });
});

describe('pmo demo', () => {
  it('shows the allocation of the shared pool for the next three months, unmet demand per skill and the bottleneck skill', () => {
    const r = runCli(['demo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Allocation of the shared pool, next three months');
    expect(r.stdout).toContain('Window (after the status date): 2026-05-01 – 2026-07-31');
    expect(r.stdout).toMatch(/Value of the plan: [\d,]+ EUR \(proven optimal\)/);
    expect(r.stdout).toMatch(/Unmet demand per skill: none/);
    expect(r.stdout).toMatch(/Bottleneck skill: training \(one more hour is worth 110 EUR/);
    expect(runCli(['demo', '--lang', 'zh']).stdout).toContain('瓶颈技能: training');
  });
});
