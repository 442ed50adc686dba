/** generateSchedule: the serial and parallel schemes, the priority rules, decodings and justification (hand-checked). */
import { describe, expect, it } from 'vitest';
import { generateSchedule, verifySchedule, type RcpspInstance } from '../../src/resources/index.js';
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
