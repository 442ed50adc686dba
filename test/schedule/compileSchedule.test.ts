import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMspdiDetails } from '../../src/io/index.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import type { Project } from '../../src/model/project.js';
import type { Calendar } from '../../src/model/calendar.js';
import type { Task } from '../../src/model/task.js';
import { compileSchedule, schedule, schedulePortfolio, type CompiledSchedule } from '../../src/schedule/index.js';
import { CycleError, PmoError } from '../../src/errors.js';
import { lcg, randomPortfolio, SHAPE_FIELDS } from './randomPortfolio.js';
import { expectSame } from './compiledChecks.js';

const sample = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/data/sample-portfolio.json', import.meta.url)), 'utf8')) as Portfolio;
const MSPDI = fileURLToPath(new URL('../../../shared/data/mspdi/', import.meta.url));

/** A copy of the portfolio with task durations `d` (in task order, summaries kept). */
function withDurations(pf: Portfolio, d: Float64Array): Portfolio {
  let g = 0;
  return { ...pf, projects: pf.projects.map((p) => ({ ...p, tasks: p.tasks.map((t) => ({ ...t, duration: d[g++]! })) })) };
}

/** Seeded durations around the planned ones (halves, zeros included). */
function perturbed(net: CompiledSchedule, seed: number): Float64Array {
  const d = net.durations;
  let s = seed;
  for (let g = 0; g < d.length; g++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    d[g] = Math.max(0, d[g]! + ((s >>> 16) % 9) / 2 - 2);
  }
  return d;
}

describe('compileSchedule: a run equals schedule() of the plan (progress ignored) with the same durations', () => {
  it('the sample portfolio (constraints, WBS, calendars, cross-project links), planned and perturbed', () => {
    for (const lateFinish of ['portfolio', 'project'] as const) {
      const net = compileSchedule(sample, { lateFinish });
      const s = schedulePortfolio(sample, { lateFinish, progress: 'plan' });
      expectSame(net, net.durations, s.tasks, s.duration, s.projects);
      expect(net.finishDate(s.duration)).toBe(s.finishDate);
      for (let seed = 1; seed <= 5; seed++) {
        const d = perturbed(net, seed);
        const r = schedulePortfolio(withDurations(sample, d), { lateFinish, progress: 'plan' });
        expectSame(net, d, r.tasks, r.duration, r.projects);
        expect(net.finishDate(r.duration)).toBe(r.finishDate);
      }
    }
  });

  it('each project of the sample alone (task ids as names)', () => {
    for (const p of sample.projects) {
      const opts = { calendars: sample.calendars, defaultCalendarId: sample.defaultCalendarId! };
      const net = compileSchedule(p, opts);
      const plan = { ...opts, progress: 'plan' } as const;
      expect(net.taskKeys).toEqual(p.tasks.map((t) => t.id));
      const s = schedule(p, plan);
      expectSame(net, net.durations, s.tasks, s.duration);
      const d = perturbed(net, 7);
      const r = schedule({ ...p, tasks: p.tasks.map((t, i) => ({ ...t, duration: d[i]! })) }, plan);
      expectSame(net, d, r.tasks, r.duration);
    }
  });

  describe('MS Project files', () => {
    if (!existsSync(MSPDI)) {
      it.skip(`skipped: reference data not found at ${MSPDI} (see ../shared/data/README.md)`, () => {});
      return;
    }
    const files = readdirSync(MSPDI).filter((f) => f.endsWith('.xml'));
    it.each(files)('%s', (file) => {
      const doc = readMspdiDetails(readFileSync(join(MSPDI, file), 'utf8'));
      const project = doc.project;
      if (project.tasks.length === 0) return;
      const opts = { calendars: doc.portfolio.calendars, ...(doc.portfolio.defaultCalendarId !== undefined ? { defaultCalendarId: doc.portfolio.defaultCalendarId } : {}) };
      const net = compileSchedule(project, opts);
      const plan = { ...opts, progress: 'plan' } as const;
      const s = schedule(project, plan);
      expectSame(net, net.durations, s.tasks, s.duration);
      for (let seed = 1; seed <= 3; seed++) {
        const d = perturbed(net, seed);
        const r = schedule({ ...project, tasks: project.tasks.map((t, i) => ({ ...t, duration: d[i]! })) }, plan);
        expectSame(net, d, r.tasks, r.duration);
      }
    });
  });

  /** Random portfolios (randomPortfolio.ts) with a late-finish mode. */
  const portfolioArb = fc
    .record({
      ...SHAPE_FIELDS,
      lateFinish: fc.constantFrom('portfolio' as const, 'project' as const),
    })
    .map((shape) => ({ pf: randomPortfolio(shape, lcg(shape.seed)), lateFinish: shape.lateFinish, seed: shape.seed }));

  it('random portfolios: every link type, lags, constraints, calendars, WBS, late-finish modes', () => {
    fc.assert(
      fc.property(portfolioArb, ({ pf, lateFinish, seed }) => {
        const net = compileSchedule(pf, { lateFinish });
        const s = schedulePortfolio(pf, { lateFinish });
        expectSame(net, net.durations, s.tasks, s.duration, s.projects);
        const d = perturbed(net, seed);
        const r = schedulePortfolio(withDurations(pf, d), { lateFinish });
        expectSame(net, d, r.tasks, r.duration, r.projects);
      }),
      { numRuns: 150, seed: 14 },
    );
  });

  it('a run asked for critical flags only gives the flags of schedulePortfolio, for thresholds below, at and above 0', () => {
    fc.assert(
      fc.property(portfolioArb, fc.constantFrom(-0.5, -1e-10, 0, 0.25, 1), ({ pf, lateFinish, seed }, criticalThreshold) => {
        const net = compileSchedule(pf, { lateFinish, criticalThreshold });
        const d = perturbed(net, seed);
        const r = schedulePortfolio(withDurations(pf, d), { lateFinish, criticalThreshold });
        const critical = new Uint8Array(net.taskCount);
        expect(net.run(d, { critical })).toBe(r.duration);
        expect(Array.from(critical, (c) => c === 1)).toEqual(r.tasks.map((t) => t.critical));
      }),
      { numRuns: 150, seed: 15 },
    );
  });

  it('critical flags only, at the edges: a float within 1e-9 of 0 counts as 0, a float equal to the threshold is critical', () => {
    // b's float is d_a - d_b: about 9.5e-10 (a float the engine snaps to 0), or exactly 0.5.
    const p = (da: number, db: number): Project =>
      ({
        id: 'p',
        name: 'p',
        start: '2026-01-05',
        tasks: [
          { id: 'a', name: 'a', duration: da, milestone: false, demands: [] },
          { id: 'b', name: 'b', duration: db, milestone: false, demands: [] },
          { id: 'c', name: 'c', duration: 1, milestone: false, demands: [] },
        ],
        dependencies: [
          { from: 'a', to: 'c', type: 'FS', lag: 0 },
          { from: 'b', to: 'c', type: 'FS', lag: 0 },
        ],
      }) as unknown as Project;
    const cases = [
      [1 + 9.5e-10, 1, -1e-10],
      [1 + 9.5e-10, 1, 0],
      [1, 0.5, 0.5 - 1e-9],
      [1, 0.5, 0.4],
    ] as const;
    for (const [da, db, criticalThreshold] of cases) {
      const net = compileSchedule(p(da, db), { criticalThreshold });
      const critical = new Uint8Array(3);
      net.run(net.durations, { critical });
      const want = schedule(p(da, db), { criticalThreshold }).tasks.map((t) => t.critical);
      expect(Array.from(critical, (c) => c === 1), `${da} ${db} ${criticalThreshold}`).toEqual(want);
    }
    // The edges are really exercised: b is critical in the first and third cases, not in the fourth.
    expect(cases.map(([da, db, criticalThreshold]) => schedule(p(da, db), { criticalThreshold }).tasks[1]!.critical)).toEqual([true, true, true, false]);
  });

  it('takes the fast path on one calendar without constraints, and it agrees with the general path', () => {
    const p: Project = {
      id: 'p',
      name: 'p',
      start: '2026-01-05',
      tasks: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, name: id, duration: i + 1, milestone: false, demands: [] })),
      dependencies: [
        { from: 'a', to: 'b', type: 'FS', lag: 0 },
        { from: 'a', to: 'c', type: 'SS', lag: 1 },
        { from: 'b', to: 'd', type: 'FF', lag: 0.5 },
        { from: 'c', to: 'd', type: 'SF', lag: 2 },
      ],
    } as unknown as Project;
    const net = compileSchedule(p);
    for (let k = 0; k < 20; k++) {
      const d = perturbed(net, k + 1);
      const r = schedule({ ...p, tasks: p.tasks.map((t, i) => ({ ...t, duration: d[i]! })) });
      expectSame(net, d, r.tasks, r.duration);
    }
  });
});

describe('compileSchedule: errors and purity', () => {
  const p = {
    id: 'p',
    name: 'p',
    start: '2026-01-05',
    tasks: [
      { id: 'a', name: 'a', duration: 2, milestone: false, demands: [] },
      { id: 'b', name: 'b', duration: 3, milestone: false, demands: [] },
    ],
    dependencies: [{ from: 'a', to: 'b', type: 'FS', lag: 0 }],
  } as unknown as Project;

  it('throws CycleError for a cycle and PmoError for bad input or durations', () => {
    expect(() => compileSchedule({ ...p, dependencies: [...p.dependencies!, { from: 'b', to: 'a', type: 'FS', lag: 0 }] } as Project)).toThrow(CycleError);
    expect(() => compileSchedule(null as never)).toThrow(PmoError);
    expect(() => compileSchedule({ ...p, tasks: [{ ...p.tasks[0]!, duration: -1 }] } as Project)).toThrow(/duration/);
    const net = compileSchedule(p);
    expect(() => net.run([1])).toThrow(/expected 2 durations/);
    expect(() => net.run([1, NaN])).toThrow(/duration of task "b"/);
  });

  it('does not mutate its input; durations is a fresh copy', () => {
    const before = JSON.stringify(p);
    const net = compileSchedule(p);
    const d = net.durations;
    d[0] = 10;
    expect(net.durations[0]).toBe(2);
    expect(net.run(d)).toBe(13);
    expect(net.finishDate(13)).toBe('2026-01-21');
    expect(JSON.stringify(p)).toBe(before);
  });
});

describe('compileSchedule: finishOffset', () => {
  it('is the largest offset whose finish date is on or before the date', () => {
    const net = compileSchedule(sample);
    for (const date of ['2026-01-13', '2026-03-14', '2026-05-30', '2026-12-27', '2027-01-04']) {
      const k = net.finishOffset(date);
      expect(net.finishDate(k) <= date).toBe(true);
      expect(net.finishDate(k + 0.5) > date).toBe(true);
    }
    expect(() => net.finishOffset('2026-13-01')).toThrow(PmoError);
  });
});

describe('compileSchedule: hostile input found by the fuzz suite (after the merge of main)', () => {
  it('a project id that is a deeply nested array is a PmoError, not a stack overflow', () => {
    let deep: unknown = [];
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const cal: Calendar = { id: 'std', workingDays: [1, 2, 3, 4, 5], holidays: [], exceptions: [], hoursPerDay: 8 };
    const task = { id: 'a', name: 'A', duration: 2 } as Task;
    // No calendar named anywhere: the message names the project whose calendar is missing.
    const pf = { id: 'pf', calendars: [cal], projects: [{ id: deep, name: 'P', start: '2026-01-05', tasks: [task], dependencies: [] }] };
    expect(() => compileSchedule(pf as never)).toThrow(PmoError);
    expect(() => compileSchedule(pf.projects[0] as never, { calendars: [cal] })).toThrow(PmoError);
  });
});

describe('compileSchedule run: hostile durations found by the fuzz suite (after the merge of main)', () => {
  it('a duration that is a deeply nested array is a PmoError, not a stack overflow', () => {
    let deep: unknown = [];
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const cal: Calendar = { id: 'std', workingDays: [1, 2, 3, 4, 5], holidays: [], exceptions: [], hoursPerDay: 8 };
    const tasks = [{ id: 'a', name: 'A', duration: 2 }, { id: 'b', name: 'B', duration: 3 }] as Task[];
    const net = compileSchedule({ id: 'p', name: 'P', start: '2026-01-05', calendarId: 'std', tasks, dependencies: [] } as never, { calendars: [cal] });
    expect(() => net.run([2, deep] as never)).toThrow(/duration of task .* must be a finite number >= 0, got an array/);
    expect(() => net.run(['2', 3] as never)).toThrow(PmoError);
  });
});
