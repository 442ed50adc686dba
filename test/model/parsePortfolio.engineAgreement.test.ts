/**
 * Validation agrees with the schedule engine: a file that validates schedules, and a dependency
 * cycle is reported by `safeParsePortfolio` / `safeParseProject` exactly when `schedulePortfolio` /
 * `schedule` throw a CycleError. Random portfolios with links of every type, WBS summaries (links
 * and constraints on them) and cross-project links.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CycleError, PmoError, type ValidationIssue } from '../../src/errors.js';
import type { PortfolioInput } from '../../src/model/portfolio.js';
import type { Project } from '../../src/model/project.js';
import { safeParsePortfolio, safeParseProject } from '../../src/model/parse.js';
import { schedule, schedulePortfolio } from '../../src/schedule/index.js';

const TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
const CONSTRAINTS = ['ASAP', 'ALAP', 'SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO'] as const;

interface Gen {
  /** Allow links between a summary and its own subtask, and summary constraints the engine refuses. */
  readonly wild: boolean;
}

/** Task i of a project: its parent (an earlier task, so the WBS is a forest), duration, constraint. */
const taskArb = (i: number, wild: boolean) =>
  fc.record({
    parent: i === 0 ? fc.constant(-1) : fc.oneof(fc.constant(-1), fc.constant(-1), fc.integer({ min: 0, max: i - 1 })),
    duration: fc.integer({ min: 0, max: 6 }).map((x) => x / 2),
    constraint: fc.option(fc.record({ type: fc.constantFrom(...(wild ? CONSTRAINTS : (['ASAP', 'SNET', 'FNLT'] as const))), day: fc.integer({ min: 0, max: 40 }) }), {
      freq: 4,
    }),
  });

/** A link a -> b; rarely a task to itself. */
const linkArb = (n: number) =>
  fc.record({
    a: fc.integer({ min: 0, max: n - 1 }),
    step: n === 1 ? fc.constant(0) : fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: n - 1 }), weight: 20 }),
    type: fc.constantFrom(...TYPES),
    lag: fc.integer({ min: -4, max: 4 }),
  }).map(({ a, step, type, lag }) => ({ a, b: (a + step) % n, type, lag }));

const projectArb = (pid: string, wild: boolean) =>
  fc.integer({ min: 1, max: 7 }).chain((n) =>
    fc.record({
      id: fc.constant(pid),
      tasks: fc.tuple(...Array.from({ length: n }, (_, i) => taskArb(i, wild))),
      links: fc.array(linkArb(n), { maxLength: n }),
      start: fc.integer({ min: 0, max: 10 }),
    }),
  );

const iso = (day: number): string => new Date(Date.UTC(2026, 0, 5 + day)).toISOString().slice(0, 10);

/** A generated project before it is written as input. */
interface RawProject {
  readonly id: string;
  readonly tasks: readonly { readonly parent: number; readonly duration: number; readonly constraint: { readonly type: string; readonly day: number } | null }[];
  readonly links: readonly { readonly a: number; readonly b: number; readonly type: string; readonly lag: number }[];
  readonly start: number;
}

/** Whether task a is an ancestor of task b (parents are earlier tasks). */
function ancestor(p: RawProject, a: number, b: number): boolean {
  for (let x = p.tasks[b]!.parent; x >= 0; x = p.tasks[x]!.parent) if (x === a) return true;
  return false;
}
const isSummary = (p: RawProject, i: number): boolean => p.tasks.some((t) => t.parent === i);

function toProject(p: RawProject, gen: Gen): Project {
  const tid = (i: number): string => `t${i}`;
  return {
    id: p.id,
    name: p.id,
    start: iso(p.start),
    tasks: p.tasks.map((t, i) => {
      const summary = isSummary(p, i);
      const c = t.constraint;
      const allowed = c !== null && (gen.wild || !summary || c.type === 'ASAP' || c.type === 'SNET' || c.type === 'FNLT');
      return {
        id: tid(i),
        name: tid(i),
        duration: t.duration,
        milestone: false,
        demands: [],
        ...(t.parent >= 0 ? { parentId: tid(t.parent) } : {}),
        ...(allowed ? { constraint: c.type === 'ASAP' || c.type === 'ALAP' ? { type: c.type } : { type: c.type as 'SNET', date: iso(c.day) } } : {}),
      };
    }),
    dependencies: p.links
      .filter((l) => gen.wild || !((isSummary(p, l.a) || isSummary(p, l.b)) && (ancestor(p, l.a, l.b) || ancestor(p, l.b, l.a))))
      .map((l) => ({ from: tid(l.a), to: tid(l.b), type: l.type as 'FS', lag: l.lag }))
      // (validation also rejects a link written twice, which the engine accepts: kept out here)
      .filter((d, i, all) => all.findIndex((x) => x.from === d.from && x.to === d.to && x.type === d.type) === i),
  };
}

const portfolioArb = (gen: Gen) =>
  fc
    .integer({ min: 1, max: 3 })
    .chain((k) =>
      fc.record({
        projects: fc.tuple(...Array.from({ length: k }, (_, i) => projectArb(`p${i}`, gen.wild))),
        cross: fc.array(fc.record({ pa: fc.nat(k - 1), a: fc.nat(6), pb: fc.nat(k - 1), b: fc.nat(6), type: fc.constantFrom(...TYPES), lag: fc.integer({ min: -3, max: 3 }) }), {
          maxLength: 4,
        }),
      }),
    )
    .map(({ projects, cross }): PortfolioInput => {
      const ps = (projects as RawProject[]).map((p) => toProject(p, gen));
      return {
        id: 'pf',
        name: 'Random',
        projects: ps,
        crossDependencies: cross
          .filter((x) => x.a < ps[x.pa]!.tasks.length && x.b < ps[x.pb]!.tasks.length)
          .filter((x) => gen.wild || x.pa !== x.pb || !wildLink(projects[x.pa] as RawProject, x.a, x.b))
          .map((x) => ({ fromProject: `p${x.pa}`, from: `t${x.a}`, toProject: `p${x.pb}`, to: `t${x.b}`, type: x.type, lag: x.lag }))
          .filter((d, i, all) => all.findIndex((x) => x.fromProject === d.fromProject && x.from === d.from && x.toProject === d.toProject && x.to === d.to) === i),
      };
    });

const wildLink = (p: RawProject, a: number, b: number): boolean => (isSummary(p, a) || isSummary(p, b)) && (ancestor(p, a, b) || ancestor(p, b, a));

/** A dependency cycle issue: `cycle` on a link, or a task that depends on itself. */
const isCycleIssue = (i: ValidationIssue): boolean =>
  i.code === 'self_dependency' || (i.code === 'cycle' && (i.path.includes('dependencies') || i.path.includes('crossDependencies')));

/** What the engine says: 'ok', 'cycle' or another PmoError's code. */
function engine(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (err) {
    if (err instanceof CycleError) return 'cycle';
    if (err instanceof PmoError) return err.code;
    throw err;
  }
}

describe('validation agrees with the schedule engine', () => {
  it('reports a dependency cycle exactly when schedulePortfolio throws a CycleError (property)', () => {
    fc.assert(
      fc.property(portfolioArb({ wild: false }), (input) => {
        const r = safeParsePortfolio(input);
        const verdict = engine(() => schedulePortfolio(r.success ? r.data : (input as never)));
        const issues = r.success ? [] : r.error.issues;
        expect(issues.some(isCycleIssue), JSON.stringify(issues)).toBe(verdict === 'cycle');
        expect(r.success).toBe(verdict === 'ok');
      }),
      { numRuns: 400 },
    );
  });

  it('reports a dependency cycle exactly when schedule throws a CycleError, for single projects (property)', () => {
    fc.assert(
      fc.property(projectArb('p', false), (raw) => {
        const input = toProject(raw as RawProject, { wild: false });
        const r = safeParseProject(input);
        const verdict = engine(() => schedule(r.success ? r.data : input));
        const issues = r.success ? [] : r.error.issues;
        expect(issues.some(isCycleIssue), JSON.stringify(issues)).toBe(verdict === 'cycle');
        expect(r.success).toBe(verdict === 'ok');
      }),
      { numRuns: 400 },
    );
  });

  it('passes exactly the portfolios the engine schedules, with summary links and constraints it refuses (property)', () => {
    fc.assert(
      fc.property(portfolioArb({ wild: true }), (input) => {
        const r = safeParsePortfolio(input);
        const verdict = engine(() => schedulePortfolio(input as never));
        const issues = r.success ? [] : r.error.issues;
        expect(r.success, JSON.stringify(issues)).toBe(verdict === 'ok');
        if (verdict === 'cycle') expect(issues.some(isCycleIssue)).toBe(true);
        if (verdict !== 'ok' && verdict !== 'cycle')
          expect(issues.map((i) => i.code)).toEqual(expect.arrayContaining([expect.stringMatching(/^summary_(constraint|link_to_subtask)$/)]));
        if (!issues.some((i) => i.code.startsWith('summary_'))) expect(issues.some(isCycleIssue)).toBe(verdict === 'cycle');
      }),
      { numRuns: 400 },
    );
  });
});
