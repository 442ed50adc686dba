/**
 * The PMO's integration view of a scheduled portfolio: which cross-project dependencies drive
 * the dates, what a slip does downstream, which tasks and projects are single points of failure,
 * and how projects rank in the inter-project dependency graph.
 *
 * @module schedule/analysis
 */
export { criticalDependencies } from './criticalDependencies.js';
export { impactOfDelay } from './impactOfDelay.js';
export { singlePointsOfFailure } from './singlePointsOfFailure.js';
export { projectDependencyRanking } from './projectDependencyRanking.js';
export type {
  SlipMode,
  AnalysisOptions,
  CriticalDependenciesOptions,
  CriticalDependency,
  DelaySpec,
  ImpactOfDelayOptions,
  TaskShift,
  ProjectShift,
  MissedDateKind,
  MissedDate,
  ImpactOfDelayResult,
  DelayImpact,
  SinglePointsOfFailureOptions,
  ProjectDelay,
  TaskSinglePointOfFailure,
  ProjectSinglePointOfFailure,
  SinglePointsOfFailureResult,
  SinglePointsOfFailure,
  ProjectDependencyRank,
} from './types.js';
