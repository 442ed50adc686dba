/**
 * Portfolio optimization: who works on what (skill-based allocation of shared people, exact, with
 * shadow prices), which projects to fund (exact selection under budgets, capacities and logical
 * constraints, with the binding constraints and the efficient frontier), and in what order
 * (weighted scoring, AHP, strategic alignment, NPV, IRR, discounted payback).
 *
 * The functions that may need a mixed-integer program are asynchronous and load the HiGHS solver
 * (npm package `highs`) on first use; importing this module never loads it.
 *
 * @module portfolio
 */
export { allocateResources } from './allocateResources.js';
export { allocateResourcesSync } from './allocateResourcesSync.js';
export type { AllocateResourcesOptions, AllocationAssignment, AllocateResourcesResult, UnmetDemand, UnmetReason } from './allocationTypes.js';
export { selectProjects } from './selectProjects.js';
export { efficientFrontier } from './efficientFrontier.js';
export type { BindingConstraint, EfficientFrontierOptions, FrontierPoint, SelectProjectsOptions, SelectProjectsResult } from './selectionTypes.js';
export { prioritizeProjects } from './prioritizeProjects.js';
export type { PrioritizeProjectsResult, PrioritizeProjectsOptions, PrioritizedProject } from './prioritizationTypes.js';
export { ahpWeights, SAATY_RANDOM_INDEX, type AhpWeightsResult } from './ahpWeights.js';
export { npv } from './npv.js';
export { irr } from './irr.js';
export { discountedPayback } from './discountedPayback.js';
export { strategicAlignment, type AlignmentInput, type AlignmentReport } from './strategicAlignment.js';
