import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../../src/model/parse.js';
import { schedulePortfolio } from '../../../src/schedule/index.js';
import { criticalDependencies, impactOfDelay, projectDependencyRanking, singlePointsOfFailure } from '../../../src/schedule/analysis/index.js';
import { ROOT } from '../../helpers.js';

const sample = () => parsePortfolio(JSON.parse(readFileSync(`${ROOT}examples/data/sample-portfolio.json`, 'utf8')));

describe('the sample portfolio', () => {
  it('rates its two cross-project dependencies: the Data API link drives the portal, the WMS go-live has 3 days of float', () => {
    const pf = sample();
    expect(criticalDependencies(pf).map((d) => [`${d.fromProject}/${d.from}`, `${d.toProject}/${d.to}`, d.type, d.lag, d.float, d.driving, d.critical, d.downstreamProjects])).toEqual([
      ['dp/dp-m-api', 'portal/portal-int', 'FS', 0, 0, true, false, ['portal']],
      ['wms/wms-golive', 'tel/tel-int', 'FS', 5, 3, false, false, ['tel']],
    ]);
    // Its critical path runs inside tel, from the installation held by its SNET 2026-06-08.
    const s = schedulePortfolio(pf, { progress: 'plan' });
    expect(s.criticalPaths[0]).toEqual(['tel/tel-install', 'tel/tel-int', 'tel/tel-pilot', 'tel/tel-m-pilot', 'tel/tel-train', 'tel/tel-rollout', 'tel/tel-done']);
  });

  it('shows what a slip of the WMS integration test does: 3 days go into float, 7 reach the telematics rollout', () => {
    const r = impactOfDelay(sample(), { projectId: 'wms', taskId: 'wms-sit', days: 10 });
    expect(r.projects.map((p) => [p.projectId, p.finishShift, p.oldFinishDate, p.newFinishDate])).toEqual([
      ['wms', 10, '2026-06-25', '2026-07-09'],
      ['tel', 7, '2026-08-11', '2026-08-20'],
    ]);
    expect([r.finishShift, r.oldFinishDate, r.newFinishDate]).toEqual([7, '2026-08-11', '2026-08-20']);
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
