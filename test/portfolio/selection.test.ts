import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PmoError, PmoValidationError } from '../../src/errors.js';
import { parsePortfolio } from '../../src/model/parse.js';
import type { PortfolioInput } from '../../src/model/portfolio.js';
import type { SelectionProblem } from '../../src/model/selection.js';
import { parseSelectionProblem } from '../../src/model/parse-optimization.js';
import { efficientFrontier, selectProjects } from '../../src/portfolio/index.js';
import { deepFreeze, HAS_SHARED_DATA, ROOT, SHARED_DATA } from '../helpers.js';
import { bruteForceSelection, checkSelection, constraintLabels, rng, selectionLpText, selectionValue, solveLpText } from './checkers.js';

const KNAPSACK = join(SHARED_DATA, 'selection', 'knapsack.json');
const hasKnapsack = HAS_SHARED_DATA && (() => {
  try {
    readFileSync(KNAPSACK);
    return true;
  } catch {
    return false;
  }
})();
if (!hasKnapsack) console.warn('[portfolio tests] skipped the knapsack optima: ../shared/data/selection/knapsack.json is absent');

describe.skipIf(!hasKnapsack)('selectProjects: published 0/1 knapsack optima (J. Burkardt, KNAPSACK_01)', () => {
  const data = hasKnapsack
    ? (JSON.parse(readFileSync(KNAPSACK, 'utf8')) as {
        instances: { name: string; capacity: number; weights: number[]; profits: number[]; optimal_profit: number; optimal_items: number[] }[];
      })
    : { instances: [] };
  it.each(data.instances.map((i) => [i.name, i] as const))('%s: the published optimal value and items, proven optimal', async (_name, ins) => {
    const r = await selectProjects({ budget: ins.capacity, projects: ins.weights.map((w, i) => ({ id: String(i + 1), cost: w, value: ins.profits[i]! })) });
    expect(r.value).toBe(ins.optimal_profit);
    expect(r.selected.map(Number)).toEqual(ins.optimal_items);
    expect(r.optimal).toBe(true);
    expect(r.bound).toBe(ins.optimal_profit);
  });
});

/** A seeded random selection problem with several capacities, periods and logical constraints. */
function randomProblem(seed: number, n: number, opts: { periods?: number; capacities?: number; logic?: boolean } = {}): SelectionProblem {
  const r = rng(seed);
  const K = opts.periods ?? 1;
  const C = opts.capacities ?? 2;
  const keys = Array.from({ length: C }, (_, c) => `k${c}`);
  const projects = Array.from({ length: n }, (_, j) => {
    const cost = Array.from({ length: K }, () => Math.round(5 + r() * 40));
    const demand: Record<string, number> = {};
    for (const key of keys) if (r() < 0.7) demand[key] = Math.round(r() * 30);
    return { id: `p${j}`, cost: K === 1 ? cost[0]! : cost, value: Math.round(cost.reduce((a, b) => a + b, 0) * (0.5 + r())), demand };
  });
  const logic = opts.logic ?? true;
  if (logic) {
    for (let j = 0; j < n; j++) {
      const p = projects[j] as { requires?: string[]; excludes?: string[]; mandatory?: boolean };
      if (r() < 0.15) p.requires = [`p${Math.floor(r() * n)}`].filter((id) => id !== `p${j}`);
      if (r() < 0.12) p.excludes = [`p${Math.floor(r() * n)}`].filter((id) => id !== `p${j}`);
      if (r() < 0.06) p.mandatory = true;
    }
  }
  const totalCost = (k: number) => projects.reduce((s, p) => s + (Array.isArray(p.cost) ? p.cost[k]! : p.cost), 0);
  const budget = Array.from({ length: K }, (_, k) => Math.round(totalCost(k) * (0.45 + 0.2 * r())));
  const capacity = Object.fromEntries(keys.map((key) => [key, Math.round(projects.reduce((s, p) => s + (p.demand[key] ?? 0), 0) * (0.4 + 0.3 * r()))]));
  return parseSelectionProblem({ budget: K === 1 ? budget[0]! : budget, ...(K > 1 ? { periods: budget.map((_, k) => `Y${k + 1}`) } : {}), capacity, projects });
}

describe('selectProjects: exact, checked independently', () => {
  it('small instances with capacities, periods and logical constraints equal brute force, feasible, and the binding constraints are exactly those that limit the optimum', async () => {
    let infeasible = 0;
    let bindingSeen = 0;
    let logicalBinding = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const problem = randomProblem(seed, 6 + (seed % 7), { periods: 1 + (seed % 3 === 0 ? 1 : 0), capacities: 1 + (seed % 3) });
      const best = bruteForceSelection(problem);
      if (best === null) {
        await expect(selectProjects(problem)).rejects.toMatchObject({ code: 'INFEASIBLE' });
        infeasible++;
        continue;
      }
      const r = await selectProjects(problem);
      const set = new Set(r.selected);
      expect(checkSelection(problem, set), `seed ${seed}`).toEqual([]);
      expect(r.value, `seed ${seed}`).toBe(best);
      expect(selectionValue(problem, set)).toBe(r.value);
      expect(r.optimal).toBe(true);
      // binding: a constraint is listed iff the optimum without it is higher, with that value
      const listed = new Map(r.binding.map((b) => [b.constraint, b]));
      for (const label of constraintLabels(problem)) {
        const without = bruteForceSelection(problem, { without: label })!;
        if (without > best) {
          expect(listed.get(label)?.valueWithout, `seed ${seed} ${label}`).toBe(without);
          expect(listed.get(label)?.proven).toBe(true);
          bindingSeen++;
          if (!label.startsWith('budget') && !label.startsWith('capacity')) logicalBinding++;
        } else expect(listed.has(label), `seed ${seed} ${label} is not binding`).toBe(false);
      }
      expect(r.binding.length).toBe([...listed.keys()].length);
    }
    expect(infeasible).toBeLessThan(15);
    expect(bindingSeen).toBeGreaterThan(30);
    expect(logicalBinding).toBeGreaterThan(3);
  });

  it('larger instances (60 candidates, 5 capacities) equal an independent 0/1 formulation solved by HiGHS', async () => {
    for (let seed = 100; seed < 108; seed++) {
      const problem = randomProblem(seed, 60, { capacities: 5 });
      const independent = await solveLpText(selectionLpText(problem));
      if (independent.status === 'Infeasible') {
        await expect(selectProjects(problem, { binding: false })).rejects.toBeInstanceOf(PmoError);
        continue;
      }
      expect(independent.status).toBe('Optimal');
      const r = await selectProjects(problem, { binding: false });
      expect(checkSelection(problem, new Set(r.selected)), `seed ${seed}`).toEqual([]);
      expect(r.value, `seed ${seed}`).toBe(Math.round(independent.objective));
      expect(r.optimal).toBe(true);
    }
  });

  it('ties: among selections of the best value, the least costly', async () => {
    const r = await selectProjects({
      budget: 10,
      projects: [
        { id: 'a', cost: 10, value: 5 },
        { id: 'b', cost: 4, value: 5 },
        { id: 'c', cost: 9, value: 5 },
      ],
    });
    expect(r.selected).toEqual(['b']);
    expect(r.cost).toBe(4);
    // fractional values take the two-solve path
    const f = await selectProjects({
      budget: 10,
      projects: [
        { id: 'a', cost: 10, value: 5.5 },
        { id: 'b', cost: 4, value: 5.5 },
        { id: 'c', cost: 9, value: 5.5 },
        { id: 'd', cost: 6, value: 0.25 },
      ],
    });
    expect(f.selected).toEqual(['b', 'd']);
    expect(f.value).toBe(5.75);
    expect(f.optimal).toBe(true);
  });

  it('per-period budgets: every period must hold, costs reported per period', async () => {
    const problem = parseSelectionProblem({
      budget: [100, 50],
      periods: ['2026', '2027'],
      projects: [
        { id: 'a', cost: [60, 40], value: 100 },
        { id: 'b', cost: [30, 30], value: 80 },
        { id: 'c', cost: [10, 0], value: 10 },
      ],
    });
    const r = await selectProjects(problem);
    // a + b fits 2026 (90) but not 2027 (70 > 50)
    expect(r.selected).toEqual(['a', 'c']);
    expect(r.costByPeriod).toEqual([70, 40]);
    expect(r.cost).toBe(110);
    expect(r.binding.map((b) => b.constraint)).toEqual(['budget[2027]']);
    expect(r.binding[0]).toMatchObject({ kind: 'budget', key: '2027', used: 40, limit: 50, valueWithout: 190, proven: true });
  });

  it('the documented example', async () => {
    const r = await selectProjects({
      budget: 100,
      capacity: { java: 300 },
      projects: [
        { id: 'crm', cost: 60, value: 90, demand: { java: 200 } },
        { id: 'app', cost: 30, value: 50, demand: { java: 150 } },
        { id: 'bi', cost: 40, value: 45, requires: ['crm'] },
      ],
    });
    expect(r.selected).toEqual(['crm', 'bi']);
    expect(r).toMatchObject({ value: 135, cost: 100, optimal: true, capacityUsed: { java: 200 } });
    expect(r.binding).toEqual([{ constraint: 'capacity[java]', kind: 'capacity', key: 'java', used: 200, limit: 300, valueWithout: 140, proven: true }]);
  });

  it('infeasible mandatory projects are a clear error naming the cause', async () => {
    await expect(
      selectProjects({ budget: 10, projects: [{ id: 'a', cost: 8, value: 1, mandatory: true, requires: ['b'] }, { id: 'b', cost: 5, value: 1 }] }),
    ).rejects.toThrow(/mandatory projects \(and those they require: "a", "b"\) cost 13, more than the budget 10/);
    await expect(
      selectProjects({ budget: 10, projects: [{ id: 'a', cost: 1, value: 1, mandatory: true, excludes: ['b'] }, { id: 'b', cost: 1, value: 1, mandatory: true }] }),
    ).rejects.toThrow(/"a" and "b" exclude each other/);
  });

  it('rejects invalid problems with every issue; never mutates its input', async () => {
    await expect(
      selectProjects({ budget: -1, projects: [{ id: 'a', cost: 1, value: 1, requires: ['zz'] }, { id: 'a', cost: 1 }] } as never),
    ).rejects.toSatisfy((e: unknown) => e instanceof PmoValidationError && e.issues.length === 4);
    const problem = deepFreeze(randomProblem(5, 10));
    await expect(selectProjects(problem)).resolves.toBeDefined();
    await expect(selectProjects(problem, { budget: 5 })).rejects.toThrow(/apply to portfolios only/);
  });
});

describe('efficientFrontier', () => {
  it('the best value at each budget level equals brute force, non-decreasing', async () => {
    const problem = randomProblem(77, 9, { capacities: 1 });
    const points = await efficientFrontier(problem, { min: 0, max: 300, step: 30 });
    expect(points.map((p) => p.budget)).toEqual([0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300]);
    let last = -Infinity;
    for (const p of points) {
      const best = bruteForceSelection(problem, { budget: p.budget });
      expect(p.feasible).toBe(best !== null);
      expect(p.value).toBe(best);
      if (p.value !== null) {
        expect(p.value).toBeGreaterThanOrEqual(last);
        last = p.value;
        expect(checkSelection(problem, new Set(p.selected), { budget: p.budget })).toEqual([]);
        expect(p.optimal).toBe(true);
      }
    }
  });

  it('rejects bad ranges and per-period budgets', async () => {
    const problem = randomProblem(1, 5);
    await expect(efficientFrontier(problem, { min: 10, max: 0, step: 1 })).rejects.toThrow(/below options.min/);
    await expect(efficientFrontier(problem, { min: 0, max: 1e6, step: 1 })).rejects.toThrow(/at most 1,000/);
    await expect(efficientFrontier(randomProblem(1, 5, { periods: 2 }), { min: 0, max: 10, step: 5 })).rejects.toThrow(/budget per period/);
  });
});

describe('selectProjects from a portfolio', () => {
  const portfolio = (): PortfolioInput => ({
    id: 'pf',
    name: 'Selection',
    objectives: [
      { id: 'growth', weight: 2 },
      { id: 'compliance', weight: 1 },
      { id: 'green', weight: 1 },
    ],
    resources: [{ id: 'ana', name: 'Ana', capacity: 1, skills: { java: 4 } }],
    projects: [
      { id: 'run', name: 'Running', start: '2026-01-05', status: 'active', budget: 50, expectedValue: 70, contributions: { compliance: 1 }, tasks: [{ id: 't', name: 'T', duration: 10, demands: [{ skill: 'java', units: 1 }] }] },
      { id: 'crm', name: 'CRM', start: '2026-03-02', status: 'proposed', budget: 40, expectedValue: 90, contributions: { growth: 3 }, tasks: [{ id: 't', name: 'T', duration: 20, demands: [{ skill: 'java', units: 1 }] }] },
      { id: 'bi', name: 'BI', start: '2026-03-02', status: 'approved', budget: 30, expectedValue: 60, tasks: [{ id: 't', name: 'T', duration: 5, demands: [{ resourceId: 'ana', units: 0.5 }] }] },
      { id: 'old', name: 'Old', start: '2025-01-05', status: 'completed', budget: 1, expectedValue: 1000, tasks: [{ id: 't', name: 'T', duration: 1 }] },
    ],
    crossDependencies: [{ fromProject: 'crm', from: 't', toProject: 'bi', to: 't' }],
  });

  it('candidates are proposed and approved projects, active ones mandatory; demand from tasks; requires from cross-project dependencies', async () => {
    const p = deepFreeze(parsePortfolio(portfolio()));
    // budget 100: run (50, mandatory) + crm (40) = 90; bi needs crm and 30 more: 120 > 100
    const r = await selectProjects(p, { budget: 100 });
    expect(r.selected).toEqual(['run', 'crm']);
    expect(r.value).toBe(160);
    expect(r.alignment).toEqual({ run: 0.25, crm: 1.5, bi: 0 });
    expect(r.unservedObjectives).toEqual(['green']);
    const more = await selectProjects(p, { budget: 120 });
    expect(more.selected).toEqual(['run', 'crm', 'bi']);
    // java hours: run 10 d × 8 h, crm 20 d × 8 h = 240; a capacity of 200 keeps crm out, and bi with it
    const tight = await selectProjects(p, { budget: 120, capacity: { java: 200 } });
    expect(tight.selected).toEqual(['run']);
    expect(tight.capacityUsed).toEqual({ java: 80 });
    // without the capacity, being mandatory, or bi requiring crm, more value would be reachable
    expect(tight.binding.map((b) => [b.constraint, b.valueWithout])).toEqual([
      ['capacity[java]', 220],
      ['mandatory[run]', 150],
      ['requires[bi->crm]', 130],
    ]);
    // by alignment: crm is the most aligned
    expect((await selectProjects(p, { budget: 90, value: 'alignment' })).selected).toEqual(['run', 'crm']);
  });

  it('needs a budget, and expected values or budgets on the projects', async () => {
    const p = parsePortfolio(portfolio());
    await expect(selectProjects(p)).rejects.toThrow(/a portfolio needs options.budget/);
    const input = portfolio();
    delete (input.projects[1] as { expectedValue?: number }).expectedValue;
    await expect(selectProjects(parsePortfolio(input), { budget: 10 })).rejects.toThrow(/missing on "crm"/);
    await expect(selectProjects(p, { budget: 10 })).rejects.toMatchObject({ code: 'INFEASIBLE' });
  });

  it('the sample portfolio: its active projects are all mandatory', async () => {
    const sample = parsePortfolio(JSON.parse(readFileSync(join(ROOT, 'examples/data/sample-portfolio.json'), 'utf8')));
    const r = await selectProjects(sample, { budget: 1_000_000 });
    expect(r.selected).toEqual(sample.projects.map((p) => p.id));
    expect(r.value).toBe(sample.projects.reduce((s, p) => s + p.expectedValue!, 0));
    expect(r.unservedObjectives).toEqual(['paperless-customs']);
  });
});

describe('selectProjects on amounts the solver cannot weigh (found by the fuzz suite, another seed)', () => {
  it('a value of -1e308 is a PmoError naming the cause, not the solver error', async () => {
    const problem = { budget: 100, projects: [{ id: 'a', cost: 60, value: -1e308 }, { id: 'b', cost: 30, value: 50 }, { id: 'c', cost: 40, value: 45, requires: ['a'] }] };
    await expect(selectProjects(problem)).rejects.toThrow(/selectProjects: a value, cost, demand, budget, capacity or weight of 1e15 or more in magnitude/);
    await expect(efficientFrontier(problem, { min: 0, max: 100, step: 50 })).rejects.toThrow(PmoError);
  });
});

describe('selectProjects on a budget the solver cannot weigh (found by the fuzz suite, a third seed)', () => {
  it('a budget of 1e20 is a PmoError naming the cause', async () => {
    await expect(selectProjects({ budget: 1e20, projects: [{ id: 'a', cost: 60, value: 90 }, { id: 'b', cost: 30, value: 50, requires: ['a'] }] })).rejects.toThrow(/1e15 or more in magnitude/);
  });
});
