/**
 * psplibToRcpsp and rcmpToRcpsp (the one mapping of each benchmark format) and the portfolios
 * psplibToPortfolio and rcmpToPortfolio build on them.
 */
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { psplibToPortfolio, psplibToRcpsp, rcmpToPortfolio, rcmpToRcpsp, type PsplibInstance, type RcmpInstance } from '../../src/io/index.js';
import * as resources from '../../src/resources/index.js';
import { deepFreeze } from '../helpers.js';

/** Five jobs (dummy source and sink), two renewable resources, released at 2, due at 9. */
const PSPLIB: PsplibInstance = deepFreeze({
  name: 'tiny.sm',
  jobs: 5,
  horizon: 14,
  release: 2,
  due: 9,
  tardinessCost: 4,
  mpmTime: 7,
  resources: { renewable: [6, 2], nonrenewable: [] },
  activities: [
    { id: 1, duration: 0, demands: [0, 0], nonrenewableDemands: [], successors: [2, 3] },
    { id: 2, duration: 3, demands: [4, 0], nonrenewableDemands: [], successors: [4] },
    { id: 3, duration: 7, demands: [0, 2], nonrenewableDemands: [], successors: [5] },
    { id: 4, duration: 4, demands: [5, 1], nonrenewableDemands: [], successors: [5] },
    { id: 5, duration: 0, demands: [0, 0], nonrenewableDemands: [], successors: [] },
  ],
});

/** Two projects; project 2's activity 2 follows project 1's activity 2. */
const act = (project: number, activity: number, duration: number, demands: number[], successors: string[]) => ({
  id: `${project}:${activity}`,
  project,
  activity,
  duration,
  demands,
  successors,
});
const RCMP: RcmpInstance = deepFreeze({
  name: 'small.rcmp',
  capacities: [5, 3],
  projects: [
    { id: 1, release: 0, usesResources: [true, true], activities: [act(1, 1, 0, [0, 0], ['1:2']), act(1, 2, 3, [2, 1], ['1:3', '2:2']), act(1, 3, 0, [0, 0], [])] },
    { id: 2, release: 4, usesResources: [false, true], activities: [act(2, 1, 0, [0, 0], ['2:2']), act(2, 2, 4, [0, 1], ['2:3']), act(2, 3, 0, [0, 0], [])] },
  ],
});

function invalidArgument(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(PmoError);
    expect((err as PmoError).code).toBe('INVALID_ARGUMENT');
    return (err as Error).message;
  }
  throw new Error('expected a PmoError INVALID_ARGUMENT');
}

describe('psplibToRcpsp', () => {
  it('keeps job numbers as ids, resources R1..Rk, FS precedences and one project "1" at the release date', () => {
    const inst = psplibToRcpsp(PSPLIB);
    expect(inst.activities.map((a) => a.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(inst.activities[3]).toEqual({ id: '4', duration: 4, demands: [5, 1], project: '1' });
    expect(inst.resources).toEqual([
      { id: 'R1', capacity: 6 },
      { id: 'R2', capacity: 2 },
    ]);
    expect(inst.precedences).toEqual([
      { from: '1', to: '2' },
      { from: '1', to: '3' },
      { from: '2', to: '4' },
      { from: '3', to: '5' },
      { from: '4', to: '5' },
    ]);
    expect(inst.projects).toEqual([{ id: '1', release: 2 }]);
  });

  it('refuses what is not an instance, naming itself', () => {
    expect(invalidArgument(() => psplibToRcpsp(null as unknown as PsplibInstance))).toMatch(/^psplibToRcpsp: expected a PSPLIB instance/);
  });
});

describe('rcmpToRcpsp', () => {
  it('keeps project:activity ids, projects with their release dates, and links across projects', () => {
    const inst = rcmpToRcpsp(RCMP);
    expect(inst.activities.map((a) => `${a.id}@${a.project}`)).toEqual(['1:1@1', '1:2@1', '1:3@1', '2:1@2', '2:2@2', '2:3@2']);
    expect(inst.projects).toEqual([
      { id: '1', release: 0 },
      { id: '2', release: 4 },
    ]);
    expect(inst.precedences).toContainEqual({ from: '1:2', to: '2:2' });
    expect(inst.resources).toEqual([
      { id: 'R1', capacity: 5 },
      { id: 'R2', capacity: 3 },
    ]);
  });

  it('refuses what is not an instance, naming itself', () => {
    expect(invalidArgument(() => rcmpToRcpsp({} as RcmpInstance))).toMatch(/^rcmpToRcpsp: expected a multi-project instance/);
  });
});

describe('the portfolios present the same mapping', () => {
  it('psplibToPortfolio: the tasks, links, resources and release of psplibToRcpsp, dated from startDate', () => {
    const inst = psplibToRcpsp(PSPLIB);
    const pf = psplibToPortfolio(PSPLIB, { startDate: '2026-03-02' });
    const p = pf.projects[0]!;
    expect(p.tasks.map((t) => [t.id, t.duration, t.demands.map((d) => `${d.resourceId}:${d.units}`)])).toEqual(
      inst.activities.map((a) => [a.id, a.duration, a.demands!.flatMap((u, k) => (u > 0 ? [`${inst.resources![k]!.id}:${u}`] : []))]),
    );
    expect(p.dependencies.map((d) => [d.from, d.to, d.type, d.lag])).toEqual(inst.precedences!.map((e) => [e.from, e.to, 'FS', 0]));
    expect(pf.resources.map((r) => [r.id, r.capacity])).toEqual(inst.resources!.map((r) => [r.id, r.capacity]));
    expect([p.start, p.deadline]).toEqual(['2026-03-04', '2026-03-10']); // starts at period 2 (release); deadline on period 8 (due - 1)
  });

  it('psplibToPortfolio withDeadline: false leaves the due date out (as pmo cpm schedules the instance)', () => {
    expect(psplibToPortfolio(PSPLIB).projects[0]!.deadline).toBe('1970-01-09');
    expect(psplibToPortfolio(PSPLIB, { withDeadline: true }).projects[0]!.deadline).toBe('1970-01-09');
    expect(psplibToPortfolio(PSPLIB, { withDeadline: false }).projects[0]).not.toHaveProperty('deadline');
  });

  it('rcmpToPortfolio: a project per project, task ids within it, links across projects as cross-project dependencies', () => {
    const inst = rcmpToRcpsp(RCMP);
    const pf = rcmpToPortfolio(RCMP);
    expect(pf.projects.map((p) => [p.id, p.start, p.tasks.map((t) => t.id)])).toEqual([
      ['1', '1970-01-01', ['1', '2', '3']],
      ['2', '1970-01-05', ['1', '2', '3']],
    ]);
    const links = [
      ...pf.projects.flatMap((p) => p.dependencies.map((d) => `${p.id}:${d.from}>${p.id}:${d.to}`)),
      ...pf.crossDependencies.map((d) => `${d.fromProject}:${d.from}>${d.toProject}:${d.to}`),
    ];
    expect(links.sort()).toEqual(inst.precedences!.map((e) => `${e.from}>${e.to}`).sort());
    expect(pf.crossDependencies).toEqual([{ fromProject: '1', from: '2', toProject: '2', to: '2', type: 'FS', lag: 0 }]);
  });

  it('refuse what is not an instance with a PmoError naming the function (not a TypeError)', () => {
    expect(invalidArgument(() => psplibToPortfolio(null as unknown as PsplibInstance))).toMatch(/^psplibToPortfolio: expected a PSPLIB instance/);
    expect(invalidArgument(() => rcmpToPortfolio({} as RcmpInstance))).toMatch(/^rcmpToPortfolio: expected a multi-project instance/);
  });

  it('live in pmo-kit/io only: pmo-kit/resources no longer exports them (resources does not depend on io)', () => {
    expect('psplibToRcpsp' in resources).toBe(false);
    expect('rcmpToRcpsp' in resources).toBe(false);
  });
});
