import { describe, expect, it } from 'vitest';
import { CycleError, PmoError } from '../../src/errors.js';
import { generateSchedule, solveRcpsp, verifySchedule, type RcpspInstance } from '../../src/resources/index.js';
import { RULES, SCHEMES } from './fixtures.js';

describe('generateSchedule: serial scheme and priority rules (hand-checked)', () => {
  // Expected starts in the order x, y, z, x1, x2, y1, z1.
  it('LST takes x, y, z: makespan 12', () => {
    const s = generateSchedule(RULES, { scheme: 'serial', rule: 'LST' });
    expect(s.starts).toEqual([0, 1, 4, 1, 2, 4, 5]);
    expect(s.makespan).toBe(12);
    expect(s.schedules).toBe(1);
  });
  it('MinSlack (slack = LS - current ES) takes x, y, z like LST here', () => {
    expect(generateSchedule(RULES, { scheme: 'serial', rule: 'MinSlack' }).starts).toEqual([0, 1, 4, 1, 2, 4, 5]);
  });
  it('LFT takes x, z, y', () => {
    const s = generateSchedule(RULES, { scheme: 'serial', rule: 'LFT' });
    expect(s.starts).toEqual([0, 2, 1, 1, 2, 5, 2]);
    expect(s.makespan).toBe(12);
  });
  it('GRPW takes y, z, x: makespan 16', () => {
    const s = generateSchedule(RULES, { scheme: 'serial', rule: 'GRPW' });
    expect(s.starts).toEqual([4, 0, 3, 5, 6, 3, 4]);
    expect(s.makespan).toBe(16);
  });
  it('critical path and lower bound', () => {
    const s = generateSchedule(RULES);
    expect(s.criticalPathLength).toBe(12);
    expect(s.lowerBound).toBe(12);
  });
});

describe('generateSchedule: parallel scheme (hand-checked)', () => {
  it('LFT and GRPW give the same schedules as the serial scheme on RULES', () => {
    expect(generateSchedule(RULES, { scheme: 'parallel', rule: 'LFT' }).starts).toEqual([0, 2, 1, 1, 2, 5, 2]);
    expect(generateSchedule(RULES, { scheme: 'parallel', rule: 'GRPW' }).starts).toEqual([4, 0, 3, 5, 6, 3, 4]);
  });
  it('LST and MinSlack order alike in the parallel scheme', () => {
    const a = generateSchedule(RULES, { scheme: 'parallel', rule: 'LST' });
    expect(generateSchedule(RULES, { scheme: 'parallel', rule: 'MinSlack' }).starts).toEqual(a.starts);
    expect(a.starts).toEqual([0, 1, 4, 1, 2, 4, 5]);
  });
  it('serial and parallel differ on the same priorities (active vs non-delay schedules)', () => {
    const list = ['P', 'Y', 'Z'];
    const serial = generateSchedule(SCHEMES, { scheme: 'serial', activityList: list });
    const parallel = generateSchedule(SCHEMES, { scheme: 'parallel', activityList: list });
    expect(serial.starts).toEqual([0, 1, 2]);
    expect(serial.makespan).toBe(5);
    expect(parallel.starts).toEqual([0, 3, 0]);
    expect(parallel.makespan).toBe(4);
  });
  it('waits for release dates and capacity increases (profile)', () => {
    const inst: RcpspInstance = {
      activities: [
        { id: 'a', duration: 2, demands: [2], release: 1 },
        { id: 'b', duration: 1, demands: [1] },
      ],
      resources: [{ id: 'r', capacity: 2, profile: [1, 1, 0, 1] }],
    };
    for (const scheme of ['serial', 'parallel'] as const) {
      const s = generateSchedule(inst, { scheme });
      expect(verifySchedule(inst, s.starts)).toEqual([]);
      expect(s.starts).toEqual([4, 0]);
    }
  });
});

describe('generateSchedule: decodings and justification', () => {
  it('decodes an activity list and a random-key vector', () => {
    expect(generateSchedule(SCHEMES, { activityList: ['P', 'Z', 'Y'] }).starts).toEqual([0, 3, 0]);
    // Smaller key first: Z (0.1), then P (0.5), then Y (0.9).
    expect(generateSchedule(SCHEMES, { priorities: [0.5, 0.9, 0.1] }).starts).toEqual([0, 3, 0]);
    // A list that puts a successor first is read as priorities.
    expect(generateSchedule(SCHEMES, { activityList: ['Y', 'P', 'Z'] }).starts).toEqual([0, 1, 2]);
  });
  it('the random rule is seeded', () => {
    const a = generateSchedule(RULES, { rule: 'random', seed: 5 });
    expect(generateSchedule(RULES, { rule: 'random', seed: 5 })).toEqual(a);
    expect(verifySchedule(RULES, a.starts)).toEqual([]);
  });
  it('forward-backward improvement shortens the GRPW schedule and counts three schedules', () => {
    const plain = generateSchedule(RULES, { rule: 'GRPW' });
    const fbi = generateSchedule(RULES, { rule: 'GRPW', justify: true });
    expect(fbi.schedules).toBe(3);
    expect(fbi.makespan).toBe(12);
    expect(fbi.makespan).toBeLessThan(plain.makespan);
    expect(verifySchedule(RULES, fbi.starts)).toEqual([]);
  });
});

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
