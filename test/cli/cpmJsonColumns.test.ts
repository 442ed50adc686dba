/**
 * `pmo cpm --json` written from a schedule's columns (issue 17): byte for byte
 * `JSON.stringify(cpmJson(s), null, 2)` of the task objects, on random schedules the engine made
 * (one project or several, WBS summaries, milestones, calendars, unicode ids, progress), and
 * without ever reading `result.tasks` (so without building the task objects).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpmJson, type CpmJsonOptions, type CpmRunResult } from '../../src/cli/output/cpmJson.js';
import { ByteChunks } from '../../src/cli/output/byteChunks.js';
import { cpmJsonChunks } from '../../src/cli/output/cpmJsonChunks.js';
import { writeTaskColumns } from '../../src/cli/output/cpmJsonColumns.js';
import { unbuiltColumns } from '../../src/cli/output/unbuiltColumns.js';
import { PmoError } from '../../src/errors.js';
import { parsePortfolio } from '../../src/model/parse.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import type { Project } from '../../src/model/project.js';
import type { DependencyType, Task } from '../../src/model/task.js';
import { schedule, schedulePortfolio } from '../../src/schedule/index.js';
import { ROOT } from '../helpers.js';
import { runCli } from './run.js';
import { tmpFile } from './fixtures.js';

const expected = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The answer cpmJsonChunks writes, in small chunks. */
function written(s: CpmRunResult, o: CpmJsonOptions): string {
  const out: string[] = [];
  cpmJsonChunks(s, o, (c) => out.push(c));
  return out.join('');
}

/** The answer cpmJsonChunks writes with a byte sink (the tasks from the columns as bytes, the rest as text), as UTF-8. */
function writtenBytes(s: CpmRunResult, o: CpmJsonOptions): Buffer {
  const out: Buffer[] = [];
  cpmJsonChunks(
    s,
    o,
    (c) => out.push(Buffer.from(c, 'utf8')),
    (b, n) => out.push(Buffer.from(b.subarray(0, n))), // copied: the buffer is reused
  );
  return Buffer.concat(out);
}

/** The `tasks` array written from the columns of an unbuilt result in chunks of a byte or so (every task flushes). */
function tasksInTinyChunks(s: CpmRunResult, o: CpmJsonOptions): Buffer {
  const out: Buffer[] = [];
  const bytes = new ByteChunks((b, n) => out.push(Buffer.from(b.subarray(0, n))), 1);
  bytes.end(writeTaskColumns(bytes, 0, unbuiltColumns(s)!, !('portfolioId' in s), o));
  return Buffer.concat(out);
}

/** Whether the result's task objects are still unbuilt (its `tasks` an accessor). */
const unbuilt = (s: object): boolean => Object.getOwnPropertyDescriptor(s, 'tasks')?.get !== undefined;

/** Makes reading `s.tasks` throw: a writer that reads it fails. */
function forbidTasks<T extends object>(s: T): T {
  Object.defineProperty(s, 'tasks', {
    enumerable: true,
    configurable: true,
    get() {
      throw new Error('result.tasks was read');
    },
  });
  return s;
}

const ID = fc.constantFrom('a', 'b', 'é', '日本', 'a/b', 'a%2F', 'q"x', 'x\\y', 'l\u2028s', '🚀', '\ud800', 'n\u0000', 'sp ace');
const TYPES: DependencyType[] = ['FS', 'SS', 'FF', 'SF'];

/** A calendar with holidays, and one with a six-day week. */
const CALENDARS = [
  { id: 'hol', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-01-07', '2026-01-12', '2026-01-19'], exceptions: [], hoursPerDay: 8 },
  { id: 'six', workingDays: [1, 2, 3, 4, 5, 6], holidays: [], exceptions: [], hoursPerDay: 8 },
];

interface Shape {
  readonly n: number;
  readonly durations: number[];
  readonly milestones: boolean[];
  readonly parents: (number | null)[];
  readonly calendars: (string | null)[];
  readonly links: { from: number; to: number; type: DependencyType; lag: number }[];
  readonly progress: (0 | 1 | 2)[];
}

/** A random project shape of up to 9 tasks: links only forward, parents only earlier tasks. */
const shape: fc.Arbitrary<Shape> = fc.integer({ min: 0, max: 9 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    durations: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
    milestones: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    parents: fc.array(fc.option(fc.nat(), { freq: 3 }), { minLength: n, maxLength: n }),
    calendars: fc.array(fc.option(fc.constantFrom('hol', 'six'), { freq: 2 }), { minLength: n, maxLength: n }),
    links: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), type: fc.constantFrom(...TYPES), lag: fc.integer({ min: -2, max: 3 }) }), { maxLength: 2 * n }),
    progress: fc.array(fc.constantFrom<0 | 1 | 2>(0, 0, 1, 2), { minLength: n, maxLength: n }),
  }),
);

/** A project of a shape: unique ids from the pool (numbered), summaries where a task is a parent. */
function projectOf(pid: string, s: Shape, ids: string[], calendarId: string | null, withProgress: boolean): Project {
  const parent = s.parents.map((p, i) => (p === null || i === 0 ? null : p % i));
  const isParent = new Set(parent.filter((p): p is number => p !== null));
  const tasks: Task[] = ids.map((id, i) => ({
    id,
    name: `${id} ${i}`,
    duration: s.durations[i]!,
    milestone: s.milestones[i]! && !isParent.has(i),
    demands: [],
    ...(parent[i] !== null ? { parentId: ids[parent[i]!]! } : {}),
    ...(s.calendars[i] !== null ? { calendarId: s.calendars[i]! } : {}),
    ...(withProgress && !isParent.has(i) && s.progress[i] === 1 ? { actualStart: '2026-01-05', percentComplete: 50 } : {}),
    ...(withProgress && !isParent.has(i) && s.progress[i] === 2 ? { actualStart: '2026-01-05', actualFinish: '2026-01-09', percentComplete: 100 } : {}),
  }));
  // links between leaves, forward only (no cycle; a link to a summary's own child is refused)
  const leaf = (i: number): boolean => !isParent.has(i);
  const dependencies = s.n < 2 ? [] : s.links.map((l) => ({ ...l, from: l.from % s.n, to: l.to % s.n })).filter((l) => l.from < l.to && leaf(l.from) && leaf(l.to));
  const seen = new Set<string>();
  return {
    id: pid,
    name: `Project ${pid}`,
    start: '2026-01-05',
    ...(calendarId !== null ? { calendarId } : {}),
    tasks,
    dependencies: dependencies
      .filter((l) => !seen.has(`${l.from},${l.to}`) && seen.add(`${l.from},${l.to}`))
      .map((l) => ({ from: ids[l.from]!, to: ids[l.to]!, type: l.type, lag: l.lag })),
  };
}

/** Unique ids of n tasks from the pool. */
const idsOf = (pool: string[], n: number): string[] => Array.from({ length: n }, (_, i) => `${pool[i % pool.length]!}${i}`);

const portfolioArb = fc.record({
  shapes: fc.array(shape, { minLength: 1, maxLength: 3 }),
  pools: fc.array(fc.array(ID, { minLength: 1, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
  projectIds: fc.constantFrom(['p', 'q', 'r'], ['é/1', 'p"2', '🚀'], ['a%', 'a/b', 'a%2Fb']),
  calendar: fc.option(fc.constantFrom('hol', 'six')),
  cross: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), i: fc.nat(), j: fc.nat(), type: fc.constantFrom(...TYPES), lag: fc.integer({ min: -1, max: 2 }) }), { maxLength: 3 }),
  statusDate: fc.constantFrom<string | null>(null, null, null, '2026-01-06', '2026-01-14'),
  periods: fc.boolean(),
  job: fc.boolean(),
});

/** A random case: projects, cross links, status date and options. */
type Case = typeof portfolioArb extends fc.Arbitrary<infer T> ? T : never;

/** The portfolio of a case: projects, cross links from an earlier project's leaf to a later one's. */
function build(c: Case): Portfolio {
  const withProgress = c.statusDate !== null;
  const projects = c.shapes.map((s, k) => projectOf(c.projectIds[k]!, s, idsOf(c.pools[k]!, s.n), k === 0 ? c.calendar : null, withProgress));
  const leaves = projects.map((p) => p.tasks.filter((t) => !projects.some((q) => q.tasks.some((u) => u.parentId === t.id))).map((t) => t.id));
  const seen = new Set<string>();
  const crossDependencies = c.cross.flatMap(({ a, b, i, j, type, lag }) => {
    const from = a % projects.length;
    const to = b % projects.length;
    if (from >= to || leaves[from]!.length === 0 || leaves[to]!.length === 0) return [];
    const f = leaves[from]![i % leaves[from]!.length]!;
    const t = leaves[to]![j % leaves[to]!.length]!;
    const key = JSON.stringify([from, f, to, t]);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ fromProject: projects[from]!.id, from: f, toProject: projects[to]!.id, to: t, type, lag }];
  });
  return { id: 'pf', name: 'PF', calendars: CALENDARS, resources: [], pools: [], programs: [], risks: [], statusReports: [], baselines: [], projects, crossDependencies };
}

/** Schedules the portfolio as `pmo cpm` does: one project alone, several together. */
function run(pf: Portfolio, statusDate: string | null): CpmRunResult {
  const opts = statusDate !== null ? { statusDate } : {};
  if (pf.projects.length === 1) return schedule(pf.projects[0]!, { calendars: pf.calendars, baselines: pf.baselines, ...opts });
  return schedulePortfolio(pf, opts);
}

describe('cpmJsonChunks on schedules the engine made', () => {
  it('writes JSON.stringify(cpmJson(s), null, 2) and a newline, reading the columns, never the task objects (fast-check, seeded)', () => {
    let count = 0;
    let fromColumns = 0;
    let several = 0;
    let withProgress = 0;
    let unusual = 0;
    fc.assert(
      fc.property(portfolioArb, (c) => {
        const pf = build(c);
        let s: CpmRunResult;
        try {
          s = run(pf, c.statusDate);
        } catch (e) {
          // a random network the engine refuses (e.g. a link into a summary's own task): skip it
          if (e instanceof PmoError) return;
          throw e;
        }
        const o: CpmJsonOptions = c.job ? { periods: c.periods, taskName: (t) => `job ${t.id}` } : { periods: c.periods };
        const lazy = unbuilt(s);
        const text = written(s, o);
        expect(unbuilt(s)).toBe(lazy); // writing did not build the task objects
        const want = expected(cpmJson(run(pf, c.statusDate), o));
        expect(text).toBe(want);
        // the byte path: ASCII ids and names byte by byte, the others (unicode, escapes) through qs
        expect(writtenBytes(run(pf, c.statusDate), o).equals(Buffer.from(want, 'utf8'))).toBe(true);
        if (lazy) {
          const tasks = JSON.stringify(cpmJson(run(pf, c.statusDate), o).tasks, null, 2).replaceAll('\n', '\n  ');
          expect(tasksInTinyChunks(run(pf, c.statusDate), o).toString('utf8')).toBe(tasks);
          if (pf.projects.some((p) => p.tasks.some((t) => !/^[ -~]*$/.test(t.id) || /["\\]/.test(t.id)))) unusual++;
        }
        count++;
        if (lazy) fromColumns++;
        if (pf.projects.length > 1) several++;
        if (s.statusDate !== undefined) withProgress++;
      }),
      { seed: 1707, numRuns: 400 },
    );
    // the cases cover what they claim to
    expect(count).toBeGreaterThan(300);
    expect(fromColumns).toBeGreaterThan(100);
    expect(several).toBeGreaterThan(100);
    expect(withProgress).toBeGreaterThan(50);
    expect(unusual).toBeGreaterThan(50); // written from the columns with non-ASCII or escaped ids
  });

  it('never reads result.tasks of an unbuilt result: the same answer when reading it throws', () => {
    // the sample portfolio without its progress (a progress result is written from its objects)
    const raw = JSON.parse(readFileSync(`${ROOT}examples/data/sample-portfolio.json`, 'utf8')) as { projects: Record<string, unknown>[] };
    const PROGRESS = ['statusDate', 'actualStart', 'actualFinish', 'percentComplete', 'remainingDuration', 'resume', 'actualCost'];
    const strip = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([k]) => !PROGRESS.includes(k)));
    const sample = parsePortfolio({ ...raw, projects: raw.projects.map((p) => ({ ...strip(p), tasks: (p.tasks as Record<string, unknown>[]).map(strip) })) });
    const cases: [string, () => CpmRunResult][] = [
      ['the sample portfolio', () => schedulePortfolio(sample)],
      ['one project of it', () => schedule(sample.projects[0]!, { calendars: sample.calendars })],
      ['an empty project', () => schedule({ id: 'e', name: 'E', start: '2026-01-05', tasks: [], dependencies: [] })],
    ];
    for (const [what, make] of cases)
      for (const o of [{ periods: false }, { periods: true, taskName: (t: { id: string }) => `job ${t.id}` }]) {
        const s = make();
        expect(unbuilt(s), what).toBe(true);
        expect(written(forbidTasks(s), o), what).toBe(expected(cpmJson(make(), o)));
        expect(writtenBytes(forbidTasks(make()), o).equals(Buffer.from(expected(cpmJson(make(), o)), 'utf8')), what).toBe(true);
      }
  });
});

describe('pmo cpm --fail-on late (counted from the columns)', () => {
  // b must finish by 2026-01-07 but a (5 days) comes first: b is late, and c after it.
  const late = {
    id: 'pf',
    name: 'PF',
    projects: [
      {
        id: 'p/1',
        name: 'P',
        start: '2026-01-05',
        tasks: [
          { id: 'a', name: 'A', duration: 5 },
          { id: 'b', name: 'B', duration: 2, constraint: { type: 'FNLT', date: '2026-01-07' } },
          { id: 'c', name: 'C', duration: 1 },
        ],
        dependencies: [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'c' },
        ],
      },
      { id: 'q', name: 'Q', start: '2026-01-05', tasks: [{ id: 'x', name: 'X', duration: 1 }] },
    ],
  };
  const file = tmpFile('late-portfolio.json', late);

  it.each([
    [[], 'p%2F1/a'],
    [['--project', 'p/1'], 'p%2F1/a'],
    [['--status-date', '2026-01-05'], 'p%2F1/a'],
  ])('exits 1 naming the count and the first late task (%j)', (extra, first) => {
    const r = runCli(['cpm', file, '--json', '--fail-on', 'late', ...extra]);
    expect(r.code).toBe(1);
    const tasks = (JSON.parse(r.stdout) as { tasks: { key: string; totalFloat: number }[] }).tasks.filter((t) => t.totalFloat < 0);
    expect(tasks[0]!.key).toBe(first);
    expect(r.stderr).toContain(`pmo cpm: --fail-on late: ${tasks.length} task(s) with negative total float, e.g. ${first}`);
  });

  it('exits 0 when no task is late', () => {
    expect(runCli(['cpm', file, '--project', 'q', '--json', '--fail-on', 'late']).code).toBe(0);
  });
});
