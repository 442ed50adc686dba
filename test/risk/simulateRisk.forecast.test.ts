/** simulateRisk with progress 'forecast': Monte Carlo of the work left after a status date. */
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import { onEveryDay, sample } from './fixtures.js';
import { simulateRisk, type SimulateRiskOptions } from '../../src/risk/index.js';
import { simulateRiskParallel } from '../../src/risk/node/index.js';
import { schedulePortfolio } from '../../src/schedule/index.js';

/**
 * One project on a 7-day calendar from 2026-01-05 (offset k is 2026-01-05 + k days):
 * A (100 d, normal 70/100/130, 50 % done: 50 d left, budget 1,000) → B (10 d, fixed);
 * C (5 d, not started, unlinked); D complete (2026-01-05 – 2026-01-14, wide estimate, budget 300).
 * Risk r1 touches D only (certain, 1,000 days); r2 touches D and B (certain, 4 days).
 */
function input(statusDate?: string): Portfolio {
  return onEveryDay(
    {
      ...(statusDate !== undefined ? { statusDate } : {}),
      tasks: [
        { id: 'A', name: 'A', duration: 100, milestone: false, demands: [], estimate: { optimistic: 70, mostLikely: 100, pessimistic: 130 }, actualStart: '2026-01-05', percentComplete: 50, budget: 1000 },
        { id: 'B', name: 'B', duration: 10, milestone: false, demands: [] },
        { id: 'C', name: 'C', duration: 5, milestone: false, demands: [] },
        { id: 'D', name: 'D', duration: 20, milestone: false, demands: [], estimate: { optimistic: 1, mostLikely: 10, pessimistic: 100 }, actualStart: '2026-01-05', actualFinish: '2026-01-14', budget: 300 },
      ],
      dependencies: [{ from: 'A', to: 'B', type: 'FS', lag: 0 }],
    },
    [
      { id: 'r1', title: 'r1', kind: 'threat', probability: 1, impact: { days: 1000 }, projectId: 'p', taskIds: ['D'], strategy: 'accept', owner: 'x', status: 'open' },
      { id: 'r2', title: 'r2', kind: 'threat', probability: 1, impact: { days: 4 }, projectId: 'p', taskIds: ['D', 'B'], strategy: 'accept', owner: 'x', status: 'open' },
    ],
  );
}

/** The status date 2026-03-02 ends at offset 57: A's work left resumes there. */
const STATUS = '2026-03-02';
const task = (r: ReturnType<typeof simulateRisk>, id: string) => r.tasks.find((t) => t.id === id)!;

describe('simulateRisk forecast: the work left after a status date', () => {
  const o: SimulateRiskOptions = { iterations: 40000, seed: 9, distribution: 'normal', statusDate: STATUS };
  const r = simulateRisk(input(), o);

  it('deterministic: the forecast of schedule(…, { progress: "forecast" })', () => {
    const s = schedulePortfolio(input(), { statusDate: STATUS });
    expect(s.duration).toBe(117);
    expect(r.deterministicDuration).toBe(117);
    expect(r.deterministicFinishDate).toBe(s.finishDate);
    expect(r.progress).toEqual({ statusDate: STATUS, complete: 1, inProgress: 1, notStarted: 2 });
  });

  it('an in-progress task draws only its remaining share: 50 % left of N(100, 10) is N(50, 5)', () => {
    // finish = 57 + X/2 + 10 + 4 (r2 on B; r1, on the complete task only, is not sampled).
    expect(Math.abs(r.finish.mean - 121)).toBeLessThan(0.1);
    expect(Math.abs(r.finish.stdDev - 5)).toBeLessThan(0.1);
    expect(Math.abs(task(r, 'A').meanDuration - 50)).toBeLessThan(0.1);
    expect(r.finish.min).toBeGreaterThan(57 + 14);
  });

  it('complete tasks keep their actual dates: no draw, no criticality, no risk event', () => {
    expect(task(r, 'D')).toEqual({ id: 'D', criticality: 0, sensitivity: 0, meanDuration: 0 });
    expect(r.riskEvents.map((e) => e.id)).toEqual(['r2']);
    // C, not started, starts after the status date: 57 + 5 < the finish, never critical.
    expect(task(r, 'C').criticality).toBe(0);
    expect(task(r, 'A').criticality).toBe(1);
  });

  it('the PERT answer along the forecast: the remaining share scales the variance', () => {
    expect(r.pert!.path).toEqual(['A', 'B']);
    expect(r.pert!.mean).toBe(121);
    expect(r.pert!.variance).toBe(25);
  });

  it('cost: a complete task costs its budget, an in-progress one its work done plus its work left drawn', () => {
    // 300 + 10/day × (50 done + X/2 left): mean 1,300, sd 10 × 5.
    expect(r.cost!.deterministic).toBe(1300);
    expect(Math.abs(r.cost!.mean - 1300)).toBeLessThan(1);
    expect(Math.abs(r.cost!.stdDev - 50)).toBeLessThan(1);
  });

  it('the plan stays the default: progress and status dates ignored', () => {
    const plan = simulateRisk(input(STATUS), { iterations: 2000, seed: 9, distribution: 'normal' });
    expect(plan.progress).toBeNull();
    expect(plan.deterministicDuration).toBe(110);
    expect(plan.riskEvents.map((e) => e.id)).toEqual(['r1', 'r2']);
    expect(simulateRisk(input(STATUS), { iterations: 2000, seed: 9, distribution: 'normal', progress: 'plan' })).toEqual(plan);
  });

  it('a project\'s own status date serves a forecast without the option', () => {
    const own = simulateRisk(input(STATUS), { iterations: 500, seed: 9, distribution: 'normal', progress: 'forecast' });
    expect(own.progress).toEqual({ statusDate: null, complete: 1, inProgress: 1, notStarted: 2 });
    expect(own.finish).toEqual(simulateRisk(input(), { ...o, iterations: 500 }).finish);
  });

  it('workers give the same result as one thread', async () => {
    const one = simulateRisk(sample, { iterations: 300, statusDate: '2026-04-30' });
    expect(await simulateRiskParallel(sample, { iterations: 300, statusDate: '2026-04-30', workers: 2 })).toEqual(one);
  });

  it.each<[string, SimulateRiskOptions, RegExp]>([
    ['a status date that does not exist', { statusDate: '2026-02-30' }, /statusDate must be an existing day/],
    ['a status date that is not a day', { statusDate: '30/04/2026' }, /statusDate must be an existing day/],
    ['a forecast without a status date', { progress: 'forecast' }, /progress "forecast" simulates the work left after a status date: give options.statusDate, or project "p" a statusDate/],
    ['a status date with the plan', { progress: 'plan', statusDate: STATUS }, /statusDate needs progress "forecast"/],
    ['an unknown progress', { progress: 'actual' as never }, /progress must be "plan" or "forecast"/],
  ])('refuses %s', (_, options, message) => {
    expect(() => simulateRisk(input(), { iterations: 10, ...options })).toThrow(PmoError);
    expect(() => simulateRisk(input(), { iterations: 10, ...options })).toThrow(message);
  });
});

describe('simulateRisk forecast: the PERT path starts at a started task', () => {
  it('a driving link into a complete task is a coincidence: the path starts at the complete task', () => {
    // U (in progress, 10 d left from offset 10) -FS -15-> C (complete, offsets 5-8) -SS 10-> S (50 d): the finish is 15 + 50, whatever U does.
    const base = input();
    const project = {
      ...base.projects[0]!,
      tasks: [
        { id: 'U', name: 'U', duration: 20, milestone: false, demands: [], estimate: { optimistic: 10, mostLikely: 20, pessimistic: 60 }, actualStart: '2026-01-05', percentComplete: 50 },
        { id: 'C', name: 'C', duration: 3, milestone: false, demands: [], actualStart: '2026-01-10', actualFinish: '2026-01-12' },
        { id: 'S', name: 'S', duration: 50, milestone: false, demands: [] },
      ],
      dependencies: [
        { from: 'U', to: 'C', type: 'FS', lag: -15 },
        { from: 'C', to: 'S', type: 'SS', lag: 10 },
      ],
    };
    const r = simulateRisk({ ...base, projects: [project], risks: [] } as unknown as Portfolio, { iterations: 500, statusDate: '2026-01-14' });
    expect([r.deterministicDuration, r.finish.mean, r.finish.stdDev]).toEqual([65, 65, 0]);
    expect(r.pert!.path).toEqual(['C', 'S']);
    expect([r.pert!.mean, r.pert!.variance]).toEqual([65, 0]);
  });
});

describe('simulateRisk forecast on the sample portfolio', () => {
  it('the deterministic forecast is schedulePortfolio\'s; complete tasks are never critical', () => {
    const statusDate = '2026-04-30';
    const r = simulateRisk(sample, { iterations: 500, statusDate });
    expect(r.deterministicDuration).toBe(schedulePortfolio(sample, { statusDate }).duration);
    const complete = schedulePortfolio(sample, { statusDate }).tasks.filter((t) => t.progress === 'complete' && !t.summary).map((t) => `${t.projectId}/${t.id}`);
    expect(complete.length).toBe(r.progress!.complete);
    for (const id of complete) expect(r.tasks.find((t) => t.id === id), id).toMatchObject({ criticality: 0, sensitivity: 0 });
    // The plan's finish is earlier than the forecast's: the work is late.
    expect(simulateRisk(sample, { iterations: 500 }).deterministicDuration).toBeLessThan(r.deterministicDuration);
  });
});
