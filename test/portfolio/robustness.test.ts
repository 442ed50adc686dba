/**
 * Robustness of pmo-kit/portfolio: malformed problems and portfolios (one to three random
 * mutations of valid ones: a value replaced by one of the wrong kind or out of range, a field
 * deleted, an element duplicated) give a PmoError or a result, never an internal crash, and are
 * never mutated.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { allocateResources, allocateResourcesSync, efficientFrontier, prioritizeProjects, selectProjects, strategicAlignment } from '../../src/portfolio/index.js';

const SAMPLE = JSON.parse(readFileSync(new URL('../../examples/data/sample-portfolio.json', import.meta.url), 'utf8')) as unknown;
const JUNK: readonly unknown[] = [undefined, null, Number.NaN, Infinity, -1, 0, 0.5, 1e9, '', 'x', '__proto__', '2026-02-30', true, {}, [], [null], { id: 'x' }];
type Key = string | number;

function paths(v: unknown, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
  else if (typeof v === 'object' && v !== null) for (const k of Object.keys(v)) paths((v as Record<string, unknown>)[k], [...prefix, k], out);
  return out;
}
const mutationArb = fc.record({ at: fc.nat(), op: fc.constantFrom('set' as const, 'delete' as const, 'dup' as const), junk: fc.nat() });
function mutate(v: unknown, ms: readonly { at: number; op: 'set' | 'delete' | 'dup'; junk: number }[]): unknown {
  let root = structuredClone(v);
  for (const m of ms) {
    const all = paths(root);
    const path = all[m.at % all.length]!;
    if (path.length === 0) {
      if (m.op === 'set') root = structuredClone(JUNK[m.junk % JUNK.length]);
      continue;
    }
    let parent = root as Record<Key, unknown>;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<Key, unknown>;
    const key = path[path.length - 1]!;
    if (m.op === 'set') parent[key] = structuredClone(JUNK[m.junk % JUNK.length]); // a copy: a later mutation must not alter JUNK
    else if (Array.isArray(parent)) {
      if (m.op === 'delete') parent.splice(key as number, 1);
      else parent.splice(key as number, 0, structuredClone(parent[key as number]));
    } else if (m.op === 'delete') delete parent[key];
    else parent[key] = structuredClone(parent[key]);
  }
  return root;
}
async function clean(name: string, f: () => unknown): Promise<void> {
  try {
    await f();
  } catch (err) {
    if (err instanceof PmoError) {
      expect(err.message.length, `${name}: empty message`).toBeGreaterThan(0);
      return;
    }
    throw new Error(`${name} crashed instead of a PmoError: ${err instanceof Error ? `${err.name}: ${err.message}\n${err.stack}` : String(err)}`);
  }
}

const ALLOCATION = {
  people: [
    { id: 'ana', capacity: 120, skills: { java: 4, sql: 2 }, costPerHour: 60, maxProjects: 1 },
    { id: 'bo', capacity: 40, skills: { sql: 3 } },
  ],
  demands: [
    { id: 'd1', projectId: 'crm', skill: 'java', minLevel: 3, hours: 80, valuePerHour: 150 },
    { id: 'd2', projectId: 'erp', skill: 'sql', hours: 60, valuePerHour: 90 },
  ],
  options: { maxProjectsPerPerson: 2, minChunk: 4, integerHours: true },
};
const SELECTION = {
  budget: [100, 80],
  periods: ['Y1', 'Y2'],
  capacity: { java: 300 },
  objectives: [{ id: 'g', weight: 2 }],
  projects: [
    { id: 'crm', cost: [60, 10], value: 90, demand: { java: 200 }, contributions: { g: 1 } },
    { id: 'app', cost: [30, 30], value: 50, demand: { java: 150 }, excludes: ['bi'] },
    { id: 'bi', cost: [40, 20], value: 45, requires: ['crm'], mandatory: true },
  ],
};
const PRIORITIZATION = {
  criteria: [{ id: 'v' }, { id: 'fit', measure: 'alignment' }, { id: 'n', measure: 'npv' }],
  pairwise: [
    [1, 3, 5],
    [1 / 3, 1, 3],
    [1 / 5, 1 / 3, 1],
  ],
  objectives: [{ id: 'g' }],
  discountRate: 0.1,
  projects: [
    { id: 'a', scores: { v: 1 }, contributions: { g: 2 }, cashFlows: [-10, 6, 6] },
    { id: 'b', scores: { v: 2 }, cashFlows: [-10, 2, 20] },
  ],
};

describe('malformed input to pmo-kit/portfolio gives a PmoError, never a crash, and is not mutated', () => {
  it('allocation problems', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), async (ms) => {
        const raw = mutate(ALLOCATION, ms);
        const before = structuredClone(raw);
        await clean('allocateResources', () => allocateResources(raw as never, { timeLimit: 5 }));
        await clean('allocateResourcesSync', () => allocateResourcesSync(raw as never, { minChunk: 0, maxProjectsPerPerson: 5 }));
        expect(raw).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it('selection problems', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), async (ms) => {
        const raw = mutate(SELECTION, ms);
        const before = structuredClone(raw);
        await clean('selectProjects', () => selectProjects(raw as never, { timeLimit: 5 }));
        await clean('efficientFrontier', () => efficientFrontier(raw as never, { min: 0, max: 100, step: 50, timeLimit: 5 }));
        expect(raw).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it('prioritization problems and alignment inputs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), async (ms) => {
        const raw = mutate(PRIORITIZATION, ms);
        const before = structuredClone(raw);
        await clean('prioritizeProjects', () => prioritizeProjects(raw as never));
        await clean('strategicAlignment', () => strategicAlignment(raw as never));
        expect(raw).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  it('portfolios', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), async (ms) => {
        const raw = mutate(SAMPLE, ms);
        const before = structuredClone(raw);
        await clean('allocateResourcesSync(portfolio)', () => allocateResourcesSync(raw as never));
        await clean('prioritizeProjects(portfolio)', () => prioritizeProjects(raw as never));
        await clean('selectProjects(portfolio)', () => selectProjects(raw as never, { budget: 2_000_000, binding: false, timeLimit: 5 }));
        await clean('strategicAlignment(portfolio)', () => strategicAlignment(raw as never));
        expect(raw).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});
