/** `pmo risks`: the register analysis of a portfolio or a risk register. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { tmpFile } from './fixtures.js';
import { runCli } from './run.js';

const SAMPLE = `${ROOT}examples/data/sample-portfolio.json`;
const risk = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: id, kind: 'threat', probability: 0.5, impact: { score: 3 }, strategy: 'mitigate', response: 'r', owner: 'ana', status: 'open', ...extra });

describe('pmo risks', () => {
  it('--json: the analysis of the sample at its status date', () => {
    const r = runCli(['risks', SAMPLE, '--today', '2026-04-30', '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['file', 'input', 'currency', 'today', 'matrix', 'statusCounts', 'risks', 'top', 'exposure', 'heatMap', 'findings']);
    expect(out).toMatchObject({ file: SAMPLE, input: 'portfolio', currency: 'EUR', today: '2026-04-30', statusCounts: { open: 12, monitoring: 1, occurred: 1, closed: 1 } });
    expect(out.top.threats.slice(0, 2)).toEqual(['rk-res-backend', 'rk-tel-works']);
    expect(out.heatMap.threats[3][3]).toEqual({ count: 1, riskIds: ['rk-res-backend'], score: 16, rating: 'high' });
    expect(out.findings.filter((f: { code: string }) => f.code === 'overdue_action')).toHaveLength(3);
  });

  it('prints ratings, exposure, the heat maps and the findings', () => {
    const r = runCli(['risks', SAMPLE, '--today', '2026-04-30']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('15 risks (12 threats, 3 opportunities): 12 open, 1 monitoring, 1 occurred, 1 closed; as of 2026-04-30');
    expect(r.stdout).toMatch(/^ 1 {2}rk-res-backend +0\.55 {2}high \(score\) +16 {2}high +-6,600 EUR/m);
    expect(r.stdout).toMatch(/^total +13 +2 +11 +0 +66,650 EUR +32,550 EUR +-34,100 EUR +36\.4$/m);
    expect(r.stdout).toMatch(/^high {18}L · {7}M · {2}M · {5}H 1 {3}H ·$/m);
    expect(r.stdout).toContain('rk-wms-vendor: action "a2" ("Second consultant onboarded for configuration") was due 2026-04-17, 13 days ago, and is in-progress [overdue_action]');
    expect(r.stdout).not.toContain('Without --today');
    const undated = runCli(['risks', SAMPLE]).stdout;
    expect(undated).toContain('Without --today, overdue actions and reviews are not checked.');
    expect(undated).toContain('Findings (0):');
  });

  it('reads a risk register from standard input; --top and --review-days pass to the analysis', () => {
    const register = { id: 'reg', projectId: 'alpha', risks: [risk('a', { probability: 0.9, impact: { score: 5 }, identifiedOn: '2026-01-01' }), risk('b', { identifiedOn: '2026-01-01' })] };
    const out = JSON.parse(runCli(['risks', '-', '--json', '--top', '1', '--today', '2026-02-01', '--review-days', '31'], JSON.stringify(register)).stdout);
    expect(out).toMatchObject({ file: 'standard input', input: 'risk register', top: { threats: ['a'] }, findings: [] });
    expect(out.risks[0].projectId).toBe('alpha');
    expect(JSON.parse(runCli(['risks', '-', '--json', '--today', '2026-02-01', '--review-days', '30'], JSON.stringify(register)).stdout).findings).toHaveLength(2);
  });

  it('--fail-on exits 1 naming what it found', () => {
    const r = runCli(['risks', SAMPLE, '--today', '2026-04-30', '--fail-on', 'overdue,response']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('pmo risks: --fail-on overdue: 3 overdue actions\n');
    expect(runCli(['risks', SAMPLE, '--fail-on', 'overdue']).code).toBe(0);
    expect(runCli(['risks', SAMPLE, '--fail-on', 'high']).stderr).toContain('2 active risks rated high');
  });

  it('lists every issue of an invalid file and exits 2', () => {
    const data = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { risks: Record<string, unknown>[] };
    for (const r of data.risks) {
      r.probability = 7;
      r.impact = { days: -1 };
    }
    const r = runCli(['risks', tmpFile('bad.json', data)]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    // all of them, where the other commands stop at 20
    expect(lines[0]).toMatch(/bad\.json is not a valid portfolio: 30 issues$/);
    expect(lines.slice(1)).toHaveLength(30);
    expect(lines.at(-1)).toContain('risks[14].impact.days');
    const reg = runCli(['risks', '-'], JSON.stringify({ risks: [risk('a', { strategy: 'exploit' })] }));
    expect([reg.code, reg.stderr]).toEqual([2, 'pmo risks: standard input is not a valid risk register: 1 issue\n  risks[0].strategy: strategy "exploit" does not apply to a threat (in risk "a") [inconsistent_value]\n']);
  });

  it('refuses files without risks and bad options', () => {
    expect(runCli(['risks', '-'], '<Project xmlns="http://schemas.microsoft.com/project"></Project>').stderr).toContain('is an MS Project XML (MSPDI) file, which holds no risks');
    expect(runCli(['risks', '-'], '[1, 2]').stderr).toContain('expected a JSON object');
    expect(runCli(['risks', SAMPLE, '--today', '2026-02-30']).stderr).toContain('--today must be a date that exists');
    expect(runCli(['risks', SAMPLE, '--top', '-1']).code).toBe(2);
    expect(runCli(['risks', SAMPLE, '--fail-on', 'late']).stderr).toContain('--fail-on must be a comma-separated list of high, overdue, stale or response');
  });
});
