/**
 * Constraint dates on non-working days (issue 10). MS Project keeps dates as instants: a start
 * constraint dated on a day without work takes the next working instant, a finish constraint the
 * previous one (a finish shown at 17:00 on the last working day, never at 08:00 of the next). In
 * pmo-kit's day model a start constraint dated D means D at the start of its working time and a
 * finish constraint D at its end; a non-working D moves to the next working instant for SNET,
 * SNLT and MSO, to the previous one for FNET, FNLT and MFO. Checked for the six types on one
 * calendar, on a task calendar (the multi-calendar path), for milestones, and in leveling.
 */
import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../src/model/calendar.js';
import { parsePortfolio } from '../../src/model/parse.js';
import type { Constraint } from '../../src/model/task.js';
import { levelResources, verifySchedule } from '../../src/resources/index.js';
import { impactOfDelay, schedule, schedulePortfolio } from '../../src/schedule/index.js';
import { project, type T } from './build.js';

// "six" works Monday to Saturday: Saturday 2026-01-10 works, Sunday 01-11 does not.
const CALENDARS: Calendar[] = [
  { id: 'std', workingDays: [1, 2, 3, 4, 5], holidays: [], exceptions: [], hoursPerDay: 8 },
  { id: 'six', workingDays: [1, 2, 3, 4, 5, 6], holidays: [], exceptions: [], hoursPerDay: 8 },
];
const SUNDAY = '2026-01-11';

type Type = Exclude<Constraint['type'], 'ASAP' | 'ALAP'>;

/**
 * Task t (2 days, or a milestone) with the constraint dated Sunday 01-11, z (30 days) beside it so
 * that the project finish is far; `after`: t follows a (6 days, Monday 01-05 to Saturday 01-10).
 * `onTask`: the project works Monday-Friday and t on "six"; else the project works on "six".
 */
function run(type: Type, opts: { after?: boolean; onTask?: boolean; milestone?: boolean } = {}) {
  const six = opts.onTask === true ? { calendarId: 'six' } : {};
  const tasks: T[] = [
    ['t', opts.milestone === true ? 0 : 2, { constraint: { type, date: SUNDAY }, ...six }],
    ['z', 30],
    ...(opts.after === true ? [['a', 6, six] as T] : []),
  ];
  const p = project(tasks, opts.after === true ? [['a', 't']] : [], { calendarId: opts.onTask === true ? 'std' : 'six' });
  const s = schedule(p, { calendars: CALENDARS });
  const t = s.tasks.find((x) => x.id === 't')!;
  return { p, s, t, dates: [t.earlyStartDate, t.earlyFinishDate, t.lateStartDate, t.lateFinishDate] };
}

describe('constraints dated on a non-working day (Sunday 01-11 after a working Saturday)', () => {
  // [type, early start, early finish] of t alone; SNLT and FNLT leave the early dates alone.
  const alone: [Type, string, string][] = [
    ['SNET', '2026-01-12', '2026-01-13'],
    ['MSO', '2026-01-12', '2026-01-13'],
    ['FNET', '2026-01-09', '2026-01-10'],
    ['MFO', '2026-01-09', '2026-01-10'],
    ['SNLT', '2026-01-05', '2026-01-06'],
    ['FNLT', '2026-01-05', '2026-01-06'],
  ];
  for (const onTask of [false, true]) {
    const where = onTask ? 'on a task calendar (multi-calendar path)' : 'on the project calendar';
    it.each(alone)(`%s: the start takes the next working instant, the finish the previous one, ${where}`, (type, es, ef) => {
      const { dates } = run(type, { onTask });
      expect(dates.slice(0, 2)).toEqual([es, ef]);
    });

    it(`FNET on Sunday finishes the task on Saturday, not on Monday, ${where}`, () => {
      expect(run('FNET', { onTask }).dates.slice(0, 2)).toEqual(['2026-01-09', '2026-01-10']);
    });

    it(`FNLT and MFO on Sunday cap the finish at Saturday, ${where}`, () => {
      expect(run('FNLT', { onTask }).t.lateFinishDate).toBe('2026-01-10');
      expect(run('MFO', { onTask }).dates).toEqual(['2026-01-09', '2026-01-10', '2026-01-09', '2026-01-10']);
    });

    it(`SNLT on Sunday lets the task start on Monday, so a predecessor finishing Saturday is not violated, ${where}`, () => {
      // a works Monday to Saturday; t follows on Monday 01-12, which the SNLT allows: no conflict,
      // no negative float (the old reading, Saturday, pulled t before its predecessor's finish).
      const r = run('SNLT', { after: true, onTask });
      expect(r.dates).toEqual(['2026-01-12', '2026-01-13', '2026-01-12', '2026-01-13']);
      const a = r.s.tasks.find((x) => x.id === 'a')!;
      expect([a.totalFloat, r.t.totalFloat]).toEqual([0, 0]);
    });

    it(`SNET and MSO on Sunday start the task on Monday, ${where}`, () => {
      expect(run('SNET', { onTask }).dates.slice(0, 2)).toEqual(['2026-01-12', '2026-01-13']);
      expect(run('MSO', { onTask }).dates).toEqual(['2026-01-12', '2026-01-13', '2026-01-12', '2026-01-13']);
      expect(run('SNLT', { onTask }).t.lateStartDate).toBe('2026-01-12');
    });
  }

  it('a milestone with FNET or MFO on Sunday sits on Saturday; with SNET, SNLT or MSO on Monday', () => {
    const at = (type: Type): string => run(type, { milestone: true }).t.earlyStartDate;
    expect([at('FNET'), at('MFO')]).toEqual(['2026-01-10', '2026-01-10']);
    expect([at('SNET'), at('MSO')]).toEqual(['2026-01-12', '2026-01-12']);
    expect(run('SNLT', { milestone: true, after: true }).t.earlyStartDate).toBe('2026-01-12');
  });

  it('a finish constraint on a working day is the end of that day, a start constraint its start', () => {
    // Saturday 01-10 works on "six": FNET Saturday finishes on Saturday, SNET Saturday starts on it.
    const p = (type: Type) =>
      schedule(project([['t', 2, { constraint: { type, date: '2026-01-10' } }], ['z', 30]], [], { calendarId: 'six' }), { calendars: CALENDARS }).tasks[0]!;
    expect([p('FNET').earlyStartDate, p('FNET').earlyFinishDate]).toEqual(['2026-01-09', '2026-01-10']);
    expect([p('SNET').earlyStartDate, p('SNET').earlyFinishDate]).toEqual(['2026-01-10', '2026-01-12']);
  });
});

describe('leveling reads constraints on non-working days as the schedule does', () => {
  const level = (type: Type, after: boolean, onTask: boolean) => {
    const { p } = run(type, { after, onTask });
    const pf = parsePortfolio({ id: 'pf', name: 'pf', calendars: CALENDARS, projects: [p] });
    const r = levelResources(pf, { schedules: 5 });
    // Only a missed deadline may be reported (an FNLT or MFO that the links make late).
    expect(verifySchedule(r.instance, r.starts).filter((v) => v.kind !== 'deadline')).toEqual([]);
    const cpm = schedulePortfolio(pf);
    return { r, cpm, t: r.tasks.find((x) => x.id === 't')! };
  };
  const TYPES: Type[] = ['SNET', 'SNLT', 'MSO', 'FNET', 'FNLT', 'MFO'];
  for (const onTask of [false, true])
    for (const after of [false, true]) {
      const label = `${after ? 'after a 6-day predecessor' : 'alone'}, ${onTask ? 'on a task calendar' : 'on the project calendar'}`;
      it.each(TYPES)(`%s: the leveled dates are the schedule's, ${label}`, (type) => {
        const { r, cpm } = level(type, after, onTask);
        // Capacity is unlimited: the leveled plan is the early schedule, except where a constraint
        // contradicts the links (the schedule lets the constraint win, leveling keeps the links).
        const conflict = after && (type === 'FNLT' || type === 'MFO');
        if (!conflict) expect(r.tasks.map((t) => [t.key, t.startDate, t.finishDate])).toEqual(cpm.tasks.map((t) => [t.key, t.earlyStartDate, t.earlyFinishDate]));
        else expect([r.tasks.find((t) => t.id === 't')!.startDate, r.lateness]).toEqual(['2026-01-12', 2]); // finishes Tuesday, two working days after Saturday
        if (!conflict) expect(r.lateness).toBe(0);
      });
    }

  it('FNET on Sunday: the task finishes on Saturday; SNLT on Sunday after a Saturday finish: not late', () => {
    expect(level('FNET', false, true).t).toMatchObject({ startDate: '2026-01-09', finishDate: '2026-01-10' });
    expect(level('FNET', false, false).t).toMatchObject({ startDate: '2026-01-09', finishDate: '2026-01-10' });
    for (const onTask of [false, true]) {
      const { r, t } = level('SNLT', true, onTask);
      expect([t.startDate, r.lateness]).toEqual(['2026-01-12', 0]);
    }
  });
});

describe('delay analysis reads constraints on non-working days as the schedule does', () => {
  it('SNLT on Sunday: a one-day slip of the predecessor makes the task one day late, not two', () => {
    const { p } = run('SNLT', { after: true });
    const pf = parsePortfolio({ id: 'pf', name: 'pf', calendars: CALENDARS, projects: [p] });
    const impact = impactOfDelay(pf, { projectId: 'p', taskId: 'a', days: 1 });
    expect(impact.missed.map((m) => [m.taskId, m.constraint, m.daysLate, m.previouslyLate])).toEqual([['t', 'SNLT', 1, 0]]);
  });

});
