import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendar } from '../../src/calendar/index.js';
import { CycleError } from '../../src/errors.js';
import { hasWorkingDay } from '../../src/model/calendarWorks.js';
import { parseCalendar, safeParseCalendar, safeParsePortfolio, safeParseProject } from '../../src/model/parse.js';
import type { SafeParseResult } from '../../src/model/validate.js';
import { schedule, schedulePortfolio, taskKey } from '../../src/schedule/index.js';
import { minimalPortfolio } from '../fixtures/portfolios.js';
import { clone } from '../helpers.js';

const T = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: id, duration: 1, ...extra });
const project = (tasks: unknown[], dependencies: unknown[], id = 'p') => ({ id, name: id, start: '2026-01-05', tasks, dependencies });

/** Issues as `path: message [code]`. */
function lines(r: SafeParseResult<unknown>): string[] {
  return r.success ? [] : r.error.issues.map((i) => r.error.formatIssue(i));
}

describe('dependency cycles', () => {
  it('reports a cycle within a project, naming its members in link order', () => {
    const p = project([T('a'), T('b'), T('c'), T('d')], [{ from: 'a', to: 'b' }, { from: 'b', to: 'c', type: 'SS', lag: 2 }, { from: 'c', to: 'd' }, { from: 'c', to: 'a', type: 'FF' }]);
    expect(lines(safeParseProject(p))).toEqual(['dependencies[0]: dependency cycle: "a" -> "b" -> "c" -> "a" [cycle]']);
    expect(() => schedule(p as never)).toThrow(CycleError);
  });

  it('reports a cycle in a project of a portfolio, naming the project', () => {
    const input = clone(minimalPortfolio()) as any;
    input.projects[0].dependencies.push({ from: 'm', to: 'a', type: 'SS' });
    expect(lines(safeParsePortfolio(input))).toEqual(['projects[0].dependencies[0]: dependency cycle in project "p1": "a" -> "b" -> "m" -> "a" [cycle]']);
    expect(() => schedulePortfolio(input)).toThrow(CycleError);
  });

  it('reports a cycle through cross-project links by task keys, as schedulePortfolio names them', () => {
    const input = clone(minimalPortfolio()) as any;
    input.projects[1].id = 'p/2';
    input.crossDependencies = [
      { fromProject: 'p1', from: 'm', toProject: 'p/2', to: 'a' },
      { fromProject: 'p/2', from: 'a', toProject: 'p1', to: 'a', type: 'SF', lag: -3 },
    ];
    const keys = [taskKey('p1', 'a'), taskKey('p1', 'b'), taskKey('p1', 'm'), taskKey('p/2', 'a'), taskKey('p1', 'a')].map((k) => JSON.stringify(k));
    expect(lines(safeParsePortfolio(input))).toEqual([`projects[0].dependencies[0]: dependency cycle across projects: ${keys.join(' -> ')} [cycle]`]);
    expect(() => schedulePortfolio(input)).toThrow(CycleError);
  });

  it('reports a cycle that exists only through a link on a WBS summary', () => {
    // wbs -> m applies to a and b; m -> a closes the loop through the summary.
    const input = clone(minimalPortfolio()) as any;
    input.projects[0].dependencies = [{ from: 'wbs', to: 'm' }, { from: 'm', to: 'b' }];
    expect(lines(safeParsePortfolio(input))).toEqual([
      'projects[0].dependencies[0]: dependency cycle in project "p1": "wbs" (summary) -> "m" -> "b" -> "wbs" (summary) (a link on a summary task applies to every task under it) [cycle]',
    ]);
    expect(() => schedulePortfolio(input)).toThrow(CycleError);
  });

  it('reports a cycle between two summaries and one per strongly connected group', () => {
    const p = project(
      [T('S'), T('x', { parentId: 'S' }), T('U'), T('y', { parentId: 'U' }), T('e'), T('f')],
      [{ from: 'S', to: 'U' }, { from: 'y', to: 'x' }, { from: 'e', to: 'f' }, { from: 'f', to: 'e' }],
    );
    expect(lines(safeParseProject(p))).toEqual([
      'dependencies[0]: dependency cycle: "S" (summary) -> "U" (summary) -> "y" -> "x" -> "S" (summary) (a link on a summary task applies to every task under it) [cycle]',
      'dependencies[2]: dependency cycle: "e" -> "f" -> "e" [cycle]',
    ]);
  });

  it('passes a network whose summary links make no cycle', () => {
    const p = project([T('S'), T('x', { parentId: 'S' }), T('y', { parentId: 'S' }), T('z')], [{ from: 'x', to: 'y' }, { from: 'S', to: 'z' }]);
    expect(lines(safeParseProject(p))).toEqual([]);
    expect(() => schedule(p as never)).not.toThrow();
  });

  it('validates a 200,000-task chain with summaries without recursion', () => {
    const n = 200_000;
    const tasks = Array.from({ length: n }, (_, i) => (i % 100 === 0 ? T(`t${i}`) : T(`t${i}`, { parentId: `t${i - (i % 100)}` })));
    const deps = [];
    for (let i = 1; i < n; i++) if (i % 100 !== 1) deps.push({ from: `t${i - 1}`, to: `t${i}` });
    expect(safeParseProject(project(tasks, deps)).success).toBe(true);
    deps.push({ from: `t${n - 1}`, to: 't1' });
    const r = safeParseProject(project(tasks, deps));
    expect(r.error!.issues.map((i) => i.code)).toEqual(['cycle']);
  });
});

describe('what else the engine refuses', () => {
  it('reports a link between a summary and its own subtask', () => {
    const input = clone(minimalPortfolio()) as any;
    input.projects[0].dependencies.push({ from: 'b', to: 'wbs', type: 'FF' });
    expect(lines(safeParsePortfolio(input))).toEqual([
      'projects[0].dependencies[2]: dependency links summary task "wbs" in project "p1" to its own subtask "b": a summary\'s links apply to the tasks under it, so it would link "b" to itself [summary_link_to_subtask]',
    ]);
    expect(() => schedulePortfolio(input)).toThrow(/links summary task "wbs" in project "p1" to its own subtask "b"/);
  });

  it('reports a cross-project link between a summary and its own subtask', () => {
    const input = clone(minimalPortfolio()) as any;
    input.crossDependencies.push({ fromProject: 'p1', from: 'wbs', toProject: 'p1', to: 'a' });
    expect(lines(safeParsePortfolio(input)).map((l) => l.replace(/:.*\[/, ' ['))).toEqual(['crossDependencies[1] [summary_link_to_subtask]']);
    expect(() => schedulePortfolio(input)).toThrow(/its own subtask/);
  });

  it.each(['ALAP', 'SNLT', 'FNET', 'MSO', 'MFO'])('reports constraint %s on a summary task', (type) => {
    const input = clone(minimalPortfolio()) as any;
    input.projects[0].tasks[0].constraint = type === 'ALAP' ? { type } : { type, date: '2026-01-20' };
    expect(lines(safeParsePortfolio(input))).toEqual([
      `projects[0].tasks[0].constraint.type: summary task "wbs" in project "p1" has constraint ${type}; summary tasks accept only ASAP, SNET and FNLT (as in MS Project) [summary_constraint]`,
    ]);
    expect(() => schedulePortfolio(input)).toThrow(/summary tasks accept only ASAP, SNET and FNLT/);
  });

  it.each(['ASAP', 'SNET', 'FNLT'])('accepts constraint %s on a summary task', (type) => {
    const input = clone(minimalPortfolio()) as any;
    input.projects[0].tasks[0].constraint = type === 'ASAP' ? { type } : { type, date: '2026-03-20' };
    expect(lines(safeParsePortfolio(input))).toEqual([]);
    expect(() => schedulePortfolio(input)).not.toThrow();
  });

  it('reports a calendar without any working day', () => {
    const input = clone(minimalPortfolio()) as any;
    input.calendars[0].workingDays = [];
    input.calendars[0].exceptions = [{ date: '2026-01-10', working: true }, { date: '2026-01-09', until: '2026-01-12', working: false }];
    expect(lines(safeParsePortfolio(input))).toEqual([
      'calendars[0].workingDays: calendar "std" has no working day: no working weekday and no working exception (nothing can be scheduled on it) [no_working_days]',
    ]);
    expect(() => schedulePortfolio(input)).toThrow(/has no working days/);
    expect(safeParseCalendar(input.calendars[0]).success).toBe(false);
    // an unused calendar without a working day is harmless to the engine, and not reported
    input.calendars.push({ ...input.calendars[0], id: 'unused' });
    input.calendars[0].workingDays = [1, 2, 3, 4, 5];
    expect(lines(safeParsePortfolio(input))).toEqual([]);
    expect(() => schedulePortfolio(input)).not.toThrow();
    expect(parseCalendar({ id: 'c', workingDays: [], exceptions: [{ date: '2026-01-10', working: true }] }).id).toBe('c');
  });

  it('hasWorkingDay agrees with the calendar compiler (property)', () => {
    const exception = fc.record({ date: fc.integer({ min: 0, max: 20 }), len: fc.integer({ min: 0, max: 5 }), working: fc.boolean() });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 2 }), fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 3 }), fc.array(exception, { maxLength: 6 }), (days, holidays, exs) => {
        const iso = (d: number): string => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10);
        const cal = {
          id: 'c',
          workingDays: days,
          holidays: holidays.map(iso),
          exceptions: exs.map((x) => ({ date: iso(x.date), until: iso(x.date + x.len), working: x.working })),
        };
        let compiles = true;
        try {
          compileCalendar(cal as never);
        } catch {
          compiles = false;
        }
        expect(hasWorkingDay(cal)).toBe(compiles);
      }),
      { numRuns: 1000 },
    );
  });
});
