import { describe, expect, it } from 'vitest';
import { schedulePortfolio } from '../../../src/schedule/index.js';
import { impactOfDelay, type ImpactOfDelayResult } from '../../../src/schedule/analysis/index.js';
import { c, fourTypes, portfolio, project } from './build.js';

const shifts = (r: ImpactOfDelayResult) => r.tasks.map((t) => [t.key, t.startShift, t.finishShift] as const);

/**
 * Deadlines and constraints (standard calendar, offset 0 = Monday 2026-01-05):
 * P: a(5) [0,5) -> m (milestone, dated Fri 01-09); P's deadline 01-09 (met exactly).
 * Q: x(2) [5,7) FNLT 01-14 (start by 6) -> y(3) [7,10) deadline 01-16 (met exactly) -> z(1) [10,11)
 *    SNLT 01-19 (start by 10) -> w(1) [11,12) MSO 01-20; y -> v(2) FS +1 [11,13) MFO 01-21.
 * Cross: P/m -> Q/x.
 */
const dated = () =>
  portfolio(
    [
      project('P', [['a', 5], ['m', 0, { milestone: true }]], [['a', 'm']], { deadline: '2026-01-09' }),
      project(
        'Q',
        [['x', 2, c('FNLT', '2026-01-14')], ['y', 3, { deadline: '2026-01-16' }], ['z', 1, c('SNLT', '2026-01-19')], ['w', 1, c('MSO', '2026-01-20')], ['v', 2, c('MFO', '2026-01-21')]],
        [['x', 'y'], ['y', 'z'], ['z', 'w'], ['y', 'v', 'FS', 1]],
      ),
    ],
    [['P', 'm', 'Q', 'x']],
  );

describe('impactOfDelay', () => {
  it('finish mode: the task finishes later and pushes through every link type by its float', () => {
    // fourTypes(): a slips 3 days. b (FS, float 0) +3; fs (FS +1, float 0) +3; ff +3 through fs (its FF link
    // from a had float 2); ss (SS -1 from b, float 1) +2; sf +2 through ss (its SF link from b had float 5);
    // r +3 through ff.
    const r = impactOfDelay(fourTypes(), { projectId: 'P', taskId: 'a', days: 3 });
    expect(shifts(r)).toEqual([
      ['P/a', 0, 3],
      ['P/b', 3, 3],
      ['Q/fs', 3, 3],
      ['Q/ss', 2, 2],
      ['Q/ff', 3, 3],
      ['Q/sf', 2, 2],
      ['R/r', 3, 3],
    ]);
    expect(r.tasks[0]).toEqual({
      projectId: 'P',
      taskId: 'a',
      key: 'P/a',
      name: 'Task a',
      summary: false,
      milestone: false,
      critical: true,
      startShift: 0,
      finishShift: 3,
      oldStartDate: '2026-01-05',
      newStartDate: '2026-01-05',
      oldFinishDate: '2026-01-09',
      newFinishDate: '2026-01-14',
    });
    expect(r.projects).toEqual([
      { projectId: 'P', name: 'Project P', movedTasks: 2, finishShift: 3, oldFinishDate: '2026-01-14', newFinishDate: '2026-01-19' },
      { projectId: 'Q', name: 'Project Q', movedTasks: 4, finishShift: 2, oldFinishDate: '2026-01-20', newFinishDate: '2026-01-22' },
      { projectId: 'R', name: 'Project R', movedTasks: 1, finishShift: 3, oldFinishDate: '2026-01-20', newFinishDate: '2026-01-23' },
    ]);
    expect([r.key, r.days, r.mode, r.finishShift, r.oldFinishDate, r.newFinishDate]).toEqual(['P/a', 3, 'finish', 3, '2026-01-20', '2026-01-23']);
    expect(r.missed).toEqual([]);
  });

  it('start mode moves the whole task, so SS and SF successors move too', () => {
    // b starts 2 days later: ss (SS -1, float 1) +1, sf +1 through ss; its SF link to sf has float 5.
    expect(shifts(impactOfDelay(fourTypes(), { projectId: 'P', taskId: 'b', days: 2 }, { mode: 'start' }))).toEqual([
      ['P/b', 2, 2],
      ['Q/ss', 1, 1],
      ['Q/sf', 1, 1],
    ]);
    // Finishing b 2 days later pushes nothing: b only has SS and SF successors.
    const finish = impactOfDelay(fourTypes(), { projectId: 'P', taskId: 'b', days: 2 });
    expect(shifts(finish)).toEqual([['P/b', 0, 2]]);
    expect(finish.projects.map((p) => [p.projectId, p.finishShift])).toEqual([['P', 2]]);
    expect(finish.finishShift).toBe(0);
  });

  it('agrees with the propagation argument: shift(v) = max(0, max over links of push(u) - link float)', () => {
    // Link floats of fourTypes() (see criticalDependencies): a->b 0, a->fs 0, a->ff 2, fs->ff 0, b->ss 1,
    // b->sf 5, ss->sf 0, ff->r 0. A start slip of a by d: b = d, fs = d, ff = max(d - 2, fs - 0) = d,
    // ss = max(0, b - 1), sf = max(ss - 0, b - 5), r = ff.
    for (const d of [1, 2, 4, 7]) {
      const r = impactOfDelay(fourTypes(), { projectId: 'P', taskId: 'a', days: d }, { mode: 'start' });
      const got = new Map(r.tasks.map((t) => [t.key, t.startShift]));
      const ss = Math.max(0, d - 1);
      const want: [string, number][] = [
        ['P/a', d],
        ['P/b', d],
        ['Q/fs', d],
        ['Q/ss', ss],
        ['Q/ff', d],
        ['Q/sf', Math.max(ss, d - 5, 0)],
        ['R/r', d],
      ];
      expect(want.filter(([, x]) => x > 0)).toEqual([...got.entries()]);
    }
  });

  it('reports moved milestones, missed deadlines and held constraints', () => {
    // a slips 2 days: m +2; P misses its deadline by 2. x would start at 7 but FNLT holds it at 6 (+1):
    // its FNLT is missed by 1 and the link m -> x is not honoured. y +1 misses its deadline by 1. z is held
    // by its SNLT (missed by 1), so w (MSO) keeps its date; v would need to start at 12: MFO missed by 1.
    const r = impactOfDelay(dated(), { projectId: 'P', taskId: 'a', days: 2 });
    expect(shifts(r)).toEqual([
      ['P/a', 0, 2],
      ['P/m', 2, 2],
      ['Q/x', 1, 1],
      ['Q/y', 1, 1],
    ]);
    expect(r.projects.map((p) => [p.projectId, p.movedTasks, p.finishShift])).toEqual([
      ['P', 2, 2],
      ['Q', 2, 0],
    ]);
    expect(r.missed).toEqual([
      { kind: 'milestone', projectId: 'P', taskId: 'm', name: 'Task m', targetDate: '2026-01-09', forecastDate: '2026-01-13', daysLate: 2, previouslyLate: 0 },
      { kind: 'project-deadline', projectId: 'P', name: 'Project P', targetDate: '2026-01-09', forecastDate: '2026-01-13', daysLate: 2, previouslyLate: 0 },
      { kind: 'constraint', projectId: 'Q', taskId: 'x', name: 'Task x', constraint: 'FNLT', targetDate: '2026-01-14', forecastDate: '2026-01-15', daysLate: 1, previouslyLate: 0 },
      { kind: 'task-deadline', projectId: 'Q', taskId: 'y', name: 'Task y', targetDate: '2026-01-16', forecastDate: '2026-01-19', daysLate: 1, previouslyLate: 0 },
      { kind: 'constraint', projectId: 'Q', taskId: 'z', name: 'Task z', constraint: 'SNLT', targetDate: '2026-01-19', forecastDate: '2026-01-20', daysLate: 1, previouslyLate: 0 },
      { kind: 'constraint', projectId: 'Q', taskId: 'v', name: 'Task v', constraint: 'MFO', targetDate: '2026-01-21', forecastDate: '2026-01-22', daysLate: 1, previouslyLate: 0 },
    ]);
  });

  it('moves a milestone as a whole in both modes, keeping its date convention', () => {
    for (const mode of ['finish', 'start'] as const) {
      const r = impactOfDelay(dated(), { projectId: 'P', taskId: 'm', days: 1 }, { mode });
      expect(r.tasks[0]).toMatchObject({ key: 'P/m', startShift: 1, finishShift: 1, oldStartDate: '2026-01-09', newStartDate: '2026-01-12' });
      expect(r.missed.map((m) => [m.kind, m.taskId ?? m.projectId, m.daysLate])).toEqual([
        ['milestone', 'm', 1],
        ['project-deadline', 'P', 1],
        ['task-deadline', 'y', 1],
        ['constraint', 'z', 1],
        ['constraint', 'v', 1],
      ]);
    }
  });

  it('reports a date already missed only when the slip makes it later, with the earlier lateness', () => {
    // B/b [3,5) already misses its deadline 2026-01-08 (Thursday, finish by offset 4) by 1.
    const pf = portfolio([project('A', [['a', 3]]), project('B', [['b', 2, { deadline: '2026-01-08' }]])], [['A', 'a', 'B', 'b']]);
    expect(impactOfDelay(pf, { projectId: 'A', taskId: 'a', days: 2 }).missed).toEqual([
      { kind: 'task-deadline', projectId: 'B', taskId: 'b', name: 'Task b', targetDate: '2026-01-08', forecastDate: '2026-01-13', daysLate: 3, previouslyLate: 1 },
    ]);
    // Slipping b's own finish by 0 days changes nothing.
    expect(impactOfDelay(pf, { projectId: 'B', taskId: 'b', days: 0 })).toMatchObject({ tasks: [], projects: [], missed: [], finishShift: 0 });
  });

  it('holds the slipping task at its new dates whatever its own constraint and predecessors say', () => {
    // b is pinned by MSO at offset 2 although a finishes at 3 (its link is not honoured): slipping b by 1
    // puts it at 3, not where the link would put it.
    const pf = portfolio([project('A', [['a', 3]]), project('B', [['b', 2, c('MSO', '2026-01-07')], ['e', 1]], [['b', 'e']])], [['A', 'a', 'B', 'b']]);
    const r = impactOfDelay(pf, { projectId: 'B', taskId: 'b', days: 1 }, { mode: 'start' });
    expect(shifts(r)).toEqual([
      ['B/b', 1, 1],
      ['B/e', 1, 1],
    ]);
    expect(r.missed.map((m) => [m.kind, m.constraint, m.daysLate, m.previouslyLate])).toEqual([]);
    // The MSO was already missed by 1 (the link asks for 3); the slip does not make it later.
  });

  it('slips a subtask of a summary whose links apply to all its leaves', () => {
    // S groups s1(2), s2(1); T/t follows the summary (FS), so it follows s1 at 2.
    const pf = portfolio([project('S', [['S', 0], ['s1', 2, { parentId: 'S' }], ['s2', 1, { parentId: 'S' }]]), project('T', [['t', 1]])], [['S', 'S', 'T', 't']]);
    expect(shifts(impactOfDelay(pf, { projectId: 'S', taskId: 's2', days: 1 }))).toEqual([['S/s2', 0, 1]]); // within s1's shadow
    expect(shifts(impactOfDelay(pf, { projectId: 'S', taskId: 's2', days: 3 }))).toEqual([
      ['S/S', 0, 2],
      ['S/s2', 0, 3],
      ['T/t', 2, 2],
    ]);
  });

  it('handles fractional durations and lags', () => {
    const pf = portfolio([project('A', [['a', 1.5]]), project('B', [['b', 0.5]])], [['A', 'a', 'B', 'b', 'FS', 0.25]]);
    const r = impactOfDelay(pf, { projectId: 'A', taskId: 'a', days: 0.5 }, { mode: 'start' });
    expect(shifts(r)).toEqual([
      ['A/a', 0.5, 0.5],
      ['B/b', 0.5, 0.5],
    ]);
  });

  it('uses a precomputed schedule, and gives the same result as without', () => {
    const pf = fourTypes();
    const spec = { projectId: 'P', taskId: 'a', days: 3 };
    expect(impactOfDelay(pf, spec, { schedule: schedulePortfolio(pf) })).toEqual(impactOfDelay(pf, spec));
  });
});
