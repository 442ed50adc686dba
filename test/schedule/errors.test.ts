import { describe, expect, it } from 'vitest';
import { CycleError, PmoError } from '../../src/errors.js';
import { cpm, cpmArrays, dependencyGraph, downstreamTasks, findCycle, schedule, schedulePortfolio, upstreamTasks } from '../../src/schedule/index.js';
import { formatPath } from '../../src/errors.js';
import { addWorkingDays } from '../../src/calendar/index.js';
import { parsePortfolio } from '../../src/model/parse.js';
import { minimalPortfolio } from '../fixtures/portfolios.js';
import { clone, deepFreeze } from '../helpers.js';
import { portfolio, project } from './build.js';

/** The error thrown by f (fails when f does not throw). */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}

/** Asserts a PmoError with this code whose message matches. */
function expectPmo(f: () => unknown, code: string, message: RegExp): void {
  const err = thrown(f);
  expect(err).toBeInstanceOf(PmoError);
  expect(err).not.toBeInstanceOf(TypeError);
  expect((err as PmoError).code).toBe(code);
  expect((err as PmoError).message).toMatch(message);
}

describe('cycles', () => {
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

  it('finds cycles of a million tasks without overflowing the stack', () => {
    const n = 1_000_000;
    const tasks = Array.from({ length: n }, (_, i) => ({ id: `t${i}`, duration: 1 }));
    const links = Array.from({ length: n }, (_, i) => ({ from: `t${i}`, to: `t${(i + 1) % n}` }));
    const err = thrown(() => cpm({ tasks, links })) as CycleError;
    expect(err.cycle).toHaveLength(n + 1);
    expect(new Set(err.cycle).size).toBe(n);
  });

  it('findCycle on the graph agrees', () => {
    const p = project([['a', 1], ['b', 1], ['c', 1]], [['a', 'b'], ['b', 'c'], ['c', 'b']]);
    expect(findCycle(dependencyGraph(p))).toEqual(['p/b', 'p/c', 'p/b']);
    expect(findCycle(dependencyGraph(project([['a', 1], ['b', 1]], [['a', 'b']])))).toBeNull();
  });
});

describe('bad input is a PmoError naming the function, never a TypeError', () => {
  const ok = () => project([['a', 1], ['b', 2]], [['a', 'b']]);
  it('schedule', () => {
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

  it('schedule, for a bad link anywhere in a long list (links are read in batches)', () => {
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
      return [() => schedule({ ...project([]), tasks: t as never }), () => cpm({ tasks: t as never, links: [] })];
    };
    for (const f of run((t) => (t[600]!.id = 't3'))) expectPmo(f, 'INVALID_ARGUMENT', /duplicate task id "t3"/);
    for (const f of run((t) => ((t[600]!.id = 't3'), (t[650]!.id = 7)))) expectPmo(f, 'INVALID_ARGUMENT', /duplicate task id "t3"/);
    for (const f of run((t) => ((t[600]!.id = 't3'), (t[300]!.duration = -1)))) expectPmo(f, 'INVALID_ARGUMENT', /task "t300": duration must be/);
    for (const f of run((t) => ((t[600]!.id = 't3'), (t[500]!.id = '')))) expectPmo(f, 'INVALID_ARGUMENT', /tasks\[500\] needs a non-empty string id/);
    for (const f of run((t) => ((t[300]!.id = 't3'), (t[600]!.duration = -1)))) expectPmo(f, 'INVALID_ARGUMENT', /duplicate task id "t3"/);
  });

  it('schedulePortfolio', () => {
    const two = () => portfolio([project([['a', 1]], [], { id: 'p1' }), project([['a', 1]], [], { id: 'p2' })]);
    expectPmo(() => schedulePortfolio(undefined as never), 'INVALID_ARGUMENT', /^schedulePortfolio: expected a portfolio object/);
    expectPmo(() => schedulePortfolio({ ...two(), projects: [] }), 'INVALID_ARGUMENT', /nothing to schedule/);
    expectPmo(() => schedulePortfolio({ ...two(), crossDependencies: [{ fromProject: 'p9', from: 'a', toProject: 'p2', to: 'a', type: 'FS', lag: 0 }] }), 'UNKNOWN_ID', /unknown project "p9"/);
    expectPmo(() => schedulePortfolio({ ...two(), crossDependencies: [{ fromProject: 'p1', from: 'z', toProject: 'p2', to: 'a', type: 'FS', lag: 0 }] }), 'UNKNOWN_ID', /unknown task "z" in project "p1"/);
    expectPmo(() => schedulePortfolio({ ...two(), projects: [project([], [], { id: 'p1' }), project([], [], { id: 'p1' })] }), 'INVALID_ARGUMENT', /duplicate project id "p1"/);
    expectPmo(() => schedulePortfolio(two(), { lateFinish: 'never' as never }), 'INVALID_ARGUMENT', /lateFinish must be/);
    expectPmo(() => schedulePortfolio({ ...two(), defaultCalendarId: 'gone' }), 'UNKNOWN_ID', /unknown calendar "gone"/);
  });

  it('cpm and cpmArrays', () => {
    expectPmo(() => cpm(null as never), 'INVALID_ARGUMENT', /^cpm: expected a network object/);
    expectPmo(() => cpm({ tasks: [{ id: 'a', duration: 1 }] } as never), 'INVALID_ARGUMENT', /network.links must be an array/);
    expectPmo(() => cpm({ tasks: [{ id: 'a', duration: 1 }, { id: 'a', duration: 1 }], links: [] }), 'INVALID_ARGUMENT', /duplicate task id "a"/);
    expectPmo(() => cpm({ tasks: [{ id: 'a', duration: '1' as never }], links: [] }), 'INVALID_ARGUMENT', /task "a": duration must be/);
    expectPmo(() => cpm({ tasks: [{ id: 'a', duration: 1 }], links: [{ from: 'a', to: 'b' }] }), 'UNKNOWN_ID', /unknown task "b"/);
    expectPmo(() => cpmArrays({ duration: [1, 2], from: [0], to: [] }), 'INVALID_ARGUMENT', /^cpmArrays: to has 0 entries, expected 1/);
    expectPmo(() => cpmArrays({ duration: [1, 2], from: [0], to: [2] }), 'INVALID_ARGUMENT', /to\[0\] must be a node index in 0..1, got 2/);
    expectPmo(() => cpmArrays({ duration: [1, 2], from: [0], to: [1], type: [7] }), 'INVALID_ARGUMENT', /type\[0\] must be 0 \(FS\)/);
    expectPmo(() => cpmArrays({ duration: [-1] as never, from: [], to: [] }), 'INVALID_ARGUMENT', /duration\[0\]/);
    expectPmo(() => cpmArrays({ duration: 'abc' as never, from: [], to: [] }), 'INVALID_ARGUMENT', /duration must be an array/);
    const cyc = thrown(() => cpmArrays({ duration: [1, 1], from: [0, 1], to: [1, 0] })) as CycleError;
    expect(cyc.cycle).toHaveLength(3);
  });
});

describe('purity', () => {
  it('never mutates its inputs (deep-frozen)', () => {
    const pf = deepFreeze(parsePortfolio(minimalPortfolio()));
    const before = clone(pf);
    schedulePortfolio(pf);
    schedulePortfolio(pf, { lateFinish: 'project' });
    schedule(pf.projects[0]!, { calendars: pf.calendars });
    dependencyGraph(pf);
    const p = deepFreeze(project([['x', 1], ['S', 0], ['a', 2, { parentId: 'S', constraint: { type: 'SNET', date: '2026-01-07' } }], ['b', 1, { constraint: { type: 'ALAP' } }]], [['x', 'S'], ['S', 'b', 'SS', -1]]));
    const p0 = clone(p);
    schedule(p);
    expect(p).toEqual(p0);
    const net = deepFreeze({ tasks: [{ id: 'a', duration: 2 }, { id: 'b', duration: 1, earliestStart: 4 }], links: [{ from: 'a', to: 'b', type: 'SF' as const, lag: 1 }] });
    const net0 = clone(net);
    cpm(net);
    expect(net).toEqual(net0);
    const arrays = { duration: Float64Array.of(1, 2), from: Int32Array.of(0), to: Int32Array.of(1), lag: Float64Array.of(-1) };
    cpmArrays(arrays);
    expect(Array.from(arrays.duration)).toEqual([1, 2]);
    expect(Array.from(arrays.lag)).toEqual([-1]);
    expect(pf).toEqual(before);
  });
});

describe('dates past 9999-12-31', () => {
  it('schedule() refuses a result no YYYY-MM-DD date can name, with a PmoError', () => {
    const project = { id: 'p', name: 'P', start: '2026-01-05', tasks: [{ id: 'a', name: 'A', duration: 3_000_000 }], dependencies: [] };
    expect(() => schedule(project as never)).toThrow(PmoError);
    expect(() => schedule(project as never)).toThrow(/^schedule: a date falls outside 0000-01-01 … 9999-12-31/);
    // The last representable day still works.
    const ok = { ...project, tasks: [{ id: 'a', name: 'A', duration: 1 }], start: '9999-12-31' };
    expect(schedule(ok as never).finishDate).toBe('9999-12-31');
  });

  it('the calendar functions refuse to step past 9999-12-31', () => {
    const cal = { id: 'all', workingDays: [1, 2, 3, 4, 5, 6, 7], holidays: [], exceptions: [], hoursPerDay: 8 };
    expect(addWorkingDays(cal, '9999-12-30', 1)).toBe('9999-12-31');
    expect(() => addWorkingDays(cal, '9999-12-30', 2)).toThrow(/^addWorkingDays: a date falls outside/);
  });
});

describe('hostile input found by the fuzz suite', () => {
  const deep = (depth: number): unknown => {
    let v: unknown = [];
    for (let i = 0; i < depth; i++) v = [v];
    return v;
  };
  it('cpmArrays: deeply nested arrays as a duration, an endpoint or an earliest start are a PmoError, not a stack overflow', () => {
    const base = () => ({ duration: [2, 3, 0], from: [0, 1], to: [1, 2], earliestStart: [0, 0, 0] });
    for (const key of ['duration', 'from', 'to', 'earliestStart'] as const) {
      const input = base();
      (input[key] as unknown[])[1] = deep(20_000);
      expect(() => cpmArrays(input as never), key).toThrow(PmoError);
    }
  });
  it('downstreamTasks, upstreamTasks and findCycle on something that is not a graph are a PmoError', () => {
    for (const g of [undefined, 0, {}, { hasNode: () => true }])
      for (const f of [() => downstreamTasks(g as never, 'p/a'), () => upstreamTasks(g as never, 'p/a'), () => findCycle(g as never)]) expect(f).toThrow(/expected a graph from dependencyGraph/);
  });
  it('dependencyGraph: dependencies or cross-project dependencies that are not lists of objects are a PmoError', () => {
    const p = { id: 'p', tasks: [{ id: 'a' }], dependencies: '' };
    expect(() => dependencyGraph(p as never)).toThrow(/dependencyGraph: the dependencies of project "p" must be an array/);
    expect(() => dependencyGraph({ id: 'x', projects: [{ ...p, dependencies: [null] }] } as never)).toThrow(/dependencies of project "p"\[0\] must be an object/);
    expect(() => dependencyGraph({ id: 'x', projects: [], crossDependencies: 5 } as never)).toThrow(/crossDependencies must be an array/);
  });
  it('formatPath: a path that is not an array of strings and numbers is a PmoError', () => {
    expect(() => formatPath(0 as never)).toThrow(PmoError);
    expect(() => formatPath([{}] as never)).toThrow(/formatPath: expected an array of strings and numbers/);
  });
});

describe('more hostile input found by the longer fuzz run', () => {
  it('dependencyGraph: a parentId that is a deeply nested array is a PmoError, not a stack overflow', () => {
    let deep: unknown = [];
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const p = { id: 'p', tasks: [{ id: 'a' }, { id: 'b', parentId: deep }], dependencies: [] };
    expect(() => dependencyGraph(p as never)).toThrow(/names unknown parent an array/);
  });
});
