import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDayNumber } from '../../src/internal/dates.js';
import { PmoError } from '../../src/errors.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import type { Project } from '../../src/model/project.js';
import type { Baseline } from '../../src/model/status.js';
import type { Task } from '../../src/model/task.js';
import { schedule, schedulePortfolio } from '../../src/schedule/index.js';
import { readFileSync } from 'node:fs';
import { parsePortfolio } from '../../src/model/parse.js';

const task = (id: string, duration: number, extra: Partial<Task> = {}): Task => ({ id, name: id, duration, milestone: false, demands: [], ...extra });

/** a -> b -> c, five days each, from Monday 2026-01-05 on the standard calendar (Monday to Friday). */
function chain(a: Partial<Task> = {}, b: Partial<Task> = {}, c: Partial<Task> = {}, project: Partial<Project> = {}): Project {
  return {
    id: 'p',
    name: 'P',
    start: '2026-01-05',
    tasks: [task('a', 5, a), task('b', 5, b), task('c', 5, c)],
    dependencies: [
      { from: 'a', to: 'b', type: 'FS', lag: 0 },
      { from: 'b', to: 'c', type: 'FS', lag: 0 },
    ],
    ...project,
  };
}

const dates = (s: { tasks: readonly { id: string; earlyStartDate: string; earlyFinishDate: string }[] }): Record<string, string> =>
  Object.fromEntries(s.tasks.map((t) => [t.id, `${t.earlyStartDate}..${t.earlyFinishDate}`]));

// a finished two days late (7 working days, 5 to 13 January); b started on the 14th and is 40 % done.
const LATE_A = { actualStart: '2026-01-05', actualFinish: '2026-01-13', percentComplete: 100 };
const B_40 = { actualStart: '2026-01-14', percentComplete: 40 };

describe('schedule with progress', () => {
  it('changes nothing without progress or status date: same results, no progress fields', () => {
    const s = schedule(chain());
    expect(dates(s)).toEqual({ a: '2026-01-05..2026-01-09', b: '2026-01-12..2026-01-16', c: '2026-01-19..2026-01-23' });
    expect(s.tasks.every((t) => !('progress' in t) && !('baselineStartDate' in t))).toBe(true);
    expect('statusDate' in s).toBe(false);
  });

  it('pins a complete task to its actual dates; an in-progress task runs its remaining duration from its resume point', () => {
    const s = schedule(chain(LATE_A, B_40));
    expect(dates(s)).toEqual({ a: '2026-01-05..2026-01-13', b: '2026-01-14..2026-01-20', c: '2026-01-21..2026-01-27' });
    const [a, b, c] = s.tasks;
    expect([a!.progress, b!.progress, c!.progress]).toEqual(['complete', 'in-progress', 'not-started']);
    // Complete tasks are never critical; their dates are fixed (zero float, late = early).
    expect(a).toMatchObject({ critical: false, nearCritical: false, totalFloat: 0, freeFloat: 0, lateStartDate: '2026-01-05', lateFinishDate: '2026-01-13', percentComplete: 100, remainingDuration: 0 });
    expect(b).toMatchObject({ critical: true, lateStartDate: '2026-01-14', lateStart: b!.earlyStart, percentComplete: 40, remainingDuration: 3 });
    expect(c!.critical).toBe(true);
    expect(s.criticalPaths).toEqual([['b', 'c']]);
    expect(s.finishDate).toBe('2026-01-27');
  });

  it('reschedules uncompleted work after the status date (Update Project)', () => {
    const s = schedule(chain(LATE_A, B_40), { statusDate: '2026-01-23' });
    // b's 3 remaining days run 26-28 January: the 2 days done stay where they were.
    expect(dates(s)).toEqual({ a: '2026-01-05..2026-01-13', b: '2026-01-14..2026-01-28', c: '2026-01-29..2026-02-04' });
    expect(s.statusDate).toBe('2026-01-23');
    // A not-started task without predecessors also waits for the status date; its plan date lies in the past.
    const alone = schedule({ ...chain(), dependencies: [] }, { statusDate: '2026-01-07' });
    expect(dates(alone).c).toBe('2026-01-08..2026-01-14');
    // A milestone waiting for the status date sits on the next working day, not on the status date.
    const m = schedule({ ...chain(), tasks: [task('m', 0, { milestone: true })], dependencies: [] }, { statusDate: '2026-01-09' });
    expect(dates(m).m).toBe('2026-01-12..2026-01-12');
  });

  it('reads the status date from the project, the option winning', () => {
    const p = chain(LATE_A, B_40, {}, { statusDate: '2026-01-23' } as Partial<Project>);
    expect(dates(schedule(p)).b).toBe('2026-01-14..2026-01-28');
    expect(dates(schedule(p, { statusDate: '2026-01-15' })).b).toBe('2026-01-14..2026-01-20');
  });

  it('resumes the remaining work on the resume day, and reads remainingDuration before percentComplete', () => {
    expect(dates(schedule(chain(LATE_A, { ...B_40, resume: '2026-01-19' }))).b).toBe('2026-01-14..2026-01-21');
    // The remaining work grew to 6 days: none of the plan's 5 is counted as done.
    expect(dates(schedule(chain(LATE_A, { ...B_40, remainingDuration: 6 }))).b).toBe('2026-01-14..2026-01-21');
  });

  it('lets a not-started task follow an early actual finish, and keeps a started task at its actual start whatever its links', () => {
    const early = schedule(chain({ actualStart: '2026-01-05', actualFinish: '2026-01-07' }));
    expect(dates(early)).toEqual({ a: '2026-01-05..2026-01-07', b: '2026-01-08..2026-01-14', c: '2026-01-15..2026-01-21' });
    // b started before its predecessor finished (out of sequence): it keeps its actual start.
    const s = schedule(chain({}, { actualStart: '2026-01-06', percentComplete: 20 }));
    expect(dates(s).b).toBe('2026-01-06..2026-01-12');
  });

  it('places a complete milestone on its actual day and its successors after it', () => {
    const p: Project = {
      ...chain(LATE_A),
      tasks: [task('a', 5, LATE_A), task('m', 0, { milestone: true, actualStart: '2026-01-13', actualFinish: '2026-01-13' }), task('b', 5)],
      dependencies: [
        { from: 'a', to: 'm', type: 'FS', lag: 0 },
        { from: 'm', to: 'b', type: 'FS', lag: 0 },
      ],
    };
    const s = schedule(p);
    expect(dates(s)).toEqual({ a: '2026-01-05..2026-01-13', m: '2026-01-13..2026-01-13', b: '2026-01-14..2026-01-20' });
    expect(s.tasks[1]).toMatchObject({ progress: 'complete', critical: false });
  });

  it('reports baseline dates and variances in working days, per task and for the project', () => {
    const baseline: Baseline = {
      id: 'bl',
      projectId: 'p',
      date: '2026-01-02',
      tasks: [
        { taskId: 'a', start: '2026-01-05', finish: '2026-01-09' },
        { taskId: 'b', start: '2026-01-12', finish: '2026-01-16' },
        { taskId: 'c', start: '2026-01-19', finish: '2026-01-23' },
      ],
    };
    const s = schedule(chain(LATE_A, B_40), { statusDate: '2026-01-23', baselines: [baseline] });
    expect(s.tasks.map((t) => [t.id, t.baselineFinishDate, t.startVariance, t.finishVariance])).toEqual([
      ['a', '2026-01-09', 0, 2],
      ['b', '2026-01-16', 2, 8],
      ['c', '2026-01-23', 8, 8],
    ]);
    expect(s).toMatchObject({ baselineId: 'bl', baselineStartDate: '2026-01-05', baselineFinishDate: '2026-01-23', finishDate: '2026-02-04', finishVariance: 8 });
    // Without a baseline the fields are null.
    const none = schedule(chain(LATE_A, B_40));
    expect(none).toMatchObject({ baselineId: null, finishVariance: null });
    expect(none.tasks[0]).toMatchObject({ baselineStartDate: null, finishVariance: null });
  });

  it('rolls progress up to WBS summaries, weighted by duration', () => {
    const p = chain(LATE_A, { ...B_40, parentId: 's' }, { parentId: 's' });
    const s = schedule({ ...p, tasks: [...p.tasks, task('s', 0)] });
    const sum = s.tasks.find((t) => t.id === 's')!;
    expect(sum).toMatchObject({ summary: true, progress: 'in-progress', percentComplete: 20, earlyStartDate: '2026-01-14' });
  });

  it('never mutates its input', () => {
    const p = chain(LATE_A, B_40);
    const copy = structuredClone(p);
    schedule(p, { statusDate: '2026-01-23' });
    expect(p).toEqual(copy);
  });

  it('refuses an actual finish before the actual start, and a malformed status date or progress field', () => {
    expect(() => schedule(chain({ actualStart: '2026-01-09', actualFinish: '2026-01-05' }))).toThrow(/schedule: task "a": actualFinish 2026-01-05 is before actualStart 2026-01-09/);
    expect(() => schedule(chain(), { statusDate: '2026-13-01' })).toThrow(PmoError);
    expect(() => schedule(chain({ percentComplete: 120 }))).toThrow(/percentComplete must be a number from 0 to 100/);
    expect(() => schedule(chain({ actualStart: 'soon' }))).toThrow(/actualStart must be an existing day/);
    expect(() => schedule(chain({}, { actualStart: '2026-01-05', remainingDuration: Infinity }))).toThrow(/task "b": remainingDuration must be a finite number >= 0, got Infinity/);
    expect(() => schedule(chain(), { progress: 'plan', statusDate: '2026-01-05' })).toThrow(/statusDate needs progress "forecast"/);
  });

  it('warns of actual dates after the status date and of percent complete without an actual start', () => {
    const s = schedule(chain(LATE_A, { percentComplete: 30 }), { statusDate: '2026-01-09' });
    expect(s.warnings.join('\n')).toMatch(/actual date after the status date \(a finished 2026-01-13\)/);
    expect(s.warnings.join('\n')).toMatch(/percent complete above 0 without an actual start \(b at 30 %\)/);
  });

  it('schedules a portfolio with progress and status date, each project against its own baseline', () => {
    const portfolio: Portfolio = {
      id: 'pf',
      name: 'PF',
      calendars: [],
      resources: [],
      pools: [],
      programs: [],
      projects: [chain(LATE_A, B_40), { ...chain(), id: 'q', name: 'Q' }],
      crossDependencies: [{ fromProject: 'p', from: 'c', toProject: 'q', to: 'a', type: 'FS', lag: 0 }],
      risks: [],
      statusReports: [],
      baselines: [
        { id: 'old', projectId: 'p', date: '2025-12-01', tasks: [{ taskId: 'c', start: '2026-01-19', finish: '2026-01-23' }] },
        { id: 'later', projectId: 'p', date: '2026-02-01', tasks: [{ taskId: 'c', start: '2026-01-26', finish: '2026-01-30' }] },
      ],
    };
    const s = schedulePortfolio(portfolio, { statusDate: '2026-01-23' });
    expect(s.statusDate).toBe('2026-01-23');
    // The baseline approved by the status date counts.
    expect(s.projects.map((p) => [p.id, p.finishDate, p.baselineId, p.finishVariance])).toEqual([
      ['p', '2026-02-04', 'old', 8],
      ['q', '2026-02-25', null, null],
    ]);
    expect(s.tasks.find((t) => t.key === 'q/a')!.earlyStartDate).toBe('2026-02-05');
    // Without a status date the latest baseline counts.
    expect(schedulePortfolio(portfolio).projects[0]!.baselineId).toBe('later');
  });

  it('gives the same dates on the multi-calendar path', () => {
    const cal = { id: 'seven', name: 'Every day', workingDays: [1, 2, 3, 4, 5, 6, 7], holidays: [], exceptions: [] };
    const p = chain(LATE_A, { ...B_40, calendarId: 'seven' });
    const s = schedule(p, { calendars: [cal] as never, statusDate: '2026-01-16' });
    // b worked 14 and 15 January (2 of 5 days); its 3 remaining days run on Saturday to Monday after the status date.
    expect(dates(s)).toEqual({ a: '2026-01-05..2026-01-13', b: '2026-01-14..2026-01-19', c: '2026-01-20..2026-01-26' });
  });
});

describe('schedule with progress: properties', () => {
  const day = (n: number): string => isoFromDayNumber(dayNumber('2026-01-05')! + n);
  /** A random project: tasks in topological order, FS links forward, each task not started, in progress or complete. */
  const projectArb = fc
    .record({
      durations: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 12 }),
      links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
      states: fc.array(fc.record({ kind: fc.constantFrom('none', 'none', 'started', 'done'), start: fc.integer({ min: 0, max: 30 }), len: fc.integer({ min: 0, max: 10 }), pc: fc.integer({ min: 0, max: 99 }) }), {
        minLength: 12,
        maxLength: 12,
      }),
      status: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    })
    .map(({ durations, links, states, status }) => {
      const n = durations.length;
      const tasks = durations.map((d, i) => {
        const s = states[i]!;
        const extra: Partial<Task> =
          s.kind === 'done'
            ? { actualStart: day(s.start), actualFinish: day(s.start + s.len), percentComplete: 100 }
            : s.kind === 'started'
              ? { actualStart: day(s.start), percentComplete: s.pc }
              : {};
        return task(`t${i}`, d, extra);
      });
      const seen = new Set<string>();
      const dependencies = links
        .map(([a, b]) => [a % n, b % n] as const)
        .filter(([a, b]) => a < b && !seen.has(`${a}-${b}`) && seen.add(`${a}-${b}`))
        .map(([a, b]) => ({ from: `t${a}`, to: `t${b}`, type: 'FS' as const, lag: 0 }));
      const project: Project = { id: 'p', name: 'P', start: '2026-01-05', tasks, dependencies };
      return { project, statusDate: status === undefined ? undefined : day(status) };
    });

  it('complete tasks sit at their actual dates and are never critical; started tasks at their actual start; work left after the status date; links hold for tasks not started', () => {
    fc.assert(
      fc.property(projectArb, ({ project, statusDate }) => {
        const s = schedule(project, statusDate === undefined ? {} : { statusDate });
        const byId = new Map(s.tasks.map((t) => [t.id, t]));
        const tracked = statusDate !== undefined || project.tasks.some((t) => t.actualStart !== undefined || (t.percentComplete ?? 0) > 0);
        if (!tracked) {
          expect(s.tasks.every((t) => t.progress === undefined)).toBe(true);
          return;
        }
        for (const t of project.tasks) {
          const r = byId.get(t.id)!;
          if (t.actualFinish !== undefined) {
            expect([r.earlyStartDate, r.earlyFinishDate, r.lateStartDate, r.lateFinishDate, r.critical, r.nearCritical, r.totalFloat]).toEqual([t.actualStart, t.actualFinish, t.actualStart, t.actualFinish, false, false, 0]);
          } else if (t.actualStart !== undefined) {
            expect([r.progress, r.earlyStartDate, r.lateStartDate]).toEqual(['in-progress', t.actualStart, t.actualStart]);
            if (statusDate !== undefined) expect(r.earlyFinishDate > statusDate).toBe(true);
          } else {
            expect(r.progress).toBe('not-started');
            if (statusDate !== undefined) expect(r.earlyStartDate > statusDate).toBe(true);
          }
        }
        for (const d of project.dependencies) {
          const to = byId.get(d.to)!;
          if (to.progress === 'not-started') expect(to.earlyStart).toBeGreaterThanOrEqual(byId.get(d.from)!.earlyFinish - 1e-9);
        }
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('without progress and status date, the same result as the plan', () => {
    fc.assert(
      fc.property(projectArb, ({ project }) => {
        const plain: Project = { ...project, tasks: project.tasks.map(({ actualStart: _a, actualFinish: _f, percentComplete: _p, ...t }) => t) };
        expect(schedule(plain)).toEqual(schedule(project, { progress: 'plan' }));
        expect(schedule(plain)).toEqual(schedule(plain, { progress: 'plan' }));
      }),
      { numRuns: 100, seed: 13 },
    );
  });
});

describe('hostile baselines found by the fuzz suite (after the merge of main)', () => {
  const hostileSample = (): Portfolio => parsePortfolio(JSON.parse(readFileSync(new URL('../../examples/data/sample-portfolio.json', import.meta.url), 'utf8')));
  it('baselines that are not lists of dated objects are a PmoError, not a TypeError or a stack overflow', () => {
    const pf = hostileSample();
    let deep: unknown = {};
    for (let i = 0; i < 2000; i++) deep = { x: deep };
    let deepArray: unknown = [];
    for (let i = 0; i < 20_000; i++) deepArray = [deepArray];
    const b0 = pf.baselines[0]!;
    const cases: [unknown, RegExp][] = [
      [{ ...b0, tasks: deep }, /baselines\[0\]\.tasks must be an array/],
      [{ ...b0, tasks: [null] }, /baselines\[0\]\.tasks\[0\] must be an object/],
      [{ ...b0, tasks: [{ ...b0.tasks[0], start: deepArray }] }, /baselines\[0\]\.tasks\[0\]\.start must be a date/],
      [{ ...b0, date: deepArray }, /baselines\[0\]\.date must be a date/],
    ];
    for (const [b, message] of cases) {
      const broken = { ...pf, baselines: [b, ...pf.baselines.slice(1)] };
      expect(() => schedulePortfolio(broken as never), String(message)).toThrow(message);
    }
    expect(() => schedulePortfolio(pf)).not.toThrow();
  });
});
