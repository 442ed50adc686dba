import { describe, expect, it } from 'vitest';
import { schedule, schedulePortfolio, taskKey } from '../../src/schedule/index.js';
import { CycleError } from '../../src/errors.js';
import { clone, deepFreeze, expectPmo, thrown } from '../helpers.js';
import { parsePortfolio } from '../../src/model/parse.js';
import type { Calendar } from '../../src/model/calendar.js';
import { minimalPortfolio } from '../fixtures/portfolios.js';
import { portfolio, project, row } from './build.js';

// Standard calendar. P1 starts Monday 2026-01-05 (offset 0); P2 starts Monday 2026-01-19 (offset 10).
const p1 = () => project([['a', 5], ['b', 3], ['c', 1]], [['a', 'b']], { id: 'p1', name: 'One' });
const p2 = () => project([['a', 2], ['b', 2]], [['a', 'b']], { id: 'p2', name: 'Two', start: '2026-01-19' });

describe('schedulePortfolio', () => {
  it('schedules projects together on one axis; no task starts before its own project', () => {
    const s = schedulePortfolio(portfolio([p1(), p2()], [['p1', 'b', 'p2', 'a']]));
    const t = new Map(s.tasks.map((x) => [x.key, x]));
    expect([s.startDate, s.finishDate, s.duration, s.calendarId]).toEqual(['2026-01-05', '2026-01-22', 14, 'standard']);
    expect(row(t.get('p1/b')!)).toEqual([5, 8, 7, 10, 2, 2, false]);
    expect(row(t.get('p2/a')!)).toEqual([10, 12, 10, 12, 0, 0, true]);
    expect(t.get('p2/a')!.earlyStartDate).toBe('2026-01-19');
    expect(t.get('p2/a')!.drivingPredecessors).toEqual([]);
    expect([t.get('p2/a')!.id, t.get('p2/a')!.projectId]).toEqual(['a', 'p2']);
    expect(s.criticalPaths).toEqual([['p2/a', 'p2/b']]);
    expect(s.projects).toEqual([
      { id: 'p1', name: 'One', start: 0, finish: 8, duration: 8, startDate: '2026-01-05', finishDate: '2026-01-14', critical: false },
      { id: 'p2', name: 'Two', start: 10, finish: 14, duration: 4, startDate: '2026-01-19', finishDate: '2026-01-22', critical: true },
    ]);
    expect(s.warnings).toEqual([]);
  });

  it('lets a cross-project dependency drive the successor project', () => {
    const s = schedulePortfolio(portfolio([p1(), p2()], [['p1', 'b', 'p2', 'a', 'FS', 4]]));
    const t = new Map(s.tasks.map((x) => [x.key, x]));
    expect(t.get('p2/a')!.earlyStart).toBe(12);
    expect(t.get('p2/a')!.drivingPredecessors).toEqual(['p1/b']);
    expect(s.criticalPaths).toEqual([['p1/a', 'p1/b', 'p2/a', 'p2/b']]);
    expect(s.duration).toBe(16);
  });

  it('gives tasks without successors the portfolio finish, or their project finish', () => {
    const pf = portfolio([p1(), p2()], [['p1', 'b', 'p2', 'a']]);
    const whole = new Map(schedulePortfolio(pf).tasks.map((x) => [x.key, x]));
    const own = new Map(schedulePortfolio(pf, { lateFinish: 'project' }).tasks.map((x) => [x.key, x]));
    expect(whole.get('p1/c')!.lateFinish).toBe(14);
    expect(own.get('p1/c')!.lateFinish).toBe(8);
    expect(own.get('p1/c')!.totalFloat).toBe(7);
    // p1/b still answers to p2 through the cross-project link.
    expect(own.get('p1/b')!.lateFinish).toBe(8);
    expect(own.get('p1/a')!.critical).toBe(true);
  });

  it('applies cross-project links on summaries to their leaves', () => {
    const q = project([['S', 0], ['x', 2, { parentId: 'S' }], ['y', 3, { parentId: 'S' }]], [], { id: 'q' });
    const s = schedulePortfolio(portfolio([p1(), q], [['p1', 'a', 'q', 'S']]));
    const t = new Map(s.tasks.map((x) => [x.key, x]));
    expect([t.get('q/x')!.earlyStart, t.get('q/y')!.earlyStart, t.get('q/S')!.earlyStart, t.get('q/S')!.duration]).toEqual([5, 5, 5, 3]);
  });

  it('schedules a one-project portfolio like schedule(), naming tasks by key', () => {
    const pf = parsePortfolio(minimalPortfolio());
    const one = { ...pf, projects: [pf.projects[0]!], crossDependencies: [] };
    const a = schedulePortfolio(one);
    const b = schedule(pf.projects[0]!, { calendars: pf.calendars });
    expect(a.tasks.map(({ drivingPredecessors: _d, ...x }) => x)).toEqual(b.tasks.map(({ drivingPredecessors: _d, ...x }) => x));
    expect(a.criticalPaths).toEqual(b.criticalPaths.map((path) => path.map((id) => taskKey('p1', id))));
    expect([a.startDate, a.finishDate, a.duration]).toEqual([b.startDate, b.finishDate, b.duration]);
  });

  it('uses the portfolio calendar as reference and schedules each project and task on its own calendar', () => {
    const six: Calendar = { id: 'six', workingDays: [1, 2, 3, 4, 5, 6], holidays: [], exceptions: [], hoursPerDay: 8 };
    const five: Calendar = { id: 'five', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-01-06'], exceptions: [], hoursPerDay: 8 };
    const pa = project([['a', 6, { calendarId: 'five' }]], [], { id: 'pa', calendarId: 'six' });
    const pb = project([['a', 1]], [], { id: 'pb', calendarId: 'five' });
    const s = schedulePortfolio(portfolio([pa, pb], [], { calendars: [six, five], defaultCalendarId: 'six' }));
    expect(s.calendarId).toBe('six');
    // pa/a works on "five": Mon 5, Wed 7 (6 is a holiday), Thu 8, Fri 9, Mon 12, Tue 13.
    expect([s.tasks[0]!.earlyStartDate, s.tasks[0]!.earlyFinishDate]).toEqual(['2026-01-05', '2026-01-13']);
    // Offsets count working days of "six" (Mon-Sat): Tue 13 ends 8 six-days after Mon 5.
    expect([s.tasks[0]!.earlyStart, s.tasks[0]!.earlyFinish, s.tasks[0]!.duration]).toEqual([0, 8, 6]);
    // pb/a works on "five" too; it has float until the portfolio finish, counted on "five".
    expect([s.tasks[1]!.earlyStartDate, s.tasks[1]!.earlyFinishDate, s.tasks[1]!.totalFloat]).toEqual(['2026-01-05', '2026-01-05', 5]);
    expect(s.warnings).toEqual([]);
    expect(schedulePortfolio(portfolio([pa, pb], [], { calendars: [six, five] }), { calendarId: 'five' }).calendarId).toBe('five');
    // Without defaultCalendarId, the first project's calendar is the axis.
    expect(schedulePortfolio(portfolio([pb, pa], [], { calendars: [six, five] })).calendarId).toBe('five');
    // And schedule() honours the project calendar with its holiday.
    const single = schedule(pb, { calendars: [six, five] });
    expect([single.calendarId, single.tasks[0]!.earlyStartDate]).toEqual(['five', '2026-01-05']);
    const late = schedule({ ...pb, start: '2026-01-06' }, { calendars: [six, five] });
    expect(late.startDate).toBe('2026-01-07');
  });

  it('keys tasks unambiguously, even with slashes in ids', () => {
    const odd = project([['a/b', 1], ['%', 1]], [['a/b', '%']], { id: 'x/y' });
    const s = schedulePortfolio(portfolio([odd, project([['__proto__', 1]], [], { id: 'constructor' })], [['x/y', '%', 'constructor', '__proto__']]));
    expect(s.tasks.map((t) => t.key)).toEqual(['x%2Fy/a%2Fb', 'x%2Fy/%25', 'constructor/__proto__']);
    expect(s.criticalPaths).toEqual([['x%2Fy/a%2Fb', 'x%2Fy/%25', 'constructor/__proto__']]);
  });
});

describe('schedulePortfolio: bad input, cycles, purity', () => {
  it('reports cycles across projects with task keys', () => {
    const pf = portfolio(
      [project([['a', 1]], [], { id: 'p1' }), project([['a', 1]], [], { id: 'p2' })],
      [
        ['p1', 'a', 'p2', 'a'],
        ['p2', 'a', 'p1', 'a'],
      ],
    );
    const err = thrown(() => schedulePortfolio(pf)) as CycleError;
    expect(err).toBeInstanceOf(CycleError);
    expect(err.cycle).toHaveLength(3);
    expect(new Set(err.cycle)).toEqual(new Set(['p1/a', 'p2/a']));
    expect(err.cycle[0]).toBe(err.cycle[2]);
  });

  it('reports bad input as a PmoError naming the function, never a TypeError', () => {
    const two = () => portfolio([project([['a', 1]], [], { id: 'p1' }), project([['a', 1]], [], { id: 'p2' })]);
    expectPmo(() => schedulePortfolio(undefined as never), 'INVALID_ARGUMENT', /^schedulePortfolio: expected a portfolio object/);
    expectPmo(() => schedulePortfolio({ ...two(), projects: [] }), 'INVALID_ARGUMENT', /nothing to schedule/);
    expectPmo(() => schedulePortfolio({ ...two(), crossDependencies: [{ fromProject: 'p9', from: 'a', toProject: 'p2', to: 'a', type: 'FS', lag: 0 }] }), 'UNKNOWN_ID', /unknown project "p9"/);
    expectPmo(() => schedulePortfolio({ ...two(), crossDependencies: [{ fromProject: 'p1', from: 'z', toProject: 'p2', to: 'a', type: 'FS', lag: 0 }] }), 'UNKNOWN_ID', /unknown task "z" in project "p1"/);
    expectPmo(() => schedulePortfolio({ ...two(), projects: [project([], [], { id: 'p1' }), project([], [], { id: 'p1' })] }), 'INVALID_ARGUMENT', /duplicate project id "p1"/);
    expectPmo(() => schedulePortfolio(two(), { lateFinish: 'never' as never }), 'INVALID_ARGUMENT', /lateFinish must be/);
    expectPmo(() => schedulePortfolio({ ...two(), defaultCalendarId: 'gone' }), 'UNKNOWN_ID', /unknown calendar "gone"/);
  });

  it('never mutates its inputs (deep-frozen)', () => {
    const pf = deepFreeze(parsePortfolio(minimalPortfolio()));
    const before = clone(pf);
    schedulePortfolio(pf);
    schedulePortfolio(pf, { lateFinish: 'project' });
    schedule(pf.projects[0]!, { calendars: pf.calendars });
    expect(pf).toEqual(before);
  });
});
