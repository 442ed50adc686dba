import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { solveRcpsp, verifySchedule, type RcpspInstance } from '../../src/resources/index.js';
import { deepFreeze } from '../helpers.js';

const INST: RcpspInstance = deepFreeze({
  projects: [{ id: 'p', release: 1 }],
  activities: [
    { id: 'a', duration: 2, demands: [2, 0], project: 'p' },
    { id: 'b', duration: 3, demands: [1, 1], project: 'p', deadline: 9 },
    { id: 'c', duration: 1, demands: [2, 1], project: 'p' },
    { id: 'm', duration: 0, demands: [5, 5], project: 'p' },
  ],
  resources: [
    { id: 'crew', capacity: 3 },
    { id: 'crane', capacity: 1, profile: [1, 1, 1, 1, 0] },
  ],
  precedences: [
    { from: 'a', to: 'c' },
    { from: 'a', to: 'b', type: 'SS', lag: 1 },
    { from: 'b', to: 'm', type: 'FF', lag: 0 },
    { from: 'c', to: 'm', type: 'SF', lag: 2 },
  ],
});

describe('verifySchedule', () => {
  it('accepts a feasible schedule (zero-duration activities use nothing)', () => {
    expect(verifySchedule(INST, [1, 5, 3, 8])).toEqual([]);
  });

  it('catches a broken precedence of each link type', () => {
    // FS a -> c: c starts before a finishes.
    expect(verifySchedule(INST, [1, 2, 2, 5]).filter((v) => v.kind === 'precedence')).toEqual([
      { kind: 'precedence', from: 'a', to: 'c', type: 'FS', lag: 0, required: 3, start: 2, amount: 1 },
    ]);
    // SS a -> b lag 1, FF b -> m, SF c -> m lag 2.
    const v = verifySchedule(INST, [3, 3, 5, 4]).filter((x) => x.kind === 'precedence');
    expect(v).toEqual([
      { kind: 'precedence', from: 'a', to: 'b', type: 'SS', lag: 1, required: 4, start: 3, amount: 1 },
      { kind: 'precedence', from: 'b', to: 'm', type: 'FF', lag: 0, required: 6, start: 4, amount: 2 },
      { kind: 'precedence', from: 'c', to: 'm', type: 'SF', lag: 2, required: 7, start: 4, amount: 3 },
    ]);
  });

  it('catches over-capacity periods, with the activities that cause them', () => {
    // a [1,3) crew 2 and c [2,3) crew 2 overlap at period 2 (precedence broken too).
    const cap = verifySchedule(INST, [1, 5, 2, 8]).filter((v) => v.kind === 'capacity');
    expect(cap).toEqual([{ kind: 'capacity', resource: 'crew', period: 2, demand: 4, capacity: 3, amount: 1, activities: ['a', 'c'] }]);
    // The crane's profile is 0 in period 4: b [2,5) uses it.
    const prof = verifySchedule(INST, [1, 2, 3, 5]).filter((v) => v.kind === 'capacity');
    expect(prof).toEqual([
      { kind: 'capacity', resource: 'crane', period: 3, demand: 2, capacity: 1, amount: 1, activities: ['b', 'c'] },
      { kind: 'capacity', resource: 'crane', period: 4, demand: 1, capacity: 0, amount: 1, activities: ['b'] },
    ]);
  });

  it('catches releases (own or project), deadlines and bad starts', () => {
    const v = verifySchedule(INST, [0, 8, 7.5, 12]);
    expect(v).toContainEqual({ kind: 'start', activity: 'c', start: 7.5 });
    expect(v).toContainEqual({ kind: 'release', activity: 'a', release: 1, start: 0, amount: 1 });
    expect(v).toContainEqual({ kind: 'deadline', activity: 'b', deadline: 9, finish: 11, amount: 2 });
  });

  it('compares fractional units with a tolerance', () => {
    const inst: RcpspInstance = {
      activities: [
        { id: 'a', duration: 1, demands: [0.1] },
        { id: 'b', duration: 1, demands: [0.2] },
        { id: 'c', duration: 1, demands: [0.7] },
      ],
      resources: [{ id: 'r', capacity: 1 }],
    };
    expect(verifySchedule(inst, [0, 0, 0])).toEqual([]);
  });

  it('agrees with the solver on a solved instance, and is not fooled by a shifted copy', () => {
    const s = solveRcpsp(INST, { schedules: 100 });
    expect(verifySchedule(INST, s.starts)).toEqual([]);
    const shifted = s.starts.map((x, i) => (i === 2 ? x - 1 : x));
    expect(verifySchedule(INST, shifted).length).toBeGreaterThan(0);
  });

  it('throws PmoError on a starts array of the wrong length or an unknown link end', () => {
    expect(() => verifySchedule(INST, [0])).toThrow(PmoError);
    expect(() => verifySchedule(INST, [0])).toThrow(/verifySchedule: expected one start per activity \(4\), got 1/);
    expect(() => verifySchedule({ activities: [{ id: 'a', duration: 1 }], precedences: [{ from: 'a', to: 'x' }] }, [0])).toThrow(/unknown activity "x"/);
  });

  it('reports overloads of fractional durations by the whole periods they overlap', () => {
    // x [0, 2.5), y [0, 1.5), w [1, 3) on capacity 1. Stretches: [0, 1) x y -> period 0;
    // [1, 1.5) x y w -> period 1; [1.5, 2.5) x w -> periods 1 and 2; [2.5, 3) w alone fits.
    const inst: RcpspInstance = {
      resources: [{ id: 'r', capacity: 1 }],
      activities: [
        { id: 'x', duration: 2.5, demands: [1] },
        { id: 'y', duration: 1.5, demands: [1] },
        { id: 'w', duration: 2, demands: [1] },
      ],
    };
    const v = verifySchedule(inst, [0, 0, 1]);
    expect(v.map((x) => (x.kind === 'capacity' ? [x.period, x.demand, x.activities.join('')] : []))).toEqual([
      [0, 2, 'xy'],
      [1, 3, 'xyw'],
      [1, 2, 'xw'],
      [2, 2, 'xw'],
    ]);
    expect(v.every((x) => x.kind === 'capacity' && Number.isInteger(x.period))).toBe(true);
  });

  it('rejects periods beyond the time domain and malformed fields with a PmoError naming them', () => {
    expect(() => verifySchedule({ activities: [{ id: 'a', duration: 1e308 }] }, [0])).toThrow(/verifySchedule: activity "a": duration must be at most 67108863 periods/);
    expect(() => verifySchedule({ activities: [{ id: 'a', duration: 1, demands: [1] }], resources: [{ id: 'r', capacity: Number.NaN }] }, [0])).toThrow(
      /verifySchedule: resource "r": capacity must be a finite number >= 0, got NaN/,
    );
    expect(verifySchedule({ activities: [{ id: 'a', duration: 1 }] }, [2 ** 26])).toEqual([{ kind: 'start', activity: 'a', start: 2 ** 26 }]);
  });
});

describe('verifySchedule on hostile input (found by the fuzz suite)', () => {
  it('a BigInt in a calendar break or a group demand is a PmoError, not a TypeError from JSON.stringify', () => {
    const instance = { calendars: [{ id: 'c', breaks: [[0, 10n]] }], resources: [{ id: 'r', capacity: 1 }], activities: [{ id: 'a', duration: 1 }], precedences: [] };
    expect(() => verifySchedule(instance as never, [0])).toThrow(PmoError);
    const groups = { resources: [{ id: 'r', capacity: 1 }], activities: [{ id: 'a', duration: 1, groupDemands: [{ resources: [5n], units: 1 }] }], precedences: [] };
    expect(() => verifySchedule(groups as never, [0])).toThrow(PmoError);
  });
});
