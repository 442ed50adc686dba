// The portfolio analyses on a portfolio whose projects and tasks use different calendars.
import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../../src/model/calendar.js';
import { schedulePortfolio } from '../../../src/schedule/index.js';
import { criticalDependencies, impactOfDelay, projectDependencyRanking, singlePointsOfFailure } from '../../../src/schedule/analysis/index.js';
import { c, portfolio, project } from '../build.js';

const cal = (id: string, workingDays: number[]): Calendar => ({ id, workingDays, holidays: [], exceptions: [], hoursPerDay: 8 });

/** p6 on Mon-Sat, p5 on Mon-Fri (the reference), p7 on Mon-Fri with a task on a 7-day calendar. */
function mixed() {
  return portfolio(
    [
      project([['x', 5], ['z', 2]], [], { id: 'p6', calendarId: 'six' }),
      project([['y', 2], ['y2', 5]], [], { id: 'p5', calendarId: 'std' }),
      project([['w', 3, { calendarId: 'seven' }], ['v', 1]], [['w', 'v']], { id: 'p7', calendarId: 'std' }),
    ],
    [
      ['p6', 'x', 'p5', 'y', 'FS', 1],
      ['p5', 'y2', 'p6', 'z'],
      ['p5', 'y', 'p7', 'w'],
    ],
    { calendars: [cal('std', [1, 2, 3, 4, 5]), cal('six', [1, 2, 3, 4, 5, 6]), cal('seven', [1, 2, 3, 4, 5, 6, 7])], defaultCalendarId: 'std' },
  );
}

describe('analyses on several calendars', () => {
  it('rates cross-project links in agreement with the engine', () => {
    const pf = mixed();
    const s = schedulePortfolio(pf);
    // y: Tue 13 - Wed 14; w (7-day) from Thu 15: Thu 15, Fri 16, Sat 17; v: Mon 19. w could start
    // a day later and still finish on Sunday 18: only v is critical.
    const t = new Map(s.tasks.map((x) => [x.key, x]));
    expect([t.get('p7/w')!.earlyStartDate, t.get('p7/w')!.earlyFinishDate, t.get('p7/v')!.earlyStartDate]).toEqual(['2026-01-15', '2026-01-17', '2026-01-19']);
    expect([t.get('p7/w')!.totalFloat, t.get('p5/y')!.totalFloat, t.get('p6/x')!.totalFloat]).toEqual([1, 1, 2]);
    expect(s.criticalPaths).toEqual([['p7/v']]);
    const deps = criticalDependencies(pf, { schedule: s });
    expect(deps.map((d) => [d.index, d.float, d.driving, d.critical, d.downstreamProjects])).toEqual([
      [0, 0, true, false, ['p5', 'p7']],
      [1, 0, true, false, ['p6']],
      [2, 0, true, false, ['p7']],
    ]);
    for (const d of deps) expect(t.get(`${d.toProject}/${d.to}`)!.drivingPredecessors).toContain(`${d.fromProject}/${d.from}`);
    expect(projectDependencyRanking(pf).map((r) => r.projectId)).toEqual(['p5', 'p6', 'p7']);
  });

  it('measures the impact of a delay by rescheduling on the task calendars', () => {
    const pf = mixed();
    // y slips by 1 day: Wed 14 - Thu 15; w then starts Fri 16 (Fri 16, Sat 17, Sun 18) and v stays on Mon 19.
    const late = impactOfDelay(pf, { projectId: 'p5', taskId: 'y', days: 1 });
    expect([late.oldFinishDate, late.newFinishDate, late.finishShift]).toEqual(['2026-01-19', '2026-01-19', 0]);
    // x (Mon-Sat) takes 3 more days: it finishes on Tue 13 instead of Fri 9; y then starts Thu 15
    // (Wed 14 is the lag), w works Sat 17 - Mon 19, v moves to Tue 20.
    const xs = impactOfDelay(pf, { projectId: 'p6', taskId: 'x', days: 3 });
    expect([xs.newFinishDate, xs.finishShift]).toEqual(['2026-01-20', 1]);
    expect(xs.tasks.find((k) => k.key === 'p5/y')!.newStartDate).toBe('2026-01-15');
    // A zero slip moves nothing, also for tasks on other calendars than the reference (the slipped
    // task is placed on the reference calendar's offset, whatever its own calendar).
    for (const [projectId, taskId] of [['p6', 'z'], ['p7', 'w']] as const) {
      const none = impactOfDelay(pf, { projectId, taskId, days: 0 }, { mode: 'start' });
      expect([none.finishShift, none.tasks]).toEqual([0, []]);
    }
    // Slips count working days of the slipping task's own calendar, in both modes: x (Mon-Sat,
    // 2 days of float on it) delays nobody by 1 or 2 days; by 3 it delays p5 by 2 and p7 by 1.
    for (const days of [1, 2]) expect(singlePointsOfFailure(pf, { days }).tasks).toEqual([]);
    const spof = singlePointsOfFailure(pf, { days: 3 });
    expect(spof.tasks.map((t) => [t.key, t.delayedProjects])).toEqual([['p6/x', [{ projectId: 'p5', days: 2 }, { projectId: 'p7', days: 1 }]]]);
    for (const mode of ['finish', 'start'] as const) {
      const whole = impactOfDelay(pf, { projectId: 'p6', taskId: 'x', days: 3 }, { mode });
      expect(whole.projects.filter((p) => p.projectId !== 'p6').map((p) => [p.projectId, p.finishShift])).toEqual([['p5', 2], ['p7', 1]]);
    }
  });

  it('measures link floats on the successor\'s calendar (hand-checked across 7-day and 5-day calendars)', () => {
    // Reference Mon-Fri from Mon 2026-01-05. P5 (Mon-Fri): p Mon 5 - Fri 9, s held to Tue 13.
    // P7 (7 days): q held to Sun 11, r held to Sat 10, u Mon 5 - Wed 7. P7b (7 days): v held to Sun 11.
    const pf = portfolio(
      [
        project([['p', 5], ['s', 1, c('SNET', '2026-01-13')]], [], { id: 'P5', calendarId: 'std' }),
        project([['q', 2, c('SNET', '2026-01-11')], ['r', 1, c('SNET', '2026-01-10')], ['u', 3]], [], { id: 'P7', calendarId: 'seven' }),
        project([['v', 1, c('SNET', '2026-01-11')]], [], { id: 'P7b', calendarId: 'seven' }),
      ],
      [
        ['P5', 'p', 'P7', 'q', 'FS', 0], // q could start Sat 10: 1 day of the 7-day calendar (0 on the reference offsets: both Monday)
        ['P7', 'r', 'P5', 's', 'FS', 0], // r ends Saturday night: s could start Mon 12: 1 day
        ['P7', 'r', 'P5', 's', 'SS', 1], // r starts Sat 10 = Mon 12 on Mon-Fri, + 1 day: Tue 13, driving
        ['P7', 'u', 'P7b', 'v', 'FS', 0], // v could start Thu 8: Thu, Fri, Sat = 3 days (2 on the reference offsets)
      ],
      { calendars: [cal('std', [1, 2, 3, 4, 5]), cal('seven', [1, 2, 3, 4, 5, 6, 7])], defaultCalendarId: 'std' },
    );
    const s = schedulePortfolio(pf);
    const t = new Map(s.tasks.map((x) => [x.key, x]));
    expect(['P7/q', 'P7/r', 'P5/s', 'P7b/v'].map((k) => t.get(k)!.earlyStartDate)).toEqual(['2026-01-11', '2026-01-10', '2026-01-13', '2026-01-11']);
    expect(t.get('P5/s')!.drivingPredecessors).toEqual(['P7/r']);
    expect([t.get('P7/q')!.drivingPredecessors, t.get('P7b/v')!.drivingPredecessors]).toEqual([[], []]);
    const deps = criticalDependencies(pf, { schedule: s }).sort((a, b) => a.index - b.index);
    expect(deps.map((d) => [d.index, d.float, d.driving])).toEqual([
      [0, 1, false],
      [1, 1, false],
      [2, 0, true],
      [3, 3, false],
    ]);
  });

  it('moves a milestone\'s date when a slip makes an SS/SF link into it tight without moving it (regression, fast-check seed 20261128)', () => {
    // Reference Mon-Fri. A (Mon-Fri): a Mon 5. B (Mon-Thu): m held by FNET Thu 8 at the end of
    // Thu 8 (position 4 of Mon-Thu; offset 4 on the reference, the end of Thu 8), finish-dated; a's
    // SS +3 puts it at 3 only. a starting 1 day later (Tue 6) puts m at 4 by that SS link: m does
    // not move, but a start now drives it, so the engine dates it at the start of its next working
    // day, Mon 12: 1 working day of Mon-Thu after Thu 8. No working time passes on B's calendar,
    // and the engine dates B's finish by the last instant worked, the end of Thu 8, before and
    // after: B's finish does not move (on the reference offsets it did, by the Friday between).
    const pf = portfolio(
      [project([['a', 1]], [], { id: 'A', calendarId: 'std' }), project([['m', 0, c('FNET', '2026-01-08')]], [], { id: 'B', calendarId: 'four' })],
      [['A', 'a', 'B', 'm', 'SS', 3]],
      { calendars: [cal('std', [1, 2, 3, 4, 5]), cal('four', [1, 2, 3, 4])], defaultCalendarId: 'std' },
    );
    const s = schedulePortfolio(pf);
    const m = s.tasks.find((x) => x.key === 'B/m')!;
    expect([m.earlyStartDate, m.earlyStart, m.drivingPredecessors, s.projects[1]!.finish]).toEqual(['2026-01-08', 4, [], 4]);
    const impact = impactOfDelay(pf, { projectId: 'A', taskId: 'a', days: 1 }, { mode: 'start', schedule: s });
    expect(impact.tasks.find((x) => x.key === 'B/m')).toMatchObject({ startShift: 1, finishShift: 1, newStartDate: '2026-01-12' });
    expect(impact.missed.map((m) => [m.kind, m.taskId, m.forecastDate, m.daysLate])).toEqual([['milestone', 'm', '2026-01-12', 1]]);
    expect(impact.projects.find((p) => p.projectId === 'B')).toMatchObject({ finishShift: 0, oldFinishDate: '2026-01-08', newFinishDate: '2026-01-08' });
    // The propagation of singlePointsOfFailure agrees: B's finish does not move.
    const spof = singlePointsOfFailure(pf, { minProjects: 1, days: 1, mode: 'start', schedule: s });
    expect(spof.tasks).toEqual([]);
  });

  it('counts project and task shifts on their own calendars (hand-checked: a finish moving to a Saturday on a Mon-Sat project)', () => {
    // a on Mon-Fri (the reference), b on Mon-Sat; a/x (3 days) FS b/y (2 days), all from Mon 5.
    // x: Mon 5 - Wed 7, y: Thu 8 - Fri 9. x finishing 1 day later (Thu 8) moves y to Fri 9 - Sat 10:
    // b finishes on Saturday, a working day of b: 1 day later on b's calendar (0 on the
    // reference offsets, on which Friday night and Saturday night are the same position).
    const pf = portfolio(
      [project([['x', 3]], [], { id: 'a', calendarId: 'std' }), project([['y', 2]], [], { id: 'b', calendarId: 'six' })],
      [['a', 'x', 'b', 'y']],
      { calendars: [cal('std', [1, 2, 3, 4, 5]), cal('six', [1, 2, 3, 4, 5, 6])], defaultCalendarId: 'std' },
    );
    const s = schedulePortfolio(pf);
    const impact = impactOfDelay(pf, { projectId: 'a', taskId: 'x', days: 1 }, { schedule: s });
    expect(impact.tasks.map((t) => [t.key, t.startShift, t.finishShift, t.oldStartDate, t.newStartDate, t.oldFinishDate, t.newFinishDate])).toEqual([
      ['a/x', 0, 1, '2026-01-05', '2026-01-05', '2026-01-07', '2026-01-08'],
      ['b/y', 1, 1, '2026-01-08', '2026-01-09', '2026-01-09', '2026-01-10'],
    ]);
    expect(impact.projects.map((p) => [p.projectId, p.finishShift, p.oldFinishDate, p.newFinishDate])).toEqual([
      ['a', 1, '2026-01-07', '2026-01-08'],
      ['b', 1, '2026-01-09', '2026-01-10'],
    ]);
    // The portfolio's finish (Fri 9 -> Sat 10) is on the reference calendar, which does not work
    // on Saturday: it is counted on the calendar of y, the task that finishes it.
    expect([impact.finishShift, impact.oldFinishDate, impact.newFinishDate]).toEqual([1, '2026-01-09', '2026-01-10']);
    // x, and project a as a whole, are single points of failure for b.
    const spof = singlePointsOfFailure(pf, { minProjects: 1, schedule: s });
    expect(spof.tasks.map((t) => [t.key, t.delayedProjects])).toEqual([['a/x', [{ projectId: 'b', days: 1 }]]]);
    expect(spof.projects.map((p) => [p.projectId, p.delayedProjects])).toEqual([['a', [{ projectId: 'b', days: 1 }]]]);
    // A project on Mon-Fri whose last task works Mon-Sat: its finish moving to a Saturday is
    // counted on that task's calendar (its own does not work that day).
    const own = { ...pf, projects: pf.projects.map((p) => (p.id === 'b' ? { ...p, calendarId: 'std', tasks: p.tasks.map((t) => ({ ...t, calendarId: 'six' })) } : p)) };
    const moved = impactOfDelay(own, { projectId: 'a', taskId: 'x', days: 1 });
    expect(moved.projects.map((p) => [p.projectId, p.finishShift, p.newFinishDate])).toEqual([
      ['a', 1, '2026-01-08'],
      ['b', 1, '2026-01-10'],
    ]);
    expect(singlePointsOfFailure(own, { minProjects: 1 }).tasks.map((t) => [t.key, t.delayedProjects])).toEqual([['a/x', [{ projectId: 'b', days: 1 }]]]);
  });
});
