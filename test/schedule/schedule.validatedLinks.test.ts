/**
 * Ids interned at validation (src/internal/resolvedLinks.ts): `schedule` and `schedulePortfolio`
 * of a validated project reuse the links validation resolved, and only while a check proves them
 * right. A caller who changes a parsed project gets the answer for the changed project, exactly
 * what an unvalidated copy of it gives.
 */
import { describe, expect, it } from 'vitest';
import { resolvedLinksOf } from '../../src/internal/resolvedLinks.js';
import { parsePortfolio, parseProject } from '../../src/model/parse.js';
import type { Project } from '../../src/model/project.js';
import { schedule, schedulePortfolio } from '../../src/schedule/index.js';
import { clone } from '../helpers.js';
import { portfolio, project } from './build.js';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

const RAW = project(
  [
    ['a', 3],
    ['b', 2],
    ['c', 4],
    ['d', 1],
    ['e', 5],
  ],
  [
    ['a', 'b'],
    ['b', 'c', 'SS', 1],
    ['c', 'd'],
    ['a', 'e', 'FF', 2],
    ['e', 'd'],
  ],
);

/** The result, or the error's code and message. */
function run(f: () => unknown): string {
  try {
    return JSON.stringify(f());
  } catch (err) {
    return `${(err as { code?: string }).code} ${(err as Error).message}`;
  }
}

/** `schedule` of the parsed project, changed by `change`, against `schedule` of a plain copy of it (never validated). */
function expectAsUnvalidated(change: (p: Mutable<Project>) => void): string {
  const parsed = parseProject(clone(RAW)) as Mutable<Project>;
  change(parsed);
  const plain = clone(parsed);
  expect(resolvedLinksOf(plain.tasks, plain.dependencies)).toBeUndefined();
  const got = run(() => schedule(parsed));
  expect(got).toBe(run(() => schedule(plain)));
  return got;
}

describe('links resolved at validation', () => {
  it('are remembered for the validated project and portfolio, not for their input', () => {
    const input = clone(RAW);
    const parsed = parseProject(input);
    expect(resolvedLinksOf(parsed.tasks, parsed.dependencies)).toBeDefined();
    expect(resolvedLinksOf(input.tasks, input.dependencies)).toBeUndefined();
    const pf = parsePortfolio(clone(portfolio([RAW, { ...RAW, id: 'q' }])));
    for (const p of pf.projects) expect(resolvedLinksOf(p.tasks, p.dependencies)).toBeDefined();
    expect(run(() => schedulePortfolio(pf))).toBe(run(() => schedulePortfolio(clone(pf))));
  });

  it('give the same schedule as the ordinary path', () => {
    const parsed = parseProject(clone(RAW));
    expect(run(() => schedule(parsed))).toBe(run(() => schedule(RAW)));
  });

  it("are not used for a link whose endpoint changed (a link's to, a link's from)", () => {
    const before = run(() => schedule(parseProject(clone(RAW))));
    expect(expectAsUnvalidated((p) => (p.dependencies![0]!.to = 'e'))).not.toBe(before);
    expect(expectAsUnvalidated((p) => (p.dependencies![4]!.from = 'b'))).not.toBe(before);
    expect(expectAsUnvalidated((p) => (p.dependencies![2] = { from: 'a', to: 'c', type: 'FS', lag: 0 }))).not.toBe(before);
    expect(expectAsUnvalidated((p) => (p.dependencies![1]!.to = 'nowhere'))).toMatch(/^UNKNOWN_ID schedule: dependencies\[1\] refers to unknown task "nowhere"/);
  });

  it('are not used when task ids changed: renamed, swapped, a task added or removed', () => {
    expect(expectAsUnvalidated((p) => (p.tasks[0]!.id = 'z'))).toMatch(/^UNKNOWN_ID .*unknown task "a"/);
    // Swapped ids: every link still names existing tasks, but not the ones validation resolved.
    const swapped = expectAsUnvalidated((p) => {
      p.tasks[1]!.id = 'e';
      p.tasks[4]!.id = 'b';
    });
    expect(JSON.parse(swapped).tasks.map((t: { id: string }) => t.id)).toEqual(['a', 'e', 'c', 'd', 'b']);
    expectAsUnvalidated((p) => p.tasks.push({ id: 'f', name: 'F', duration: 2, milestone: false, demands: [] }));
    expectAsUnvalidated((p) => p.tasks.unshift({ id: 'f', name: 'F', duration: 2, milestone: false, demands: [] }));
    expect(expectAsUnvalidated((p) => p.tasks.splice(3, 1))).toMatch(/^UNKNOWN_ID .*unknown task "d"/);
    expect(expectAsUnvalidated((p) => (p.tasks[2]!.id = 'a'))).toMatch(/^INVALID_ARGUMENT schedule: duplicate task id "a"/);
  });

  it('follow the other changes: links added or removed, types, lags, durations', () => {
    expectAsUnvalidated((p) => p.dependencies!.push({ from: 'd', to: 'a', type: 'FS', lag: 0 })); // a cycle
    expectAsUnvalidated((p) => p.dependencies!.pop());
    expectAsUnvalidated((p) => {
      p.dependencies![3]!.type = 'SF';
      p.dependencies![0]!.lag = -4;
      p.tasks[2]!.duration = 9;
    });
    expectAsUnvalidated((p) => ((p.dependencies![1] as { type: unknown }).type = 'XX'));
  });
});
