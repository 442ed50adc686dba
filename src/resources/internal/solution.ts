/** Builds the public result of a schedule on a compiled problem. Private. */
import type { RcpspProjectResult, SolveRcpspResult } from '../rcpspTypes.js';
import type { Problem } from './problem.js';
import { evaluate } from './sgs.js';

/** The public solution for starts S. O(n + projects). */
export function toSolution(pr: Problem, S: Int32Array, schedules: number): SolveRcpspResult {
  const projFinish = new Int32Array(pr.nProj);
  const ev = evaluate(pr, S, projFinish, { makespan: 0, delaySum: 0, lateness: 0 });
  const projects: RcpspProjectResult[] = [];
  for (let j = 0; j < pr.nProj; j++) {
    const release = pr.projRelease[j]!;
    const finish = projFinish[j]!;
    const cpd = pr.projCpd[j]!;
    projects.push({ id: pr.projIds[j]!, release, finish, criticalPathDuration: cpd, delay: finish - release - cpd });
  }
  return {
    starts: Array.from(S),
    makespan: ev.makespan,
    averageDelay: pr.nProj === 0 ? 0 : projects.reduce((sum, p) => sum + p.delay, 0) / pr.nProj,
    lateness: ev.lateness,
    schedules,
    lowerBound: pr.lowerBound,
    criticalPathLength: pr.cpLength,
    projects,
  };
}
