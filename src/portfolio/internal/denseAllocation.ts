/**
 * An allocation problem on dense indices: people, demands, projects and skills numbered in input
 * order, and the qualified, profitable person–demand pairs ("edges"). Private to pmo-kit.
 */
import type { AllocationProblem } from '../../model/allocation.js';
import type { UnmetReason } from '../allocationTypes.js';

/** The dense form of an allocation problem. */
export interface DenseAllocation {
  readonly personIds: readonly string[];
  /** Hours each person can give (whole hours with `integerHours`). */
  readonly capacity: Float64Array;
  /** The capacities as given (for utilization). */
  readonly capacityGiven: Float64Array;
  readonly costPerHour: Float64Array;
  /** Most projects per person; -1 for no limit. */
  readonly maxProjects: Int32Array;
  readonly demandIds: readonly string[];
  readonly projectIds: readonly string[];
  readonly skills: readonly string[];
  readonly demandProject: Int32Array;
  readonly demandSkill: Int32Array;
  /** Hours each demand can take (whole hours with `integerHours`). */
  readonly hours: Float64Array;
  /** The hours as asked (for the unmet hours). */
  readonly hoursGiven: Float64Array;
  readonly valuePerHour: Float64Array;
  /** Edge e: person `edgePerson[e]` may give hours to demand `edgeDemand[e]` at `margin[e]` > 0 per hour. Sorted by person, then demand. */
  readonly edgePerson: Int32Array;
  readonly edgeDemand: Int32Array;
  readonly margin: Float64Array;
  /** Why each demand has no edge at all (`undefined` when it has one). */
  readonly noEdge: readonly (UnmetReason | undefined)[];
  /** Minimum hours of a non-zero assignment (0: none). */
  readonly minChunk: number;
  /** Whole hours only. */
  readonly integerHours: boolean;
}

/**
 * Builds the dense form. An edge exists when the person's level in the demand's skill is at least
 * its `minLevel` (default 1), the margin `valuePerHour - costPerHour` is positive, and both the
 * person's capacity and the demand's hours are positive (at least `minChunk`). With
 * `integerHours`, capacities and hours are rounded down to whole hours first (an integer plan
 * cannot use a fraction of an hour). O(P·S + Σ qualified pairs · log).
 */
export function denseAllocation(problem: AllocationProblem): DenseAllocation {
  const opts = problem.options ?? {};
  const integerHours = opts.integerHours === true;
  const minChunk = opts.minChunk ?? 0;
  const whole = (h: number) => (integerHours ? Math.floor(h + 1e-9) : h);
  const P = problem.people.length;
  const personIds = problem.people.map((p) => p.id);
  const capacity = Float64Array.from(problem.people, (p) => whole(p.capacity));
  const costPerHour = Float64Array.from(problem.people, (p) => p.costPerHour ?? 0);
  const maxProjects = Int32Array.from(problem.people, (p) => p.maxProjects ?? opts.maxProjectsPerPerson ?? -1);

  const projectIndex = new Map<string, number>();
  const skillIndex = new Map<string, number>();
  const index = (map: Map<string, number>, key: string) => {
    let i = map.get(key);
    if (i === undefined) map.set(key, (i = map.size));
    return i;
  };
  const D = problem.demands.length;
  const demandProject = new Int32Array(D);
  const demandSkill = new Int32Array(D);
  const hours = new Float64Array(D);
  const hoursGiven = Float64Array.from(problem.demands, (d) => d.hours);
  const valuePerHour = new Float64Array(D);
  problem.demands.forEach((d, i) => {
    demandProject[i] = index(projectIndex, d.projectId);
    demandSkill[i] = index(skillIndex, d.skill);
    hours[i] = whole(d.hours);
    valuePerHour[i] = d.valuePerHour;
  });

  // people by skill: (person, level), in person order
  const holders = new Map<string, { p: number; level: number }[]>();
  for (let p = 0; p < P; p++) {
    for (const [skill, level] of Object.entries(problem.people[p]!.skills)) {
      let list = holders.get(skill);
      if (list === undefined) holders.set(skill, (list = []));
      list.push({ p, level });
    }
  }

  // qualified, profitable pairs in demand order, then counting-sorted by person (stable)
  let ep = new Int32Array(1024);
  let ed = new Int32Array(1024);
  let em = new Float64Array(1024);
  let E = 0;
  const push = (p: number, d: number, m: number) => {
    if (E === ep.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      ep = grow(ep);
      ed = grow(ed);
      em = grow(em);
    }
    ep[E] = p;
    ed[E] = d;
    em[E++] = m;
  };
  const noEdge: (UnmetReason | undefined)[] = new Array(D).fill(undefined);
  const enough = (h: number) => h > 0 && h >= minChunk;
  problem.demands.forEach((d, i) => {
    const list = holders.get(d.skill);
    if (list === undefined || list.length === 0) {
      noEdge[i] = 'unknown-skill';
      return;
    }
    const min = d.minLevel ?? 1;
    let qualified = false;
    let profitable = false;
    let any = false;
    for (const { p, level } of list) {
      if (level < min) continue;
      qualified = true;
      const margin = d.valuePerHour - costPerHour[p]!;
      if (!(margin > 0)) continue;
      profitable = true;
      if (!enough(capacity[p]!) || !enough(hours[i]!) || maxProjects[p] === 0) continue;
      any = true;
      push(p, i, margin);
    }
    if (!any) noEdge[i] = !qualified ? 'under-qualified' : !profitable ? 'unprofitable' : 'capacity';
  });
  const start = new Int32Array(P + 1);
  for (let e = 0; e < E; e++) start[ep[e]! + 1]!++;
  for (let p = 0; p < P; p++) start[p + 1] = start[p + 1]! + start[p]!;
  const edgePerson = new Int32Array(E);
  const edgeDemand = new Int32Array(E);
  const margin = new Float64Array(E);
  for (let e = 0; e < E; e++) {
    const k = start[ep[e]!]!++;
    edgePerson[k] = ep[e]!;
    edgeDemand[k] = ed[e]!;
    margin[k] = em[e]!;
  }
  return {
    personIds,
    capacity,
    capacityGiven: Float64Array.from(problem.people, (p) => p.capacity),
    costPerHour,
    maxProjects,
    demandIds: problem.demands.map((d) => d.id),
    projectIds: [...projectIndex.keys()],
    skills: [...skillIndex.keys()],
    demandProject,
    demandSkill,
    hours,
    hoursGiven,
    valuePerHour,
    edgePerson,
    edgeDemand,
    margin,
    noEdge,
    minChunk,
    integerHours,
  };
}
