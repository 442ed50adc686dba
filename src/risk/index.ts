/**
 * Risk: the analysis of risk registers — a configurable probability–impact matrix, scores,
 * ratings and ranks, expected monetary value, exposure rolled up by project, category and owner,
 * heat-map data, response checks, and the change between two snapshots of a register.
 * docs/risk.md states every rule.
 *
 * @module risk
 */
export { analyzeRisks } from './analyzeRisks.js';
export { simulateRisk } from './simulateRisk.js';
export type {
  DurationDistribution,
  DurationCorrelation,
  SimulateRiskOptions,
  SimulateRiskResult,
  SimulatedFinish,
  SimulatedCost,
  SimulatedTask,
  PertAnalysis,
  SimulationPercentiles,
  SimulationHistogram,
} from './simulationTypes.js';
export { compareRiskRegisters } from './compareRiskRegisters.js';
export { rateRisk } from './rateRisk.js';
export { riskMatrix } from './riskMatrix.js';
export { DEFAULT_RISK_MATRIX } from './defaultRiskMatrix.js';
export { RISK_RATINGS, RISK_FINDING_CODES } from './constants.js';
export type {
  RiskRating,
  RiskStatus,
  ImpactEdges,
  ImpactDimension,
  RiskMatrix,
  RiskMatrixOptions,
  RateRiskResult,
  RateRiskOptions,
  RiskSource,
  AnalyzeRisksOptions,
  RatedRisk,
  RiskExposure,
  GroupExposure,
  HeatMapCell,
  RiskHeatMap,
  RiskFindingCode,
  RiskFinding,
  AnalyzeRisksResult,
  CompareRiskRegistersOptions,
  RiskReRating,
  CompareRiskRegistersResult,
} from './types.js';
