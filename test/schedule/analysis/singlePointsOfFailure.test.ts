import { describe, expect, it } from 'vitest';
import { schedulePortfolio } from '../../../src/schedule/index.js';
import { impactOfDelay, singlePointsOfFailure, type SinglePointsOfFailureResult } from '../../../src/schedule/analysis/index.js';
import { c, fourTypes, hub, portfolio, project } from './build.js';

const brief = (r: SinglePointsOfFailureResult) => ({
  tasks: r.tasks.map((t) => [t.key, t.delayedProjects.map((d) => `${d.projectId}+${d.days}`).join(' ')]),
  projects: r.projects.map((p) => [p.projectId, p.delayedProjects.map((d) => `${d.projectId}+${d.days}`).join(' ')]),
});

describe('singlePointsOfFailure', () => {
  it('finds the hub task whose slip delays at least two other projects (defaults: 2 projects, 1 day, finish mode)', () => {
    // hub(): H/h feeds A (FS), B (SS +1), C (FF with 3 days of float); A feeds D.
    const r = singlePointsOfFailure(hub());
    expect([r.days, r.minProjects, r.mode]).toEqual([1, 2, 'finish']);
    expect(r.tasks).toEqual([
      { projectId: 'H', taskId: 'h', key: 'H/h', name: 'Task h', critical: true, totalFloat: 0, delayedProjects: [{ projectId: 'A', days: 1 }, { projectId: 'D', days: 1 }] },
    ]);
    // A project slips as a whole, so its SS successors move too.
    expect(brief(r).projects).toEqual([['H', 'A+1 B+1 D+1']]);
  });

  it('depends on the mode, the slip and the threshold', () => {
    expect(brief(singlePointsOfFailure(hub(), { mode: 'start' })).tasks).toEqual([['H/h', 'A+1 B+1 D+1']]);
    // 4 days overcome the 3 days of float of the FF link to C.
    expect(brief(singlePointsOfFailure(hub(), { days: 4, minProjects: 3 })).tasks).toEqual([['H/h', 'A+4 C+1 D+4']]);
    expect(brief(singlePointsOfFailure(hub(), { minProjects: 1 }))).toEqual({
      tasks: [
        ['H/h', 'A+1 D+1'],
        ['A/a', 'D+1'],
      ],
      projects: [
        ['H', 'A+1 B+1 D+1'],
        ['A', 'D+1'],
      ],
    });
    expect(brief(singlePointsOfFailure(hub(), { minProjects: 4 }))).toEqual({ tasks: [], projects: [] });
    // minProjects 0 lists every leaf task and project, ranked; a slip of 0 days delays nothing.
    expect(singlePointsOfFailure(hub(), { minProjects: 0 }).tasks.map((t) => t.key)).toEqual(['H/h', 'A/a', 'B/b', 'C/c', 'D/d']);
    expect(singlePointsOfFailure(hub(), { minProjects: 0, days: 0 }).tasks.every((t) => t.delayedProjects.length === 0)).toBe(true);
  });

  it('counts other projects only, through every link type, and ranks by projects delayed then total delay', () => {
    // fourTypes(): P/a +2 pushes ff to finish at 13 (Q +1, Q finished at 12 with sf) and r by 2;
    // P/b +2 pushes ss (float 1) and sf by 1.
    const r = singlePointsOfFailure(fourTypes(), { minProjects: 1, mode: 'start', days: 2 });
    expect(brief(r).tasks).toEqual([
      ['P/a', 'Q+1 R+2'],
      ['Q/fs', 'R+2'],
      ['Q/ff', 'R+2'],
      ['P/b', 'Q+1'],
    ]);
  });

  it('stops a slip at a task held by an SNLT, FNLT, MSO or MFO constraint, as rescheduling does', () => {
    // B/b is held by FNLT 2026-01-09 (finish by 5, so start by 3; it starts at 2): 1 day of room.
    const pf = portfolio(
      [project('A', [['a', 2]]), project('B', [['b', 2, c('FNLT', '2026-01-09')]]), project('C', [['x', 1]])],
      [
        ['A', 'a', 'B', 'b'],
        ['B', 'b', 'C', 'x'],
      ],
    );
    const r = singlePointsOfFailure(pf, { minProjects: 1, days: 3 });
    expect(brief(r).tasks).toEqual([
      ['A/a', 'B+1 C+1'],
      ['B/b', 'C+3'],
    ]);
    const imp = impactOfDelay(pf, { projectId: 'A', taskId: 'a', days: 3 });
    expect(imp.projects.map((p) => [p.projectId, p.finishShift])).toEqual([
      ['A', 3],
      ['B', 1],
      ['C', 1],
    ]);
  });

  it('treats ALAP tasks as pushed by their links only (documented difference from rescheduling)', () => {
    // C/w is ALAP without links: it sits at the portfolio's finish, so a rescheduling moves it when the
    // finish moves; the propagation does not.
    const pf = portfolio([project('A', [['a', 2]]), project('B', [['b', 1]]), project('C', [['w', 1, c('ALAP')]])], [['A', 'a', 'B', 'b']]);
    expect(brief(singlePointsOfFailure(pf, { minProjects: 1 })).tasks).toEqual([['A/a', 'B+1']]);
    expect(impactOfDelay(pf, { projectId: 'A', taskId: 'a', days: 1 }).projects.map((p) => [p.projectId, p.finishShift])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 1],
    ]);
  });

  it('uses a precomputed schedule', () => {
    const pf = hub();
    expect(singlePointsOfFailure(pf, { schedule: schedulePortfolio(pf) })).toEqual(singlePointsOfFailure(pf));
  });
});
