import { describe, expect, it } from 'vitest';
import { PmoError, PmoValidationError } from '../../src/errors.js';
import type { AllocationProblem } from '../../src/model/allocation.js';
import { parseAllocationProblem } from '../../src/model/parse-optimization.js';
import { allocateResources, allocateResourcesSync } from '../../src/portfolio/index.js';
import { clone, deepFreeze } from '../helpers.js';
import { allocationLpText, bruteForceIntegerAllocation, checkAllocation, qualifiedPairs, rng, solveLpText } from './checkers.js';

/** A seeded random allocation problem; `grid` rounds hours to quarters and values to units (else arbitrary reals). */
function randomProblem(seed: number, P: number, D: number, S: number, grid = true): AllocationProblem {
  const r = rng(seed);
  const round = (x: number, step: number) => (grid ? Math.round(x / step) * step : x);
  const people = Array.from({ length: P }, (_, i) => {
    const skills: Record<string, number> = {};
    const k = 1 + Math.floor(r() * 3);
    for (let j = 0; j < k; j++) skills[`s${Math.floor(r() * S)}`] = 1 + Math.floor(r() * 5);
    return { id: `p${i}`, capacity: round(r() * 120, 0.25), skills, costPerHour: round(r() * 80, 1) };
  });
  const demands = Array.from({ length: D }, (_, i) => ({
    id: `d${i}`,
    projectId: `j${Math.floor(r() * Math.max(1, D / 3))}`,
    skill: `s${Math.floor(r() * (S + 1))}`, // s{S} is a skill nobody has
    ...(r() < 0.7 ? { minLevel: 1 + Math.floor(r() * 4) } : {}),
    hours: round(r() * 60, 0.25),
    valuePerHour: round(20 + r() * 120, 1),
  }));
  return parseAllocationProblem({ people, demands });
}

describe('allocateResources: continuous (transportation, network simplex)', () => {
  it('the documented example: margins, unmet hours with reasons, shadow prices', async () => {
    const r = await allocateResources({
      people: [{ id: 'ana', capacity: 120, skills: { java: 4 }, costPerHour: 60 }],
      demands: [
        { id: 'crm-java', projectId: 'crm', skill: 'java', minLevel: 3, hours: 80, valuePerHour: 150 },
        { id: 'erp-java', projectId: 'erp', skill: 'java', hours: 100, valuePerHour: 120 },
        { id: 'erp-cobol', projectId: 'erp', skill: 'cobol', hours: 10, valuePerHour: 120 },
        { id: 'erp-java5', projectId: 'erp', skill: 'java', minLevel: 5, hours: 10, valuePerHour: 500 },
        { id: 'erp-cheap', projectId: 'erp', skill: 'java', hours: 10, valuePerHour: 60 },
      ],
    });
    expect(r.optimal).toBe(true);
    expect(r.method).toBe('transportation');
    // 80 h at margin 90 on crm, the remaining 40 h at margin 60 on erp
    expect(r.objective).toBe(80 * 90 + 40 * 60);
    expect(r.bound).toBe(r.objective);
    expect(r.assignments).toEqual([
      { personId: 'ana', demandId: 'crm-java', projectId: 'crm', skill: 'java', hours: 80 },
      { personId: 'ana', demandId: 'erp-java', projectId: 'erp', skill: 'java', hours: 40 },
    ]);
    expect(r.unmet).toEqual([
      { demandId: 'erp-java', projectId: 'erp', skill: 'java', hours: 60, reason: 'capacity' },
      { demandId: 'erp-cobol', projectId: 'erp', skill: 'cobol', hours: 10, reason: 'unknown-skill' },
      { demandId: 'erp-java5', projectId: 'erp', skill: 'java', hours: 10, reason: 'under-qualified' },
      { demandId: 'erp-cheap', projectId: 'erp', skill: 'java', hours: 10, reason: 'unprofitable' },
    ]);
    expect(r.utilization).toEqual({ ana: 1 });
    // one more java hour (qualified at every level, at no cost) goes to erp-java5: 500 per hour
    expect(r.shadowPrices).toEqual({ java: 500, cobol: 120 });
    expect(r.bottleneck).toBe('java');
  });

  it('equals the LP optimum (an independent formulation solved by HiGHS) to 1e-6 on 120 seeded instances, and every plan is feasible', async () => {
    for (let seed = 1; seed <= 120; seed++) {
      const problem = randomProblem(seed, 2 + (seed % 25), 3 + (seed % 40), 2 + (seed % 7), seed % 3 !== 0);
      const r = allocateResourcesSync(problem);
      expect(checkAllocation(problem, r), `seed ${seed}`).toEqual([]);
      const lp = await solveLpText(allocationLpText(problem));
      expect(lp.status).toBe('Optimal');
      expect(Math.abs(r.objective - lp.objective), `seed ${seed}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(lp.objective)));
      expect(r.optimal).toBe(true);
      expect(r.bound! - r.objective).toBeLessThanOrEqual(1e-6 * Math.max(1, r.objective));
    }
  });

  it('shadow prices are the exact marginal value of one more hour of a skill (finite difference of the LP)', async () => {
    let checked = 0;
    for (let seed = 200; seed < 230; seed++) {
      const problem = randomProblem(seed, 3 + (seed % 9), 4 + (seed % 13), 3, true);
      const r = allocateResourcesSync(problem);
      const base = (await solveLpText(allocationLpText(problem))).objective;
      const delta = 0.01;
      for (const [skill, price] of Object.entries(r.shadowPrices!)) {
        const more = (await solveLpText(allocationLpText(problem, { extra: { skill, hours: delta } }))).objective;
        expect((more - base) / delta, `seed ${seed} skill ${skill}`).toBeCloseTo(price, 4);
        checked++;
      }
      const prices = Object.entries(r.shadowPrices!).filter(([, v]) => v > 0);
      const top = Math.max(0, ...prices.map(([, v]) => v));
      expect(r.bottleneck).toBe(top > 0 ? prices.filter(([, v]) => v === top).map(([s]) => s).sort()[0] : null);
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('whole hours: an integral plan, exact (brute force) on small instances', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const base = randomProblem(1000 + seed, 2 + (seed % 2), 2 + (seed % 2), 2, true);
      const problem = parseAllocationProblem({
        ...clone(base),
        people: base.people.map((p) => ({ ...p, capacity: Math.min(5, p.capacity / 20) })),
        demands: base.demands.map((d) => ({ ...d, hours: Math.min(4, d.hours / 12) })),
        options: { integerHours: true },
      });
      const r = await allocateResources(problem);
      expect(r.method).toBe('transportation');
      expect(checkAllocation(problem, r), `seed ${seed}`).toEqual([]);
      expect(r.objective, `seed ${seed}`).toBeCloseTo(bruteForceIntegerAllocation(problem), 9);
      expect(r.optimal).toBe(true);
    }
  });
});

describe('allocateResources: with options (MIP through HiGHS)', () => {
  it('project limits, minimum chunks and whole hours: proven optimal, equal to brute force, feasible', async () => {
    let withLimit = 0;
    let mip = 0;
    for (let seed = 1; seed <= 36; seed++) {
      const base = randomProblem(5000 + seed, 2 + (seed % 2), 3, 2, true);
      const options = {
        integerHours: true,
        ...(seed % 3 !== 0 ? { maxProjectsPerPerson: 1 + (seed % 2) } : {}),
        ...(seed % 2 === 0 ? { minChunk: 2 + (seed % 3) } : {}),
      };
      const problem = parseAllocationProblem({
        people: base.people.map((p, i) => ({ ...p, capacity: Math.min(6, Math.round(p.capacity / 15)), ...(i === 0 && seed % 5 === 0 ? { maxProjects: 1 } : {}) })),
        demands: base.demands.map((d, i) => ({ ...d, projectId: `j${i}`, hours: Math.min(4, Math.round(d.hours / 10)) })),
        options,
      });
      if (options.maxProjectsPerPerson !== undefined) withLimit++;
      const r = await allocateResources(problem);
      expect(checkAllocation(problem, r), `seed ${seed}`).toEqual([]);
      const best = bruteForceIntegerAllocation(problem);
      expect(r.objective, `seed ${seed}`).toBeCloseTo(best, 6);
      expect(r.optimal, `seed ${seed}`).toBe(true);
      if (options.minChunk !== undefined) expect(r.method).toBe('mip');
      if (r.method === 'mip') mip++;
    }
    expect(withLimit).toBeGreaterThan(10);
    expect(mip).toBeGreaterThan(15);
  });

  it('a project limit with continuous hours equals the best over every choice of projects per person (brute force of LPs)', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const base = randomProblem(7000 + seed, 2, 4, 2, true);
      const problem = parseAllocationProblem({ ...clone(base), options: { maxProjectsPerPerson: 1 } });
      const r = await allocateResources(problem);
      expect(checkAllocation(problem, r), `seed ${seed}`).toEqual([]);
      // every person keeps one project (or none): try every combination, each an LP
      const projects = [...new Set(problem.demands.map((d) => d.projectId))];
      let best = 0;
      for (const a of projects)
        for (const b of projects) {
          const keep = [a, b];
          const lp = await solveLpText(allocationLpText(problem, { forbid: (pr) => problem.demands[pr.d]!.projectId !== keep[pr.p] }));
          best = Math.max(best, lp.objective);
        }
      expect(r.objective, `seed ${seed}`).toBeCloseTo(best, 6);
      expect(r.optimal).toBe(true);
    }
  });

  it('a person with maxProjects 0 gets nothing; a time limit or a gap gives a bound', async () => {
    const problem = randomProblem(42, 30, 60, 4, true);
    const limited = parseAllocationProblem({ ...clone(problem), people: problem.people.map((p, i) => (i === 0 ? { ...p, maxProjects: 0 } : p)) });
    const r = await allocateResources(limited, { maxProjectsPerPerson: 2, mipGap: 0.5 });
    expect(checkAllocation({ ...limited, options: { maxProjectsPerPerson: 2 } }, r)).toEqual([]);
    expect(r.assignments.some((a) => a.personId === 'p0')).toBe(false);
    expect(r.bound).toBeGreaterThanOrEqual(r.objective - 1e-9);
    expect(r.gap).toBeGreaterThanOrEqual(0);
    // the relaxation (no limit) bounds the MIP from above
    expect(allocateResourcesSync(limited).objective).toBeGreaterThanOrEqual(r.objective - 1e-6);
  });
});

describe('allocateResources: input', () => {
  it('does not mutate its input and is deterministic', async () => {
    const problem = deepFreeze(randomProblem(3, 12, 30, 4));
    const a = allocateResourcesSync(problem);
    const b = await allocateResources(problem);
    expect(b).toEqual(a);
    const c = deepFreeze({ ...clone(problem), options: { maxProjectsPerPerson: 1 } });
    expect(await allocateResources(c)).toEqual(await allocateResources(c));
  });

  it('rejects bad input with every issue, and bad options', async () => {
    let err: unknown;
    try {
      allocateResourcesSync({
        people: [
          { id: 'a', capacity: -5, skills: { x: 1 } },
          { id: 'a', capacity: 1, skills: { x: -1 } },
        ],
        demands: [{ id: 'd', projectId: 'p', skill: 'x', hours: -1, valuePerHour: 1, extra: true }],
      } as never);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PmoValidationError);
    const paths = (err as PmoValidationError).issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['people.0.capacity', 'people.1.skills.x', 'demands.0.hours', 'people.1.id', 'demands.0.extra']));
    const ok = randomProblem(1, 3, 3, 2);
    expect(() => allocateResourcesSync(ok, { minChunk: -1 })).toThrow(/options.minChunk must be a non-negative/);
    expect(() => allocateResourcesSync(ok, { bogus: 1 } as never)).toThrow(/unknown option "bogus"/);
    expect(() => allocateResourcesSync(ok, { from: '2026-01-01', to: '2026-02-01' })).toThrow(/apply to portfolios only/);
    const twoProjects = {
      people: [{ id: 'a', capacity: 10, skills: { x: 1 } }],
      demands: [
        { id: 'd1', projectId: 'p1', skill: 'x', hours: 5, valuePerHour: 10 },
        { id: 'd2', projectId: 'p2', skill: 'x', hours: 5, valuePerHour: 10 },
      ],
    };
    expect(() => allocateResourcesSync(twoProjects, { maxProjectsPerPerson: 1 })).toThrow(PmoError);
    expect(() => allocateResourcesSync(twoProjects, { minChunk: 1 })).toThrow(/needs the MIP solver/);
    // a limit nobody can exceed needs no MIP
    expect(allocateResourcesSync(twoProjects, { maxProjectsPerPerson: 2 }).objective).toBe(100);
    expect((await allocateResources(twoProjects, { maxProjectsPerPerson: 1 })).objective).toBe(50);
  });

  it('an empty problem, and demands nobody can serve, are answered, not errors', async () => {
    expect(allocateResourcesSync({ people: [], demands: [] })).toMatchObject({ objective: 0, optimal: true, assignments: [], unmet: [], bottleneck: null });
    const r = await allocateResources({
      people: [{ id: 'a', capacity: 0, skills: { x: 5 } }],
      demands: [{ id: 'd', projectId: 'p', skill: 'x', hours: 8, valuePerHour: 10 }],
    });
    expect(r.unmet).toEqual([{ demandId: 'd', projectId: 'p', skill: 'x', hours: 8, reason: 'capacity' }]);
    expect(r.utilization).toEqual({ a: 0 });
    expect(r.shadowPrices).toEqual({ x: 10 });
  });

  it('the independent formulation sees the same qualified pairs (minLevel defaults to 1)', () => {
    const problem = parseAllocationProblem({
      people: [{ id: 'a', capacity: 10, skills: { x: 0.5, y: 1 } }],
      demands: [
        { id: 'd1', projectId: 'p', skill: 'x', hours: 5, valuePerHour: 10 },
        { id: 'd2', projectId: 'p', skill: 'y', hours: 5, valuePerHour: 10 },
        { id: 'd3', projectId: 'p', skill: 'x', minLevel: 0.5, hours: 5, valuePerHour: 10 },
      ],
    });
    expect(qualifiedPairs(problem).map((p) => p.d)).toEqual([1, 2]);
    expect(allocateResourcesSync(problem).assignments.map((a) => a.demandId)).toEqual(['d2', 'd3']);
  });
});
