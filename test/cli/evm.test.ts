/** `pmo evm`: earned value and earned schedule per project and for the portfolio. */
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { tmpFile } from './fixtures.js';
import { runCli } from './run.js';

const SAMPLE = `${ROOT}examples/data/sample-portfolio.json`;

describe('pmo evm', () => {
  it('prints the EVM, forecast and earned schedule tables per project and for the portfolio', () => {
    const r = runCli(['evm', SAMPLE]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('earned value at the status date 2026-04-30, amounts in EUR');
    expect(r.stdout).toMatch(/^wms\s+2026-04-30\s+tasks\s+335,000\s+278,900\s+214,800\s+237,200\s+-64,100\s+-22,400\s+0\.77\s+0\.91$/m);
    expect(r.stdout).toMatch(/^portfolio\s+2026-04-30\s+-\s+835,500\s+473,820\s+390,400\s+415,700/m);
    expect(r.stdout).toMatch(/^project\s+EAC BAC\/CPI\s+EAC AC\+BAC-EV\s+EAC CPI\*SPI\s+ETC\s+VAC\s+TCPI BAC\s+TCPI EAC$/m);
    expect(r.stdout).toMatch(/^wms\s+115\s+77\s+54\.4\s+-22\.6\s+0\.71\s+162\.6\s+1\.59\s+2026-06-25\s+2026-09-01\s+\+48$/m);
    expect(r.stdout).toMatch(/S-curve of portfolio "Northwind.*" by month/);
    expect(r.stdout).toMatch(/^2026-04\s+142,954\s+154,475\s+167,380\s+473,820\s+390,400\s+415,700\s+0\.82\s+0\.94$/m);
    expect(r.stdout).toMatch(/^2026-08\s+38,640\s+-\s+-\s+835,500\s+-\s+-\s+-\s+-$/m);
  });

  it('--json: the analysis, with a status date, a project and weekly periods', () => {
    const r = runCli(['evm', SAMPLE, '--json', '--project', 'dp', '--status-date', '2026-03-31', '--by', 'week']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['statusDate', 'by', 'currency', 'periods', 'projects', 'portfolio', 'warnings']);
    expect(out).toMatchObject({ statusDate: '2026-03-31', by: 'week', currency: 'EUR', portfolio: null });
    expect(out.periods[0].key).toBe('2026-W06');
    const dp = out.projects[0];
    // The tasks hold actual dates after 31 March: the March report is used.
    expect(dp).toMatchObject({ projectId: 'dp', source: 'status-reports', dataDate: '2026-03-31', plan: { source: 'schedule', baselineId: null } });
    expect(dp.measures).toMatchObject({ pv: 77_900, ev: 75_500, ac: 77_200 });
    expect(Object.keys(dp.schedule)).toEqual(expect.arrayContaining(['es', 'svt', 'spit', 'ieact', 'tspi', 'forecastFinishDate', 'plannedFinishDate']));
    expect(dp.series.pvCumulative).toHaveLength(out.periods.length);
  });

  it('a file without task progress takes its indices from the status reports', () => {
    const file = tmpFile('reports.json', {
      id: 'x',
      name: 'X',
      projects: [{ id: 'p', name: 'P', start: '2026-01-05', budget: 1000, tasks: [{ id: 'a', name: 'A', duration: 20, budget: 1000 }] }],
      statusReports: [{ projectId: 'p', date: '2026-01-16', pv: 500, ev: 400, ac: 450 }],
    });
    const out = JSON.parse(runCli(['evm', file, '--json']).stdout);
    expect(out.projects[0]).toMatchObject({ source: 'status-reports', dataDate: '2026-01-16', measures: { pv: 500, ev: 400, ac: 450, spi: 0.8 } });
    expect(out.projects[0].measures.cpi).toBeCloseTo(400 / 450, 12);
  });

  it('invalid files exit 2 with every problem listed', () => {
    const file = tmpFile('bad.json', {
      id: 'x',
      name: 'X',
      projects: [{ id: 'p', name: 'P', start: '2026-01-05', tasks: [{ id: 'a', name: 'A', duration: -1, evRule: '10/90', percentComplete: 120 }] }],
      statusReports: [{ projectId: 'nope', date: '2026-01-16', pv: 1, ev: 1, ac: 1 }],
    });
    const r = runCli(['evm', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not a valid portfolio: 4 issues/);
    for (const path of ['projects[0].tasks[0].duration', 'projects[0].tasks[0].evRule', 'projects[0].tasks[0].percentComplete', 'statusReports[0].projectId'])
      expect(r.stderr).toContain(path);
  });

  it('exits 2 on bad options, an unknown project, a benchmark file, or no status date', () => {
    expect(runCli(['evm', SAMPLE, '--by', 'year']).stderr).toContain('--by must be day, week or month');
    expect(runCli(['evm', SAMPLE, '--status-date', '2026-02-30']).stderr).toContain('--status-date must be a date that exists');
    const unknown = runCli(['evm', SAMPLE, '--project', 'zzz']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('has no project "zzz"; its projects: "wms", "dp", "portal", "tel"');
    const sm = runCli(['evm', '-'], 'jobs (incl. supersource/sink ):  3\nPRECEDENCE RELATIONS:\n');
    expect(sm.code).toBe(2);
    const plan = tmpFile('plan.json', { id: 'x', name: 'X', projects: [{ id: 'p', name: 'P', start: '2026-01-05', tasks: [{ id: 'a', name: 'A', duration: 2 }] }] });
    const none = runCli(['evm', plan]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no status date');
    expect(runCli(['evm', plan, '--status-date', '2026-01-06']).code).toBe(0);
  });

  it('prints the analysis warnings on standard error', () => {
    const file = tmpFile('warn.json', {
      id: 'x',
      name: 'X',
      projects: [{ id: 'p', name: 'P', start: '2026-01-05', tasks: [{ id: 's', name: 'S', duration: 0, budget: 5 }, { id: 'a', name: 'A', duration: 2, parentId: 's', budget: 10 }] }],
    });
    const r = runCli(['evm', file, '--status-date', '2026-01-05']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: project p: summary task "s"/);
  });
});
