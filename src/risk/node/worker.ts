/**
 * The worker thread of {@link simulateRiskParallel}: rebuilds the plan from the portfolio and the
 * options it is given (the same plan as the main thread's: everything in it is deterministic),
 * runs its iterations and posts the chunk back, its buffers transferred. Private to pmo-kit.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Portfolio } from '../../model/portfolio.js';
import { simPlan, type PlanOptions } from '../internal/simPlan.js';
import { runChunk } from '../internal/simRun.js';

/** What the main thread gives a worker. */
export interface WorkerTask {
  readonly portfolio: Portfolio;
  readonly options: PlanOptions;
  readonly lo: number;
  readonly hi: number;
}

const task = workerData as WorkerTask | null;
if (parentPort !== null && task !== null && typeof task === 'object' && 'lo' in task) {
  const plan = simPlan('simulateRisk', task.portfolio, task.options);
  const chunk = runChunk(plan, task.lo, task.hi);
  const buffers = [chunk.finish.buffer, chunk.critical.buffer, chunk.durations.buffer, chunk.occurred.buffer, ...(chunk.cost === null ? [] : [chunk.cost.buffer])] as ArrayBuffer[];
  parentPort.postMessage(chunk, buffers);
}
