/** solveRcpsp on PSPLIB j30 and on an MPLIB multi-project instance (skipped without ../shared/data). */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPsplib } from '../../src/io/readPsplib.js';
import { readRcmp } from '../../src/io/readRcmp.js';
import { psplibToRcpsp, rcmpToRcpsp } from '../../src/io/index.js';
import { solveRcpsp, verifySchedule, type RcpspInstance } from '../../src/resources/index.js';
import { SHARED_DATA } from '../helpers.js';

const PSPLIB = `${SHARED_DATA}psplib/`;
const MPLIB = `${SHARED_DATA}mplib/MPLIB1_Set1_0.rcmp`;
const hasPsplib = existsSync(`${PSPLIB}j30`);
if (!hasPsplib) console.warn(`test/resources: ${PSPLIB} is missing; the PSPLIB checks are skipped`);

/** Proven optima of j30 (best_ub with proved_optimal = 1). */
function optima(): Map<string, number> {
  const rows = readFileSync(`${PSPLIB}j30-best-known.csv`, 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((r) => r.split(',')).filter((c) => c[3] === '1').map((c) => [c[0]!, Number(c[1])] as const));
}

describe.skipIf(!hasPsplib)('PSPLIB j30 (Kolisch & Sprecher 1997)', () => {
  // Instances whose optimum lies well above the critical-path bound (no early stop).
  const names = ['j301_1', 'j305_3', 'j3013_3', 'j3029_2', 'j3041_1', 'j3045_2'];
  for (const name of names) {
    it(`${name} reaches its proven optimum within 5,000 schedules (seed 1)`, () => {
      const ps = readPsplib(readFileSync(`${PSPLIB}j30/${name}.sm`, 'utf8'), { name });
      const inst = psplibToRcpsp(ps);
      const s = solveRcpsp(inst, { schedules: 5000, seed: 1 });
      expect(verifySchedule(inst, s.starts)).toEqual([]);
      expect(s.criticalPathLength).toBe(ps.mpmTime);
      expect(s.schedules).toBeLessThanOrEqual(5000);
      expect(s.makespan).toBe(optima().get(`${name}.sm`));
    });
  }
  it('psplibToRcpsp keeps job numbers as ids and one project "1"', () => {
    const inst = psplibToRcpsp(readPsplib(readFileSync(`${PSPLIB}j30/j301_1.sm`, 'utf8')));
    expect(inst.activities.map((a) => a.id).slice(0, 3)).toEqual(['1', '2', '3']);
    expect(inst.activities[1]).toEqual({ id: '2', duration: 8, demands: [4, 0, 0, 0], project: '1' });
    expect(inst.resources).toEqual([
      { id: 'R1', capacity: 12 },
      { id: 'R2', capacity: 13 },
      { id: 'R3', capacity: 4 },
      { id: 'R4', capacity: 12 },
    ]);
    expect(inst.projects).toEqual([{ id: '1', release: 0 }]);
  });
});

const hasMplib = existsSync(MPLIB);
if (!hasMplib) console.warn(`test/resources: ${MPLIB} is missing; the MPLIB checks are skipped`);

describe.skipIf(!hasMplib)('MPLIB multi-project instance', () => {
  // Read in beforeAll: the body of a skipped describe still runs (to collect its tests).
  let inst: RcpspInstance;
  beforeAll(() => {
    inst = rcmpToRcpsp(readRcmp(readFileSync(MPLIB, 'utf8'), { name: 'MPLIB1_Set1_0.rcmp' }));
  });
  it('converts every project and activity with project:activity ids', () => {
    expect(inst.projects?.map((p) => p.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(inst.activities).toHaveLength(6 * 62);
    expect(inst.activities[0]!.id).toBe('1:1');
    expect(inst.resources).toHaveLength(4);
  });
  it.each(['makespan', 'delay'] as const)('levels it (objective %s): verified, delays from each critical path', (objective) => {
    const s = solveRcpsp(inst, { schedules: 300, seed: 2, objective });
    expect(verifySchedule(inst, s.starts)).toEqual([]);
    expect(s.schedules).toBeLessThanOrEqual(300);
    expect(s.projects).toHaveLength(6);
    for (const p of s.projects) {
      expect(p.delay).toBe(p.finish - p.release - p.criticalPathDuration);
      expect(p.delay).toBeGreaterThanOrEqual(0);
    }
    expect(s.makespan).toBeGreaterThanOrEqual(s.lowerBound);
  });
});
