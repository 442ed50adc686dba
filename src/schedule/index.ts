/**
 * Scheduling: dependency graphs, the critical path method on projects and whole portfolios,
 * and a date-free CPM kernel for large networks.
 *
 * @module schedule
 */
export { schedule } from './schedule.js';
export { schedulePortfolio } from './schedulePortfolio.js';
export { scheduleColumns } from './scheduleColumns.js';
export { cpm } from './cpm.js';
export { cpmArrays } from './cpmArrays.js';
export { compileSchedule, COMPILED_LINK_TYPES, type CompileScheduleOptions, type CompiledLinks, type CompiledSchedule, type CompiledScheduleOutput } from './compileSchedule.js';
export { taskKey, parseTaskKey, type ParseTaskKeyResult } from './taskKey.js';
export {
  dependencyGraph,
  downstreamTasks,
  upstreamTasks,
  findCycle,
  type DependencyGraph,
  type DependencyGraphLabel,
  type TaskNodeLabel,
  type LinkEdgeLabel,
} from './dependencyGraph.js';
export type {
  CriticalPathOptions,
  CpmOptions,
  CpmArraysOptions,
  ScheduleOptions,
  SchedulePortfolioOptions,
  ProgressOptions,
  ProgressState,
  ProjectProgress,
  DatedTask,
  DatedSchedule,
  ScheduledTask,
  ScheduleColumns,
  ScheduleResult,
  ScheduledProject,
  SchedulePortfolioResult,
  CpmNetwork,
  CpmNetworkTask,
  CpmNetworkLink,
  CpmTask,
  CpmResult,
  CpmArraysInput,
  CpmArraysResult,
  ProjectSchedule,
  PortfolioSchedule,
  CpmNetworkOptions,
} from './types.js';

export * from './analysis/index.js';
