/**
 * Project performance: earned value management (PMI Practice Standard for EVM) and Lipke's earned
 * schedule, as plain functions on the summary numbers and as a time-phased analysis of a project
 * or portfolio from its baseline, progress and actual costs (or its status reports); and what a PMO
 * does with these numbers: project health scores, portfolio KPIs, governance checks and lessons
 * learned.
 *
 * @module performance
 */
export { earnedValue } from './earnedValue.js';
export { earnedSchedule } from './earnedSchedule.js';
export type {
  EarnedValueInput,
  EarnedValueResult,
  EarnedValueNullable,
  EarnedScheduleInput,
  EarnedScheduleResult,
  EarnedScheduleNullable,
} from './types.js';
export { earnedValueAnalysis } from './earnedValueAnalysis.js';
export type {
  EarnedValueAnalysis,
  EarnedValueAnalysisResult,
  EarnedValueAnalysisOptions,
  EvPeriodUnit,
  EvPeriod,
  EvSeries,
  EvScheduleMeasures,
  EvSource,
  EvPlan,
  EvReportPoint,
  ProjectEarnedValue,
  PortfolioEarnedValue,
} from './analysisTypes.js';
export { healthScore } from './healthScore.js';
export type {
  HealthIndicator,
  HealthArea,
  HealthRating,
  HealthIndicatorSettings,
  HealthRatingThresholds,
  HealthOverallocationInput,
  HealthScoreOptions,
  HealthDriver,
  AbsentIndicator,
  HealthTrend,
  HealthMover,
  ProjectHealth,
  HealthScoreResult,
} from './healthTypes.js';
export { portfolioKpis } from './portfolioKpis.js';
export type {
  KpiId,
  KpiLoadingInput,
  PortfolioKpisOptions,
  KpiGroup,
  BudgetVarianceDistribution,
  PortfolioKpi,
  KpiProjectRow,
  PortfolioKpisResult,
} from './kpiTypes.js';
export { checkGovernance } from './checkGovernance.js';
export { GOVERNANCE_RULES } from './governance-rules.js';
export type {
  GovernanceSeverity,
  GovernanceParams,
  GovernanceContext,
  GovernanceViolation,
  GovernanceRule,
  CheckGovernanceOptions,
  GovernanceFinding,
  CheckGovernanceResult,
} from './governanceTypes.js';
export { lessonsFor } from './lessonsFor.js';
export { searchLessons } from './searchLessons.js';
export type { LessonQuery, LessonAttribute, LessonsForOptions, LessonMatchReason, RankedLesson, LessonsForResult, SearchLessonsOptions } from './lessonTypes.js';
