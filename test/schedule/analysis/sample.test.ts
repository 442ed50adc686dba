import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../../src/model/parse.js';
import { schedulePortfolio } from '../../../src/schedule/index.js';
import { criticalDependencies, impactOfDelay, projectDependencyRanking, singlePointsOfFailure } from '../../../src/schedule/analysis/index.js';
import { ROOT } from '../../helpers.js';
import { runCli } from '../../cli/run.js';

const sample = () => parsePortfolio(JSON.parse(readFileSync(`${ROOT}examples/data/sample-portfolio.json`, 'utf8')));

/** The lines of one section of the demo, from its heading to the next blank line. */
function section(stdout: string, heading: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  expect(start, `section ${heading}`).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start, end < 0 ? undefined : end);
}

describe('the sample portfolio', () => {
  it('rates its two cross-project dependencies: the Data API link drives the portal, the WMS go-live has 3 days of float', () => {
    const pf = sample();
    expect(criticalDependencies(pf).map((d) => [`${d.fromProject}/${d.from}`, `${d.toProject}/${d.to}`, d.type, d.lag, d.float, d.driving, d.critical, d.downstreamProjects])).toEqual([
      ['dp/dp-m-api', 'portal/portal-int', 'FS', 0, 0, true, false, ['portal']],
      ['wms/wms-golive', 'tel/tel-int', 'FS', 5, 3, false, false, ['tel']],
    ]);
    // Its critical path runs inside tel, from the installation held by its SNET 2026-06-08.
    const s = schedulePortfolio(pf);
    expect(s.criticalPaths[0]).toEqual(['tel/tel-install', 'tel/tel-int', 'tel/tel-pilot', 'tel/tel-m-pilot', 'tel/tel-train', 'tel/tel-rollout', 'tel/tel-done']);
  });

  it('shows what a slip of the WMS integration test does: 3 days go into float, 7 reach the telematics rollout', () => {
    const r = impactOfDelay(sample(), { projectId: 'wms', taskId: 'wms-sit', days: 10 });
    expect(r.projects.map((p) => [p.projectId, p.finishShift, p.oldFinish, p.newFinish])).toEqual([
      ['wms', 10, '2026-06-25', '2026-07-09'],
      ['tel', 7, '2026-08-11', '2026-08-20'],
    ]);
    expect([r.finishShift, r.oldFinish, r.newFinish]).toEqual([7, '2026-08-11', '2026-08-20']);
    expect(r.missed.filter((m) => m.kind === 'milestone').map((m) => [m.taskId, m.targetDate, m.forecastDate, m.daysLate])).toEqual([
      ['wms-golive', '2026-05-29', '2026-06-11', 10],
      ['wms-close', '2026-06-25', '2026-07-09', 10],
      ['tel-m-pilot', '2026-07-03', '2026-07-14', 7],
      ['tel-done', '2026-08-11', '2026-08-20', 7],
    ]);
    // 30 days late on the Data API push the portal launch past the portal's deadline.
    const api = impactOfDelay(sample(), { projectId: 'dp', taskId: 'dp-api', days: 30 });
    expect(api.missed.find((m) => m.kind === 'project-deadline')).toEqual({
      kind: 'project-deadline',
      projectId: 'portal',
      name: 'Customer self-service portal',
      targetDate: '2026-07-31',
      forecastDate: '2026-08-20',
      daysLate: 14,
      previouslyLate: 0,
    });
  });

  it('has no single point of failure for two projects; dp and wms each feed one', () => {
    const pf = sample();
    expect(singlePointsOfFailure(pf)).toMatchObject({ tasks: [], projects: [] });
    expect(singlePointsOfFailure(pf, { minProjects: 1, days: 5 }).projects.map((p) => [p.projectId, p.delayedProjects])).toEqual([
      ['dp', [{ projectId: 'portal', days: 5 }]],
      ['wms', [{ projectId: 'tel', days: 2 }]],
    ]);
    expect(projectDependencyRanking(pf).map((r) => [r.projectId, r.fanIn, r.fanOut])).toEqual([
      ['wms', 0, 1],
      ['dp', 0, 1],
      ['portal', 1, 0],
      ['tel', 1, 0],
    ]);
  });
});

describe('pmo demo', () => {
  it("shows the portfolio's schedule, its critical path and its critical cross-project dependencies", () => {
    const r = runCli(['demo']);
    expect(r.code).toBe(0);
    expect(section(r.stdout, 'Schedule (all projects scheduled together)').slice(4)).toEqual([
      'wms     2026-01-12  2026-06-25           115  2026-07-31',
      'dp      2026-02-02  2026-07-13           112  2026-07-31',
      'portal  2026-03-16  2026-07-09            80  2026-07-31',
      'tel     2026-04-20  2026-08-11            80  2026-09-30  *',
      'Portfolio: 2026-01-12 – 2026-08-11, 148 working days, calendar de-standard',
    ]);
    const paths = section(r.stdout, 'Critical paths (2)').slice(2).join('\n');
    expect(paths).toMatch(/^1\. \[tel\] Install devices on pilot trucks → Integration with WMS & TMS → Pilot operation & evaluation\n\s+→ Pilot go\/no-go/);
    expect(paths).toContain('2. [tel] Install devices on pilot trucks → Pilot operation & evaluation → Pilot go/no-go');
    expect(paths).toContain('→ Fleet fully equipped');
    const deps = section(r.stdout, 'Critical cross-project dependencies (ranked)');
    expect(deps.slice(2)).toEqual([
      '#  dependency                              float  driving  on critical path  pushes',
      '-  --------------------------------------  -----  -------  ----------------  ------',
      '1  dp/dp-m-api -> portal/portal-int (FS)       0  yes      no                portal',
      '2  wms/wms-golive -> tel/tel-int (FS +5d)      3  no       no                tel',
      'float: working days the predecessor can slip before its successor moves; driving: float <= 0',
    ]);
  });

  it('--lang zh prints the same sections in Chinese', () => {
    const r = runCli(['demo', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('进度计划（所有项目统一排程）');
    expect(r.stdout).toMatch(/tel\s+2026-04-20\s+2026-08-11\s+80\s+2026-09-30\s+\*/);
    expect(r.stdout).toContain('关键路径 (2)');
    expect(r.stdout).toContain('1. [tel] Install devices on pilot trucks → ');
    expect(r.stdout).toContain('关键跨项目依赖（已排序）');
    expect(r.stdout).toMatch(/1\s+dp\/dp-m-api -> portal\/portal-int \(FS\)\s+0\s+是\s+否\s+portal/);
    expect(r.stdout).toMatch(/2\s+wms\/wms-golive -> tel\/tel-int \(FS \+5d\)\s+3\s+否\s+否\s+tel/);
  });
});
