/** schedule(): bad input, cycles, the date range, a million tasks, purity. Its semantics are in schedule.*.test.ts. */
import { describe, expect, it } from 'vitest';
import { CycleError, PmoError } from '../../src/errors.js';
import type { Project } from '../../src/model/project.js';
import { schedule } from '../../src/schedule/index.js';
import { deepFreeze, clone, expectPmo, thrown } from '../helpers.js';
import { project } from './build.js';

// Not timed: a chain of a million tasks would overflow any recursive pass; the results must be right at that size.
const N = 1_000_000;

describe('schedule', () => {
  const ok = () => project([['a', 1], ['b', 2]], [['a', 'b']]);
  it('reports the full cycle in link order, closed', () => {
    const p = project([['a', 1], ['b', 1], ['c', 1], ['d', 1]], [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'b']]);
    const err = thrown(() => schedule(p)) as CycleError;
    expect(err).toBeInstanceOf(CycleError);
    expect(err.code).toBe('CYCLE');
    expect(err.cycle).toHaveLength(4);
    expect(err.cycle[0]).toBe(err.cycle[3]);
    // A rotation of b -> c -> d -> b.
    const open = err.cycle.slice(0, 3);
    const start = open.indexOf('b');
    expect([...open.slice(start), ...open.slice(0, start)]).toEqual(['b', 'c', 'd']);
    expect(err.message).toMatch(/^schedule: dependency cycle: /);
  });

  it('reports self-links and cycles through any link type', () => {
    expect((thrown(() => schedule(project([['a', 1]], [['a', 'a', 'SS']]))) as CycleError).cycle).toEqual(['a', 'a']);
    const ff = project([['a', 1], ['b', 1]], [['a', 'b', 'FF', -3], ['b', 'a', 'SF', 5]]);
    expect((thrown(() => schedule(ff)) as CycleError).cycle).toHaveLength(3);
  });

  it('reports bad input as a PmoError naming the function, never a TypeError', () => {
    expectPmo(() => schedule(null as never), 'INVALID_ARGUMENT', /^schedule: expected a project object/);
    expectPmo(() => schedule({ ...ok(), tasks: undefined } as never), 'INVALID_ARGUMENT', /tasks must be an array/);
    expectPmo(() => schedule({ ...ok(), start: '2026-13-01' }), 'INVALID_ARGUMENT', /start must be an existing day/);
    expectPmo(() => schedule({ ...ok(), tasks: [null] } as never), 'INVALID_ARGUMENT', /tasks\[0\] must be an object/);
    expectPmo(() => schedule({ ...ok(), tasks: [{ name: 'x', duration: 1 }] } as never), 'INVALID_ARGUMENT', /needs a non-empty string id/);
    expectPmo(() => schedule(project([['a', -1]])), 'INVALID_ARGUMENT', /task "a": duration must be a finite number of working days >= 0, got -1/);
    expectPmo(() => schedule(project([['a', Number.NaN]])), 'INVALID_ARGUMENT', /got NaN/);
    expectPmo(() => schedule(project([['a', 1], ['a', 2]])), 'INVALID_ARGUMENT', /duplicate task id "a"/);
    expectPmo(() => schedule(project([['a', 1]], [['a', 'zz']])), 'UNKNOWN_ID', /dependencies\[0\] refers to unknown task "zz"/);
    expectPmo(() => schedule(project([['a', 1], ['b', 1]], [['a', 'b', 'XX' as never]])), 'INVALID_ARGUMENT', /unknown dependency type "XX"/);
    expectPmo(() => schedule(project([['a', 1], ['b', 1]], [['a', 'b', 'FS', Infinity]])), 'INVALID_ARGUMENT', /lag must be a finite number/);
    expectPmo(() => schedule({ ...ok(), dependencies: [5] } as never), 'INVALID_ARGUMENT', /dependencies\[0\] must be an object/);
    expectPmo(() => schedule({ ...ok(), calendarId: 'nope' }), 'UNKNOWN_ID', /project "p" names unknown calendar "nope"/);
    expectPmo(
      () => schedule({ ...ok(), calendarId: 'never' }, { calendars: [{ id: 'never', workingDays: [], holidays: [], exceptions: [], hoursPerDay: 8 }] }),
      'INVALID_ARGUMENT',
      /calendar "never" has no working days/,
    );
    expectPmo(() => schedule(ok(), { maxCriticalPaths: -1 }), 'INVALID_ARGUMENT', /maxCriticalPaths must be an integer >= 0/);
    expectPmo(() => schedule(ok(), { criticalThreshold: Number.NaN }), 'INVALID_ARGUMENT', /criticalThreshold must be a finite number/);
  });

  it('reports a bad link anywhere in a long list (links are read in batches)', () => {
    const n = 700;
    const tasks: [string, number][] = Array.from({ length: n }, (_, i) => [`t${i}`, 1]);
    const links: [string, string][] = Array.from({ length: n - 1 }, (_, i) => [`t${i}`, `t${i + 1}`]);
    const at = (i: number, bad: unknown) => {
      const p = project(tasks, links);
      (p.dependencies as unknown[])[i] = bad;
      return () => schedule(p);
    };
    expectPmo(at(255, { from: 't0', to: 'nope' }), 'UNKNOWN_ID', /dependencies\[255\] refers to unknown task "nope"/);
    expectPmo(at(256, null), 'INVALID_ARGUMENT', /dependencies\[256\] must be an object/);
    expectPmo(at(513, { from: 7, to: 't1' }), 'UNKNOWN_ID', /dependencies\[513\] refers to unknown task 7/);
    expectPmo(at(600, { from: 't600', to: 't601', lag: NaN }), 'INVALID_ARGUMENT', /dependencies\[600\]: lag must be a finite number/);
    expectPmo(at(698, { from: 't5', to: 't5' }), 'CYCLE', /t5/);
    expect(schedule(project(tasks, links)).duration).toBe(n);
  });

  it('reports the first bad task in task order, duplicates included (ids are indexed in batches)', () => {
    const tasks = (): { id: unknown; duration: unknown }[] => Array.from({ length: 700 }, (_, i) => ({ id: `t${i}`, duration: 1 }));
    const run = (edit: (t: { id: unknown; duration: unknown }[]) => void) => {
      const t = tasks();
      edit(t);
      return [() => schedule({ ...project([]), tasks: t as never })];
    };
    for (const f of run((t) => (t[600]!.id = 't3'))) expectPmo(f, 'INVALID_ARGUMENT', /duplicate task id "t3"/);
    for (const f of run((t) => ((t[600]!.id = 't3'), (t[650]!.id = 7)))) expectPmo(f, 'INVALID_ARGUMENT', /duplicate task id "t3"/);
    for (const f of run((t) => ((t[600]!.id = 't3'), (t[300]!.duration = -1)))) expectPmo(f, 'INVALID_ARGUMENT', /task "t300": duration must be/);
    for (const f of run((t) => ((t[600]!.id = 't3'), (t[500]!.id = '')))) expectPmo(f, 'INVALID_ARGUMENT', /tasks\[500\] needs a non-empty string id/);
    for (const f of run((t) => ((t[300]!.id = 't3'), (t[600]!.duration = -1)))) expectPmo(f, 'INVALID_ARGUMENT', /duplicate task id "t3"/);
  });

  it('schedule() refuses a result no YYYY-MM-DD date can name, with a PmoError', () => {
    const project = { id: 'p', name: 'P', start: '2026-01-05', tasks: [{ id: 'a', name: 'A', duration: 3_000_000 }], dependencies: [] };
    expect(() => schedule(project as never)).toThrow(PmoError);
    expect(() => schedule(project as never)).toThrow(/^schedule: a date falls outside 0000-01-01 … 9999-12-31/);
    // The last representable day still works.
    const ok = { ...project, tasks: [{ id: 'a', name: 'A', duration: 1 }], start: '9999-12-31' };
    expect(schedule(ok as never).finishDate).toBe('9999-12-31');
  });

  it('schedules a chain of 1,000,000 tasks, with dates, without recursion', () => {
    const project: Project = {
      id: 'big',
      name: 'Big',
      start: '2026-01-05',
      tasks: Array.from({ length: N }, (_, i) => ({ id: `t${i}`, name: `Task ${i}`, duration: 1, milestone: false, demands: [] })),
      dependencies: Array.from({ length: N - 1 }, (_, i) => ({ from: `t${i}`, to: `t${i + 1}`, type: 'FS' as const, lag: 0 })),
    };
    const s = schedule(project, { maxCriticalPaths: 1 });
    expect(s.duration).toBe(N);
    // 1,000,000 working days of a Monday-Friday week: 200,000 weeks, the last day a Friday.
    expect(s.finishDate).toBe('5859-01-28');
    expect(s.tasks[N - 1]!.earlyStartDate).toBe('5859-01-28');
    expect(s.tasks[N - 1]!.drivingPredecessors).toEqual([`t${N - 2}`]);
    expect(s.criticalPaths[0]).toHaveLength(N);
  });

  it('never mutates its inputs (deep-frozen)', () => {
    const p = deepFreeze(project([['x', 1], ['S', 0], ['a', 2, { parentId: 'S', constraint: { type: 'SNET', date: '2026-01-07' } }], ['b', 1, { constraint: { type: 'ALAP' } }]], [['x', 'S'], ['S', 'b', 'SS', -1]]));
    const p0 = clone(p);
    schedule(p);
    expect(p).toEqual(p0);
  });
});
