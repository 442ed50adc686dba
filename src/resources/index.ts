/**
 * Resources: capacity and loading of shared resources, skills and pools, over-allocations, and
 * resource leveling, from one project to a whole portfolio: the resource-constrained project
 * scheduling problem (RCPSP), single- and multi-project, solved by schedule generation schemes,
 * priority rules, forward-backward improvement and a genetic algorithm within a budget of
 * generated schedules. Includes an independent schedule checker (the converters from the PSPLIB
 * and MPLIB benchmark formats are in pmo-kit/io).
 *
 * @module resources
 */
export { solveRcpsp, type SolveRcpspOptions } from './solveRcpsp.js';
export { generateSchedule, type GenerateScheduleOptions } from './generateSchedule.js';
export { verifySchedule } from './verifySchedule.js';
export { resourceCapacity, type ResourceCapacityOptions, type ResourceCapacityResult, type ResourceCapacity } from './resourceCapacity.js';
export { resourceLoading } from './resourceLoading.js';
export { overallocations } from './overallocations.js';
export { levelResources } from './levelResources.js';
export type {
  RcpspActivity,
  RcpspGroupDemand,
  RcpspCalendar,
  RcpspResource,
  RcpspPrecedence,
  RcpspProject,
  RcpspInstance,
  SgsScheme,
  PriorityRule,
  RcpspObjective,
  DeadlineMode,
  RcpspProjectResult,
  SolveRcpspResult,
  GenerateScheduleResult,
  RcpspSolution,
  ScheduleViolation,
} from './rcpspTypes.js';
export type {
  LoadingPeriodUnit,
  LoadingScheduleTask,
  LoadingScheduleInput,
  LoadingOptions,
  ResourceLoadingOptions,
  OverallocationsOptions,
  LoadingPeriod,
  LoadingSeries,
  ResourceLoadingResult,
  ResourceLoading,
  OverallocationTask,
  Overallocation,
  EntityOverallocation,
  AssignmentOverallocation,
} from './resourceLoadTypes.js';
export type { LevelResourcesOptions, LeveledTask, LeveledProject, LevelResourcesResult, LevelingResult, DemandAssignment } from './leveledScheduleTypes.js';
