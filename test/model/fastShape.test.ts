/**
 * The fast path of the shape check (src/model/fastShape.ts) gives exactly zod's output (same
 * values, same keys in the same order, -0 kept) whenever it answers, and answers only for input
 * zod accepts: checked on valid portfolios and projects and on one to three random changes of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastShape } from '../../src/model/fastShape.js';
import { PortfolioSchema } from '../../src/model/portfolio.js';
import { ProjectSchema } from '../../src/model/project.js';
import { parsePortfolio, safeParsePortfolio } from '../../src/model/parse.js';
import { minimalPortfolio } from '../fixtures/portfolios.js';
import { SAMPLE_RAW } from '../fuzz/inputs.js';
import { mutate, mutationsArb } from '../fuzz/support.js';

/** JSON with -0 and undefined told apart and key order kept. */
const exact = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => (Object.is(x, -0) ? '[-0]' : x === undefined ? '[undefined]' : typeof x === 'bigint' ? `${x}n` : x));

function agree(schema: typeof PortfolioSchema | typeof ProjectSchema, mode: 'portfolio' | 'project', input: unknown): boolean {
  const fast = fastShape(schema, mode, input);
  if (fast === undefined) return false;
  const slow = schema.safeParse(input);
  expect(slow.success, 'the fast path accepted what zod rejects').toBe(true);
  expect(exact(fast.data)).toBe(exact(slow.data));
  // For an input the caller owns: the same output, and the input unchanged.
  const owned = structuredClone(input);
  const before = exact(owned);
  expect(exact(fastShape(schema, mode, owned, true)?.data)).toBe(exact(slow.data));
  expect(exact(owned)).toBe(before);
  return true;
}

describe('fastShape', () => {
  it('gives zod output on the sample portfolio, the minimal fixture and their projects', () => {
    expect(agree(PortfolioSchema, 'portfolio', SAMPLE_RAW)).toBe(true);
    expect(agree(PortfolioSchema, 'portfolio', minimalPortfolio())).toBe(true);
    for (const p of (SAMPLE_RAW as { projects: unknown[] }).projects) expect(agree(ProjectSchema, 'project', p)).toBe(true);
  });

  it('gives zod output, or no answer, on random changes of valid input', () => {
    let answered = 0;
    fc.assert(
      fc.property(mutationsArb(3), fc.boolean(), (ms, whole) => {
        const base = whole ? structuredClone(SAMPLE_RAW) : structuredClone((SAMPLE_RAW as { projects: unknown[] }).projects[1]);
        const input = mutate(base, ms);
        if (agree(whole ? PortfolioSchema : ProjectSchema, whole ? 'portfolio' : 'project', input)) answered++;
      }),
      { numRuns: 300 },
    );
    expect(answered).toBeGreaterThan(20);
  });

  it('tasks and dependencies of the common form and of any other form, with explicit defaults and -0', () => {
    const input = {
      id: 'p',
      name: 'P',
      start: '2026-01-05',
      tasks: [
        { id: 'a', name: 'A', duration: -0 },
        { duration: 2, id: 'b', name: 'B', milestone: true, parentId: 's', calendarId: 'c', demands: [] },
        { id: 's', name: 'S', duration: 0, budget: 10, demands: [{ skill: 'x', units: 1 }] },
      ],
      dependencies: [{ from: 'a', to: 'b' }, { to: 'b', from: 'a', type: 'SS', lag: -0 }, { from: 'a', to: 'b', type: 'FF', lag: 1, extensions: { k: 1 } }],
    };
    expect(agree(ProjectSchema, 'project', input)).toBe(true);
    expect(agree(PortfolioSchema, 'portfolio', { id: 'x', name: 'X', projects: [input, { ...input, id: 'q' }] })).toBe(true);
    // An explicit undefined goes through zod (which applies the default); an unknown key or an own __proto__ key makes zod reject the input.
    expect(agree(ProjectSchema, 'project', { ...input, tasks: [{ id: 'a', name: 'A', duration: 1, milestone: undefined }] })).toBe(true);
    expect(fastShape(ProjectSchema, 'project', { ...input, tasks: [{ id: 'a', name: 'A', duration: 1, colour: 'red' }] })).toBeUndefined();
    expect(fastShape(ProjectSchema, 'project', { ...input, tasks: [JSON.parse('{"id":"a","name":"A","duration":1,"__proto__":{"x":1}}')] })).toBeUndefined();
  });

  it('an owned input: the dependencies already as the output are its own objects, any other is copied', () => {
    const deps = [
      { from: 'a', to: 'b', type: 'FS', lag: 0 },
      { from: 'a', to: 'c', type: 'SS', lag: -0 },
      { from: 'b', to: 'c' },
      { to: 'c', from: 'a', type: 'FF', lag: 1 },
      { from: 'b', to: 'd', lag: 2, type: 'SF' },
    ];
    const tasks = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase(), duration: 1 }));
    const input = { id: 'x', name: 'X', projects: [{ id: 'p', name: 'P', start: '2026-01-05', tasks, dependencies: deps }] };
    const slow = PortfolioSchema.parse(structuredClone(input));
    const out = fastShape(PortfolioSchema, 'portfolio', input, true)!.data as typeof slow;
    expect(exact(out)).toBe(exact(slow));
    const got = out.projects[0]!.dependencies;
    expect(got.map((d, i) => d === deps[i])).toEqual([true, true, false, false, false]);
    expect(got).not.toBe(deps);
    // Every dependency already as the output: the input's own array is the output's.
    const same = deps.slice(0, 2);
    const alone = { ...input, projects: [{ ...input.projects[0]!, dependencies: same }] };
    expect((fastShape(PortfolioSchema, 'portfolio', alone, true)!.data as typeof slow).projects[0]!.dependencies).toBe(same);
    // The public path shares nothing with its input (not even an empty list).
    expect(safeParsePortfolio(input).data!.projects[0]!.dependencies.some((d, i) => d === deps[i])).toBe(false);
    const empty: unknown[] = [];
    expect(safeParsePortfolio({ ...input, projects: [{ ...input.projects[0]!, dependencies: empty }] }).data!.projects[0]!.dependencies).not.toBe(empty);
  });

  it('safeParsePortfolio reports the same issues as before on invalid input', () => {
    const pf = structuredClone(SAMPLE_RAW) as { projects: { tasks: Record<string, unknown>[] }[] };
    pf.projects[0]!.tasks[3]!.duration = -1;
    const r = safeParsePortfolio(pf);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.code)).toContain('negative_duration');
    expect(parsePortfolio(SAMPLE_RAW)).toEqual(PortfolioSchema.parse(SAMPLE_RAW));
  });
});
