/**
 * scheduleColumns() and the lazy `tasks` of schedule results: the columns agree with the task
 * objects, and the objects built on first read are exactly the objects of an eager result, for
 * every way a caller may read them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import { schedule, scheduleColumns, schedulePortfolio } from '../../src/schedule/index.js';
import type { ScheduleColumns, ScheduledTask } from '../../src/schedule/types.js';
import { clone, deepFreeze, ROOT } from '../helpers.js';
import { c, portfolio, project } from './build.js';

/** A project with links of every type, parallel links, a WBS summary, a milestone and a constraint. */
const P = project(
  [
    ['a', 3],
    ['b', 2],
    ['c', 4, { parentId: 's' }],
    ['d', 1, { parentId: 's' }],
    ['s', 0],
    ['m', 0, { milestone: true }],
    ['e', 2, c('SNET', '2026-01-20')],
  ],
  [
    ['a', 'b'],
    ['a', 'b', 'SS', 3],
    ['b', 'c', 'FS', -1],
    ['a', 's', 'FF'],
    ['c', 'd', 'SF', 2],
    ['d', 'm'],
    ['b', 'e'],
  ],
);

const SAMPLE = (): Portfolio => parsePortfolio(JSON.parse(readFileSync(`${ROOT}examples/data/sample-portfolio.json`, 'utf8')));

/** Checks that the columns hold what the task objects hold. */
function expectAgree(cols: ScheduleColumns, tasks: readonly ScheduledTask[], byKey: boolean): void {
  expect(cols.length).toBe(tasks.length);
  const nameOf = (i: number): string => (byKey ? tasks[i]!.key : tasks[i]!.id);
  tasks.forEach((t, i) => {
    expect(cols.id[i]).toBe(t.id);
    expect(cols.name[i]).toBe(t.name);
    expect(cols.projectIds[cols.projectIndex[i]!]).toBe(t.projectId);
    expect(cols.keyOf(i)).toBe(t.key);
    expect([cols.summary[i], cols.milestone[i], cols.critical[i], cols.nearCritical[i]]).toEqual([t.summary, t.milestone, t.critical, t.nearCritical].map(Number));
    expect([cols.duration[i], cols.earlyStart[i], cols.earlyFinish[i], cols.lateStart[i], cols.lateFinish[i], cols.totalFloat[i], cols.freeFloat[i]]).toEqual([
      t.duration,
      t.earlyStart,
      t.earlyFinish,
      t.lateStart,
      t.lateFinish,
      t.totalFloat,
      t.freeFloat,
    ]);
    expect([cols.earlyStartDay[i], cols.earlyFinishDay[i], cols.lateStartDay[i], cols.lateFinishDay[i]].map((d) => cols.dateOf(d!))).toEqual([
      t.earlyStartDate,
      t.earlyFinishDate,
      t.lateStartDate,
      t.lateFinishDate,
    ]);
    const drivers = Array.from(cols.drivingPredecessors.subarray(cols.drivingOffsets[i], cols.drivingOffsets[i + 1]), nameOf);
    expect(drivers).toEqual(t.drivingPredecessors);
    expect(cols.task(i)).toEqual(t);
  });
}

describe('scheduleColumns', () => {
  it('gives the columns of a project schedule, in agreement with its task objects, without building them', () => {
    const s = schedule(P);
    const cols = scheduleColumns(s);
    expect(Object.getOwnPropertyDescriptor(s, 'tasks')!.get).toBeTypeOf('function'); // not built yet
    expect(cols.drivingPredecessors.length).toBeGreaterThan(0);
    expectAgree(cols, s.tasks, false);
    expect(scheduleColumns(s)).toBe(cols);
  });

  it('gives the columns of a portfolio schedule, driving predecessors by key', () => {
    const pf = portfolio([P, { ...P, id: 'q', tasks: P.tasks.map((t) => ({ ...t })) }], [['p', 'm', 'q', 'a']]);
    const s = schedulePortfolio(pf);
    expectAgree(scheduleColumns(s), s.tasks, true);
    const sample = schedulePortfolio(SAMPLE());
    expectAgree(scheduleColumns(sample), sample.tasks, true);
  });

  it('builds the same columns from the task objects of a copy or a progress result', () => {
    const s = schedule(P);
    const copy = scheduleColumns(clone(s));
    const own = scheduleColumns(s);
    expect({ ...copy, projectIndex: [...copy.projectIndex] }).toEqual({ ...own, projectIndex: [...own.projectIndex] });
    const progress = schedule(project([['a', 4, { actualStart: '2026-01-05', percentComplete: 50 }], ['b', 2]], [['a', 'b']]), { statusDate: '2026-01-06' });
    expectAgree(scheduleColumns(progress), progress.tasks, false);
  });

  it('refuses what is not a schedule result, naming the function', () => {
    expect(() => scheduleColumns(null as never)).toThrow(/scheduleColumns: expected a schedule result/);
    expect(() => scheduleColumns({ tasks: 3 } as never)).toThrow(/scheduleColumns: result.tasks must be an array/);
    expect(() => scheduleColumns({ tasks: [{ id: 'a' }] } as never)).toThrow(/scheduleColumns: result.tasks\[0\] needs a number duration/);
    const cols = scheduleColumns(schedule(P));
    for (const i of [-1, 7, 1.5, NaN]) expect(() => cols.task(i)).toThrow(/scheduleColumns: task\(.*\): expected a task index in 0 … 6/);
  });
});

describe('the tasks of a result, built on first read', () => {
  const eager = (): string => {
    const s = schedule(P);
    void s.tasks;
    return JSON.stringify(s);
  };

  it('are the same objects for JSON, spreading, Object.keys, structuredClone and deep equality', () => {
    const ref = JSON.parse(eager()) as unknown;
    expect(JSON.stringify(schedule(P))).toBe(eager());
    expect(Object.keys(schedule(P))).toEqual(['projectId', 'calendarId', 'startDate', 'finishDate', 'duration', 'tasks', 'criticalPaths', 'criticalPathsTruncated', 'warnings']);
    expect(clone({ ...schedule(P) })).toEqual(ref);
    expect(structuredClone(schedule(P))).toEqual(ref);
    expect(schedule(P)).toEqual(ref);
    expect(Object.entries(schedule(P)).find(([k]) => k === 'tasks')![1]).toEqual((ref as { tasks: unknown }).tasks);
  });

  it('are built once: a data property from then on, the same array on every read', () => {
    const s = schedule(P);
    const first = s.tasks;
    expect(s.tasks).toBe(first);
    const d = Object.getOwnPropertyDescriptor(s, 'tasks')!;
    expect(d.value).toBe(first);
    expect(d.enumerable).toBe(true);
  });

  it('work on a frozen result', () => {
    const s = Object.freeze(schedule(P));
    expect(s.tasks).toBe(s.tasks);
    expect(JSON.stringify(s)).toBe(eager());
    expect(JSON.stringify(deepFreeze(schedule(P)))).toBe(eager());
  });

  it('do not read the input again: changing it after scheduling changes nothing', () => {
    const input = clone(P);
    const s = schedule(input);
    input.tasks[0] = { ...input.tasks[0]!, id: 'zz', name: 'changed', duration: 99, milestone: true };
    (input.tasks as unknown[]).push({ id: 'new', name: 'n', duration: 1, milestone: false, demands: [] });
    expect(JSON.stringify(s)).toBe(eager());
  });

  it('are those of an eager result in a portfolio schedule too (the sample portfolio, both late-finish modes)', () => {
    for (const lateFinish of ['portfolio', 'project'] as const) {
      const a = schedulePortfolio(SAMPLE(), { lateFinish });
      const b = schedulePortfolio(SAMPLE(), { lateFinish });
      const cols = scheduleColumns(b);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      expectAgree(cols, b.tasks, true);
    }
  });
});
