/**
 * Risk, Node only: the Monte Carlo simulation of `pmo-kit/risk` on worker threads. Import it from
 * `pmo-kit/risk/node` (it uses `node:worker_threads`); `pmo-kit/risk` stays browser-usable.
 *
 * @module risk/node
 */
export { simulateRiskParallel, type SimulateRiskParallelOptions } from './simulateRiskParallel.js';
