/** solveRcpsp on small hand-checked instances, and the errors of the RCPSP functions. */
import { describe, expect, it } from 'vitest';
import { CycleError, PmoError } from '../../src/errors.js';
import { generateSchedule, solveRcpsp, verifySchedule, type RcpspInstance } from '../../src/resources/index.js';
import { RULES } from './fixtures.js';

describe('solveRcpsp on small instances', () => {
  it('finds the optimum of RULES and stops at the lower bound', () => {
    const s = solveRcpsp(RULES);
    expect(s.makespan).toBe(12);
    expect(s.schedules).toBeLessThan(5000);
  });
  it('handles all four link types with lags, negative distances included', () => {
    const inst: RcpspInstance = {
      activities: [
        { id: 'a', duration: 4, demands: [1] },
        { id: 'b', duration: 2, demands: [1] },
        { id: 'c', duration: 3, demands: [1] },
        { id: 'd', duration: 1, demands: [1] },
      ],
      resources: [{ id: 'r', capacity: 1 }],
      precedences: [
        { from: 'a', to: 'b', type: 'SS', lag: 1 },
        { from: 'a', to: 'c', type: 'FF', lag: 2 },
        { from: 'b', to: 'd', type: 'SF', lag: -3 },
        { from: 'c', to: 'd', type: 'FS', lag: -2 },
      ],
    };
    const s = solveRcpsp(inst, { schedules: 200 });
    expect(verifySchedule(inst, s.starts)).toEqual([]);
    expect(s.makespan).toBe(10);
  });
  it('reports projects, delays and respects project release dates', () => {
    const inst: RcpspInstance = {
      projects: [{ id: 'p' }, { id: 'q', release: 2 }],
      activities: [
        { id: 'p1', duration: 3, demands: [1], project: 'p' },
        { id: 'q1', duration: 2, demands: [1], project: 'q' },
      ],
      resources: [{ id: 'r', capacity: 1 }],
    };
    const m = solveRcpsp(inst);
    expect(m.makespan).toBe(5);
    const d = solveRcpsp(inst, { objective: 'delay' });
    expect(d.projects).toEqual([
      { id: 'p', release: 0, finish: 3, criticalPathDuration: 3, delay: 0 },
      { id: 'q', release: 2, finish: 5, criticalPathDuration: 2, delay: 1 },
    ]);
    expect(d.averageDelay).toBe(0.5);
  });
  it('minimizes missed deadlines first', () => {
    const inst: RcpspInstance = {
      activities: [
        { id: 'long', duration: 5, demands: [1] },
        { id: 'due', duration: 1, demands: [1], deadline: 1 },
      ],
      resources: [{ id: 'r', capacity: 1 }],
    };
    const s = solveRcpsp(inst);
    expect(s.starts).toEqual([1, 0]);
    expect(s.lateness).toBe(0);
  });
  it('never generates more schedules than the budget', () => {
    for (const schedules of [1, 2, 3, 7, 100]) {
      const s = solveRcpsp(RULES, { schedules, seed: 3 });
      expect(s.schedules).toBeLessThanOrEqual(schedules);
      expect(verifySchedule(RULES, s.starts)).toEqual([]);
    }
  });
  it('scales fractional demands and capacities', () => {
    const inst: RcpspInstance = {
      activities: [
        { id: 'a', duration: 2, demands: [0.3] },
        { id: 'b', duration: 2, demands: [0.7] },
        { id: 'c', duration: 2, demands: [0.5] },
      ],
      resources: [{ id: 'r', capacity: 1 }],
    };
    const s = solveRcpsp(inst, { schedules: 50 });
    expect(s.makespan).toBe(4);
    expect(verifySchedule(inst, s.starts)).toEqual([]);
  });
  it('handles an empty instance', () => {
    const s = solveRcpsp({ activities: [] });
    expect(s.makespan).toBe(0);
    expect(s.starts).toEqual([]);
  });
});

describe('errors', () => {
  it('rejects a cycle with CycleError', () => {
    const inst: RcpspInstance = {
      activities: [{ id: 'a', duration: 1 }, { id: 'b', duration: 1 }],
      precedences: [{ from: 'a', to: 'b' }, { from: 'b', to: 'a', type: 'SS', lag: -5 }],
    };
    expect(() => solveRcpsp(inst)).toThrow(CycleError);
  });
  it('rejects malformed input with PmoError naming the function and the culprit', () => {
    const cases: [unknown, RegExp, string][] = [
      [{ activities: [{ id: 'a', duration: 1.5 }] }, /solveRcpsp: duration of activity "a" must be an integer >= 0/, 'INVALID_ARGUMENT'],
      [{ activities: [{ id: 'a', duration: 1 }, { id: 'a', duration: 1 }] }, /duplicate activity id "a"/, 'INVALID_ARGUMENT'],
      [{ activities: [{ id: 'a', duration: 1, demands: [3] }], resources: [{ id: 'r', capacity: 2 }] }, /asks for 3 of resource "r", more than its capacity 2/, 'INVALID_ARGUMENT'],
      [{ activities: [{ id: 'a', duration: 1, demands: [-1] }], resources: [{ id: 'r', capacity: 2 }] }, /demand of activity "a" on resource "r" must be a finite number >= 0/, 'INVALID_ARGUMENT'],
      [{ activities: [{ id: 'a', duration: 1 }], precedences: [{ from: 'a', to: 'zz' }] }, /precedences\[0\] goes to unknown activity "zz"/, 'UNKNOWN_ID'],
      [{ activities: [{ id: 'a', duration: 1 }, { id: 'b', duration: 1 }], precedences: [{ from: 'a', to: 'b', type: 'XX' }] }, /unknown type "XX"/, 'INVALID_ARGUMENT'],
      [{ activities: [{ id: 'a', duration: 1 }, { id: 'b', duration: 1 }], precedences: [{ from: 'a', to: 'b', lag: 0.5 }] }, /needs an integer lag/, 'INVALID_ARGUMENT'],
      [{ activities: 'nope' }, /instance.activities must be an array/, 'INVALID_ARGUMENT'],
    ];
    for (const [inst, re, code] of cases) {
      let err: unknown;
      try {
        solveRcpsp(inst as RcpspInstance);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PmoError);
      expect((err as PmoError).code).toBe(code);
      expect((err as PmoError).message).toMatch(re);
    }
  });
  it('rejects bad options', () => {
    expect(() => solveRcpsp(RULES, { schedules: 0 })).toThrow(/options.schedules must be an integer from 1/);
    expect(() => solveRcpsp(RULES, { seed: Number.NaN })).toThrow(/options.seed must be a finite number/);
    expect(() => solveRcpsp(RULES, { objective: 'fast' as never })).toThrow(/options.objective must be "makespan", "delay"/);
    expect(() => generateSchedule(RULES, { rule: 'EDD' as never })).toThrow(/options.rule must be/);
    expect(() => generateSchedule(RULES, { priorities: [1, 2] })).toThrow(/options.priorities must hold 7 finite numbers/);
    expect(() => generateSchedule(RULES, { activityList: ['x', 'x', 'y', 'z', 'x1', 'x2', 'y1'] })).toThrow(/lists "x" twice/);
  });
});
