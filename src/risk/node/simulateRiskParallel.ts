import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PmoError } from '../../errors.js';
import type { Portfolio } from '../../model/portfolio.js';
import { show } from '../../internal/show.js';
import { simPlan, type PlanOptions } from '../internal/simPlan.js';
import type { SimChunk } from '../internal/simRun.js';
import { mergeChunks, summarize } from '../internal/simSummary.js';
import { deterministic } from '../simulateRisk.js';
import type { SimulateRiskOptions, SimulateRiskResult } from '../simulationTypes.js';
import type { WorkerTask } from './worker.js';

/** Options of {@link simulateRiskParallel}: those of `simulateRisk`, and the number of worker threads. */
export interface SimulateRiskParallelOptions extends SimulateRiskOptions {
  /** Worker threads to share the iterations, an integer in [1, 256]. Default: `os.availableParallelism()`. */
  readonly workers?: number;
}

declare const __filename: string | undefined;

/** This module's folder (ES module or CommonJS build, or the TypeScript source under a loader). */
function here(): string {
  return typeof __filename === 'string' ? dirname(__filename) : dirname(fileURLToPath(import.meta.url));
}

/** The worker script: next to this module, or in the built package's `risk/node/` (this code may sit in a shared chunk). */
function workerFile(): string {
  const dir = here();
  const candidates = ['worker.js', 'worker.cjs', join('risk', 'node', 'worker.js'), join('risk', 'node', 'worker.cjs'), join('..', 'risk', 'node', 'worker.js'), 'worker.ts'];
  const cjs = typeof __filename === 'string';
  for (const c of cjs ? [...candidates].sort((a, b) => Number(b.endsWith('.cjs')) - Number(a.endsWith('.cjs'))) : candidates) {
    const f = join(dir, c);
    if (existsSync(f)) return f;
  }
  throw new PmoError('INVALID_ARGUMENT', `simulateRiskParallel: cannot find the worker script next to ${dir}`);
}

/**
 * `simulateRisk` (`pmo-kit/risk`) with its iterations shared between Node worker threads: the same result,
 * bit for bit, as a single thread for the same seed, whatever the number of workers (each
 * iteration draws from its own random streams and the statistics read the iterations in order).
 * Node only (`pmo-kit/risk/node`); `simulateRisk` itself runs anywhere.
 *
 * Each worker rebuilds the plan from the portfolio (structured-cloned) and runs a contiguous
 * range of iterations; the main thread checks the input first (bad input rejects before any
 * worker starts), gathers the ranges in order and computes the statistics. `onProgress` is called
 * as ranges complete. Worth it from a few thousand iterations of a large network: each worker
 * starts a thread and compiles the network again.
 *
 * @param portfolio - the portfolio (e.g. from `parsePortfolio`)
 * @param options - those of `simulateRisk`, and `workers`
 * @returns a promise of the result of `simulateRisk(portfolio, options)`
 * @throws (rejects with) what `simulateRisk` throws, and `INVALID_ARGUMENT` for a bad `workers`
 * @example
 * ```ts
 * import { simulateRiskParallel } from 'pmo-kit/risk/node';
 * const r = await simulateRiskParallel(portfolio, { iterations: 100000, seed: 7, workers: 4 });
 * r.finish.percentiles.p80; // the same as simulateRisk(portfolio, { iterations: 100000, seed: 7 })
 * ```
 */
export async function simulateRiskParallel(portfolio: Portfolio, options?: SimulateRiskParallelOptions): Promise<SimulateRiskResult> {
  const { workers: asked, onProgress, schedule: given, ...rest } = options ?? {};
  const plan = simPlan('simulateRisk', portfolio, options === undefined ? undefined : { ...rest, ...(onProgress !== undefined ? { onProgress } : {}) });
  const workers = asked ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) throw new PmoError('INVALID_ARGUMENT', `simulateRiskParallel: options.workers must be an integer in [1, 256], got ${show(workers)}`);
  const n = plan.iterations;
  const w = Math.min(workers, n);
  const file = workerFile();
  // The TypeScript source (tests): the worker registers tsx's loader first.
  const ts = file.endsWith('.ts');
  const script = ts ? `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); });` : file;
  let done = 0;
  const chunks = await Promise.all(
    Array.from({ length: w }, (_, k) => {
      const task: WorkerTask = { portfolio, options: rest as PlanOptions, lo: Math.floor((k * n) / w), hi: Math.floor(((k + 1) * n) / w) };
      return new Promise<SimChunk>((resolve, reject) => {
        // Inherit the process's flags but --input-type (a `node -e` script's), which a worker refuses.
        const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
        const worker = new Worker(script, { workerData: task, eval: ts, execArgv });
        worker.once('message', (chunk: SimChunk) => {
          done += chunk.hi - chunk.lo;
          onProgress?.(done, n);
          resolve(chunk);
          void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (code !== 0) reject(new PmoError('INVALID_ARGUMENT', `simulateRiskParallel: worker ${k} stopped with exit code ${code}`));
        });
      });
    }),
  );
  return summarize(plan, mergeChunks(plan, chunks), deterministic(plan, portfolio, given));
}
