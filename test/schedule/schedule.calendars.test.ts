// Multi-calendar scheduling: tasks on their own calendars, projects on different calendars in a
// portfolio. Every expected value is worked out by hand in the comments (January 2026: Monday 5,
// 12, 19 and 26 are Mondays).
import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../src/model/calendar.js';
import { schedule, schedulePortfolio } from '../../src/schedule/index.js';
import { byId, c, portfolio, project, row } from './build.js';

const cal = (id: string, workingDays: number[], holidays: string[] = []): Calendar => ({ id, workingDays, holidays, exceptions: [], hoursPerDay: 8 });
const STD = cal('std', [1, 2, 3, 4, 5]);
const MT = cal('mt', [1, 2, 3, 4]); // Monday to Thursday
const SIX = cal('six', [1, 2, 3, 4, 5, 6]);
const SEVEN = cal('seven', [1, 2, 3, 4, 5, 6, 7]);
const CALS = [STD, MT, SIX, SEVEN];
const dates = (t: { earlyStartDate: string; earlyFinishDate: string; lateStartDate: string; lateFinishDate: string }) => [
  t.earlyStartDate,
  t.earlyFinishDate,
  t.lateStartDate,
  t.lateFinishDate,
];

describe('task calendars', () => {
  it('schedules a Monday-Thursday task in a Monday-Friday project on its own working days', () => {
    const p = project(
      [
        ['a', 3],
        ['b', 3, { calendarId: 'mt' }],
        ['c', 2],
        ['d', 1],
        ['e', 1, { calendarId: 'mt' }],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      { calendarId: 'std' },
    );
    const s = schedule(p, { calendars: CALS });
    const t = byId(s.tasks);
    expect(s.calendarId).toBe('std');
    expect(s.warnings).toEqual([]);
    // a: Mon 5 - Wed 7. b (Mon-Thu) from Thu 8: Thu 8, Mon 12, Tue 13. c: Wed 14, Thu 15.
    expect(dates(t.get('a')!)).toEqual(['2026-01-05', '2026-01-07', '2026-01-05', '2026-01-07']);
    expect(dates(t.get('b')!)).toEqual(['2026-01-08', '2026-01-13', '2026-01-08', '2026-01-13']);
    expect(dates(t.get('c')!)).toEqual(['2026-01-14', '2026-01-15', '2026-01-14', '2026-01-15']);
    // Offsets count project-calendar days: b starts at 3 (Thu 8) and ends after Tue 13 (7).
    expect(row(t.get('b')!)).toEqual([3, 7, 3, 7, 0, 0, true]);
    expect(t.get('b')!.duration).toBe(3);
    expect(row(t.get('c')!)).toEqual([7, 9, 7, 9, 0, 0, true]);
    expect([s.duration, s.startDate, s.finishDate]).toEqual([9, '2026-01-05', '2026-01-15']);
    // d (Mon-Fri): 8 days of float. e (Mon-Thu) may finish by Thu 15: 7 of its own days of float
    // (Tue 6 … Thu 15 without Fridays), although its late start (Thu 15) is 8 project days later.
    expect(row(t.get('d')!)).toEqual([0, 1, 8, 9, 8, 8, false]);
    expect(row(t.get('e')!)).toEqual([0, 1, 8, 9, 7, 7, false]);
    expect(t.get('e')!.lateStartDate).toBe('2026-01-15');
    expect(s.criticalPaths).toEqual([['a', 'b', 'c']]);
    expect(t.get('c')!.drivingPredecessors).toEqual(['b']);
  });

  it('honours a holiday of a task calendar only for the tasks on it', () => {
    const hol = cal('hol', [1, 2, 3, 4, 5], ['2026-01-07']);
    const p = project(
      [
        ['a', 2],
        ['h', 2, { calendarId: 'hol' }],
        ['b', 1],
        ['x', 3],
      ],
      [
        ['a', 'h'],
        ['h', 'b'],
      ],
    );
    const s = schedule(p, { calendars: [hol] });
    const t = byId(s.tasks);
    // a: Mon 5, Tue 6. h skips its holiday Wed 7: Thu 8, Fri 9. b: Mon 12. x (project calendar) works Wed 7.
    expect([t.get('h')!.earlyStartDate, t.get('h')!.earlyFinishDate]).toEqual(['2026-01-08', '2026-01-09']);
    expect([t.get('h')!.earlyStart, t.get('h')!.earlyFinish]).toEqual([3, 5]);
    expect(t.get('b')!.earlyStartDate).toBe('2026-01-12');
    expect(t.get('x')!.earlyFinishDate).toBe('2026-01-07');
    expect(s.calendarId).toBe('standard');
  });

  it('measures lags on the successor calendar across SS, FF, SF and negative lags', () => {
    const p = project(
      [
        ['a', 5],
        ['s', 3, { calendarId: 'seven' }],
        ['b', 1],
        ['c', 2],
        ['e', 1],
      ],
      [
        ['a', 's', 'FS', -1],
        ['s', 'b', 'FF'],
        ['s', 'c', 'SS', 1],
        ['s', 'e', 'SF'],
      ],
      { calendarId: 'std' },
    );
    const s = schedule(p, { calendars: CALS });
    const t = byId(s.tasks);
    // a: Mon 5 - Fri 9, finished at the start of Sat 10, position 5 of "seven"; lead 1 -> Fri 9.
    expect(dates(t.get('s')!)).toEqual(['2026-01-09', '2026-01-11', '2026-01-09', '2026-01-11']);
    // FF: b must have worked, by its finish, all the std time before s's finish (Sunday night):
    // std position 5, the end of Fri 9 (std offers no more before Monday). b works Fri 9.
    expect([t.get('b')!.earlyStartDate, t.get('b')!.earlyFinishDate]).toEqual(['2026-01-09', '2026-01-09']);
    // SS + 1 on std: s starts Fri 9, one std day later is Mon 12; c: Mon 12, Tue 13.
    expect([t.get('c')!.earlyStartDate, t.get('c')!.earlyFinishDate]).toEqual(['2026-01-12', '2026-01-13']);
    // SF: e finishes when s starts (Fri 9 in the morning): e works Thu 8.
    expect(t.get('e')!.earlyStartDate).toBe('2026-01-08');
    expect(row(t.get('s')!)).toEqual([4, 5, 4, 5, 0, 0, true]);
    expect(row(t.get('a')!)).toEqual([0, 5, 0, 5, 0, 0, true]);
    expect(row(t.get('c')!)).toEqual([5, 7, 5, 7, 0, 0, true]);
    // b may finish as late as the schedule (end of Tue 13, position 7): 2 days of float.
    expect(row(t.get('b')!)).toEqual([4, 5, 6, 7, 2, 2, false]);
    expect(row(t.get('e')!)).toEqual([3, 4, 6, 7, 3, 3, false]);
    expect(s.criticalPaths).toEqual([['a', 's', 'c']]);
  });

  it('moves an FF successor monotonically with its predecessor across calendars', () => {
    // p1 (seven) finishes at the end of Sat 10, p2 (seven) at Mon 12 noon, later. q1 and q2 (std)
    // must have worked all the std time before those instants: 5 days (to the end of Fri 9) and
    // 5.5 days (to Mon 12 noon). A later predecessor never gives an earlier successor.
    const p = project(
      [
        ['p1', 6, { calendarId: 'seven' }],
        ['q1', 1],
        ['p2', 7.5, { calendarId: 'seven' }],
        ['q2', 1],
      ],
      [
        ['p1', 'q1', 'FF'],
        ['p2', 'q2', 'FF'],
      ],
      { calendarId: 'std' },
    );
    const t = byId(schedule(p, { calendars: CALS }).tasks);
    expect([t.get('q1')!.earlyStart, t.get('q1')!.earlyFinish, t.get('q1')!.earlyFinishDate]).toEqual([4, 5, '2026-01-09']);
    expect([t.get('q2')!.earlyStart, t.get('q2')!.earlyFinish, t.get('q2')!.earlyFinishDate]).toEqual([4.5, 5.5, '2026-01-12']);
  });

  it('gives an FF predecessor on another calendar exactly the float a slip can use', () => {
    // c (std) ends the schedule at Mon 12 noon (position 5.5). a (seven, Mon 5 - Sat 10) FF b (std,
    // 1 day): b may finish by Mon 12 noon, so a may finish by Mon 12 noon (seven position 7.5): a's
    // total float is 1.5 (days of seven); b's is 0.5 (Fri 9 night to Mon 12 noon on std). A slip of
    // 1 (a finishes Sunday night) or 1.5 keeps b within Mon 12 noon; a slip of 2 (a finishes Monday
    // night) pushes b to the end of Mon 12 and the schedule with it.
    const build = (d: number) =>
      project(
        [
          ['a', d, { calendarId: 'seven' }],
          ['b', 1],
          ['c', 5.5],
        ],
        [['a', 'b', 'FF']],
        { calendarId: 'std' },
      );
    const s = schedule(build(6), { calendars: CALS });
    const t = byId(s.tasks);
    expect([t.get('a')!.totalFloat, t.get('b')!.totalFloat, s.duration]).toEqual([1.5, 0.5, 5.5]);
    expect(row(t.get('b')!)).toEqual([4, 5, 4.5, 5.5, 0.5, 0.5, false]);
    for (const [d, finish] of [
      [7, 5.5],
      [7.5, 5.5],
      [8, 6],
    ] as const) {
      const slipped = schedule(build(d), { calendars: CALS });
      expect([d, slipped.duration]).toEqual([d, finish]);
    }
  });

  it('gives an SS predecessor whose late start falls in a gap of its calendar a late start at its time of day', () => {
    // z (std, 4.5): Mon 5 - Fri 9 noon; a (std, 0.5) FS after it: Fri 9 noon to Friday night; b
    // (seven, 1) SS a: from Fri 9 noon (seven position 4.5) to Sat 10 noon; c (seven, 6): Mon 5 -
    // Sat 10, the end of the schedule (Saturday night). b's late start is Sat 10 morning (seven 5),
    // the latest instant at which a may start: std works nothing from Friday night to Monday, so
    // every start of a on Fri 9 qualifies and none after it (no latest one; the supremum, Friday
    // night, is std position 5, half a day after a's early start). a keeps its time of day on Fri 9:
    // late start 4.5 (noon), total float 0 (not the -0.5 of the previous whole working day, Fri 9
    // morning, which was before its early start).
    const build = (dz: number) =>
      project(
        [
          ['z', dz],
          ['a', 0.5],
          ['b', 1, { calendarId: 'seven' }],
          ['c', 6, { calendarId: 'seven' }],
        ],
        [
          ['z', 'a'],
          ['a', 'b', 'SS'],
        ],
        { calendarId: 'std' },
      );
    const s = schedule(build(4.5), { calendars: CALS });
    const t = byId(s.tasks);
    expect(row(t.get('a')!)).toEqual([4.5, 5, 4.5, 5, 0, 0, true]);
    expect(dates(t.get('a')!)).toEqual(['2026-01-09', '2026-01-09', '2026-01-09', '2026-01-09']);
    expect(row(t.get('z')!)).toEqual([0, 4.5, 0, 4.5, 0, 0, true]);
    // b: Fri 9 noon (std 4.5) to Sat 10 noon (std 5); late Sat 10 (std 5) to Saturday night (std 5):
    // half a day of seven float.
    expect(row(t.get('b')!)).toEqual([4.5, 5, 5, 5, 0.5, 0.5, false]);
    expect(dates(t.get('b')!)).toEqual(['2026-01-09', '2026-01-10', '2026-01-10', '2026-01-10']);
    expect(row(t.get('c')!)).toEqual([0, 5, 0, 5, 0, 0, true]);
    // z of 2.5 days: a from Wed 7 noon, b (seven) from Wed 7 noon (2.5) to Thu 8 noon (std 3.5),
    // late Sat 10 (5) to Saturday night. a may start up to (not at) Friday night: at its time of
    // day, Fri 9 noon (std 4.5), 2 days of float (not 1.5 from Fri 9 morning). z may finish then.
    const t2 = byId(schedule(build(2.5), { calendars: CALS }).tasks);
    expect(row(t2.get('a')!)).toEqual([2.5, 3, 4.5, 5, 2, 0, false]);
    expect(row(t2.get('z')!)).toEqual([0, 2.5, 2, 4.5, 2, 0, false]);
    expect(row(t2.get('b')!)).toEqual([2.5, 3.5, 5, 5, 2.5, 2.5, false]);
  });

  it('places constraint dates on the task calendar', () => {
    const p = project(
      [
        ['a', 3],
        ['k1', 1, { calendarId: 'mt', ...c('SNET', '2026-01-09') }],
        ['k2', 2, { calendarId: 'mt', ...c('FNLT', '2026-01-11') }],
        ['k3', 1, { calendarId: 'mt', ...c('MSO', '2026-01-10') }],
      ],
      [['a', 'k2']],
    );
    const s = schedule(p, { calendars: CALS });
    const t = byId(s.tasks);
    // SNET Friday -> Monday 12 (the next Mon-Thu day); MSO Saturday -> Monday 12.
    expect(t.get('k1')!.earlyStartDate).toBe('2026-01-12');
    expect(t.get('k3')!.earlyStartDate).toBe('2026-01-12');
    // FNLT Sunday 11 -> finish by Thu 8: k2 works Wed 7, Thu 8, against its link from a (Mon 5 - Wed 7).
    expect([t.get('k2')!.earlyStartDate, t.get('k2')!.earlyFinishDate]).toEqual(['2026-01-07', '2026-01-08']);
    expect(t.get('k2')!.totalFloat).toBe(0);
    expect(t.get('a')!.totalFloat).toBe(-1);
  });

  it('dates milestones on their own calendar', () => {
    const p = project(
      [
        ['a', 5],
        ['m', 0, { calendarId: 'seven' }],
        ['m2', 0, { calendarId: 'seven' }],
        ['b', 1],
      ],
      [
        ['a', 'm'],
        ['m', 'b'],
        ['a', 'm2', 'SS'],
      ],
    );
    const s = schedule(p, { calendars: CALS });
    const t = byId(s.tasks);
    // m follows a's finish (Fri 9): dated Fri 9 although "seven" works Saturday; b: Mon 12.
    expect([t.get('m')!.earlyStartDate, t.get('m')!.earlyFinishDate, t.get('m')!.milestone]).toEqual(['2026-01-09', '2026-01-09', true]);
    expect([t.get('m')!.earlyStart, t.get('m')!.earlyFinish]).toEqual([5, 5]);
    expect(t.get('b')!.earlyStartDate).toBe('2026-01-12');
    // m2 is driven by a's start: Mon 5.
    expect(t.get('m2')!.earlyStartDate).toBe('2026-01-05');
  });

  it('rolls summaries up over tasks on different calendars', () => {
    const p = project(
      [
        ['S', 0],
        ['x', 2, { parentId: 'S' }],
        ['y', 6, { parentId: 'S', calendarId: 'seven' }],
        ['z', 1],
      ],
      [['S', 'z']],
    );
    const s = schedule(p, { calendars: CALS });
    const t = byId(s.tasks);
    // y (seven): Mon 5 - Sat 10. z follows both leaves: Mon 12.
    expect([t.get('S')!.earlyStartDate, t.get('S')!.earlyFinishDate, t.get('S')!.summary]).toEqual(['2026-01-05', '2026-01-10', true]);
    expect([t.get('S')!.earlyStart, t.get('S')!.earlyFinish, t.get('S')!.duration]).toEqual([0, 5, 5]);
    expect([t.get('z')!.earlyStartDate, t.get('z')!.drivingPredecessors]).toEqual(['2026-01-12', ['y']]);
    expect(t.get('x')!.totalFloat).toBe(3);
  });

  it('rejects a task naming an unknown calendar, naming the task', () => {
    const p = project([['a', 1, { calendarId: 'nope' }]]);
    expect(() => schedule(p)).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', message: 'schedule: task "a" names unknown calendar "nope"' }));
    // A task naming a calendar with the project calendar's days takes the single-axis path.
    const same = schedule(project([['a', 2, { calendarId: 'copy' }], ['b', 1]], [['a', 'b']]), { calendars: [{ ...STD, id: 'copy' }] });
    expect(same.tasks.map((x) => x.earlyStartDate)).toEqual(['2026-01-05', '2026-01-07']);
  });
});

describe('constraints before the project start', () => {
  it('lets MSO, MFO, SNLT and FNLT win over the project start, as MS Project does, with a warning', () => {
    const p = project(
      [
        ['a', 2, c('MSO', '2025-12-29')],
        ['b', 1, c('SNET', '2025-12-29')],
        ['d', 1, c('FNLT', '2026-01-02')],
      ],
      [],
    );
    const s = schedule(p);
    const t = byId(s.tasks);
    expect(t.get('a')!.earlyStartDate).toBe('2025-12-29');
    expect(t.get('b')!.earlyStartDate).toBe('2026-01-05'); // SNET does not move a task before the start
    expect(t.get('d')!.earlyStartDate).toBe('2026-01-02');
    expect(s.warnings).toEqual([
      '2 tasks have an SNLT, FNLT, MSO or MFO constraint that places them before the project\'s start (e.g. "a" has MSO 2025-12-29); as in MS Project, the constraint wins: the task is scheduled before the project start',
    ]);
    expect(schedule(project([['a', 1, c('MSO', '2026-01-06')]])).warnings).toEqual([]);
  });
});

describe('portfolio on several calendars', () => {
  it('links a 6-day project and a 5-day project across, lags on the successor calendar', () => {
    const six = project(
      [
        ['x', 5],
        ['z', 2],
      ],
      [],
      { id: 'p6', calendarId: 'six' },
    );
    const five = project(
      [
        ['y', 2],
        ['y2', 5],
      ],
      [],
      { id: 'p5', calendarId: 'std' },
    );
    const pf = portfolio(
      [six, five],
      [
        ['p6', 'x', 'p5', 'y', 'FS', 1],
        ['p5', 'y2', 'p6', 'z'],
      ],
      { calendars: CALS, defaultCalendarId: 'std' },
    );
    const s = schedulePortfolio(pf);
    const t = new Map(s.tasks.map((x) => [x.key, x]));
    expect(s.calendarId).toBe('std');
    expect(s.warnings).toEqual([]);
    // x (Mon-Sat): Mon 5 - Fri 9. y: one std day after x's finish: Mon 12 is lag, y works Tue 13, Wed 14.
    expect(dates(t.get('p5/y')!)).toEqual(['2026-01-13', '2026-01-14', '2026-01-13', '2026-01-14']);
    // y2: Mon 5 - Fri 9; z (Mon-Sat) starts on Saturday 10: Sat 10, Mon 12.
    expect([t.get('p6/z')!.earlyStartDate, t.get('p6/z')!.earlyFinishDate]).toEqual(['2026-01-10', '2026-01-12']);
    // Offsets on std: z starts at 5 (Saturday counts as the following Monday) and ends at 6.
    expect(row(t.get('p6/z')!)).toEqual([5, 6, 6, 8, 2, 2, false]); // late: Tue 13 - Wed 14
    expect(row(t.get('p5/y2')!)).toEqual([0, 5, 1, 6, 1, 0, false]);
    // x may also finish on Saturday 10 (a "six" day): y still starts on Tue 13, so x has one day
    // of float on its calendar, although its late finish on std is its early finish.
    expect(row(t.get('p6/x')!)).toEqual([0, 5, 1, 5, 1, 1, false]);
    expect(t.get('p6/x')!.lateFinishDate).toBe('2026-01-10');
    expect(row(t.get('p5/y')!)).toEqual([6, 8, 6, 8, 0, 0, true]);
    expect(s.criticalPaths).toEqual([['p5/y']]);
    expect([s.duration, s.startDate, s.finishDate]).toEqual([8, '2026-01-05', '2026-01-14']);
    expect(s.projects.map((p) => [p.id, p.startDate, p.finishDate, p.start, p.finish, p.critical])).toEqual([
      ['p6', '2026-01-05', '2026-01-12', 0, 6, false],
      ['p5', '2026-01-05', '2026-01-14', 0, 8, true],
    ]);
    // lateFinish: 'project': z may finish with its own project (Mon 12): no float left.
    const own = schedulePortfolio(pf, { lateFinish: 'project' });
    expect(own.tasks.find((x) => x.key === 'p6/z')!.totalFloat).toBe(0);
  });
});
