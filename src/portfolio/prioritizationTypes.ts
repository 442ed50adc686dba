import type { Criterion } from '../model/prioritization.js';
import type { AhpWeightsResult } from './ahpWeights.js';

/** Options of {@link prioritizeProjects}. */
export interface PrioritizeProjectsOptions {
  /**
   * Portfolios only: the criteria (default: equal weights over what every project has among
   * alignment, expectedValue, priority, budget (a cost) and npv). A `score` criterion names a
   * project field: `expectedValue`, `priority` or `budget`.
   */
  readonly criteria?: readonly Criterion[];
  /** Portfolios only: an AHP pairwise comparison matrix over `criteria` (instead of weights). */
  readonly pairwise?: readonly (readonly number[])[];
}

/** One project of the ranking. */
export interface PrioritizedProject {
  readonly projectId: string;
  /** 1 for the best; equal scores share a rank (1, 2, 2, 4). */
  readonly rank: number;
  /** Σ over criteria of weight × normalized value, in [0, 1]. */
  readonly score: number;
  /** weight × normalized value per criterion (they sum to `score`). */
  readonly contributions: Readonly<Record<string, number>>;
  /** Normalized value per criterion in [0, 1] (1 = best of the projects). */
  readonly normalized: Readonly<Record<string, number>>;
  /** Raw value per criterion (`null` for an IRR or payback that does not exist). */
  readonly values: Readonly<Record<string, number | null>>;
  /** Alignment score, when there are objectives. */
  readonly alignment?: number;
  /** With cash flows and a discount rate: the NPV. */
  readonly npv?: number;
  /** With cash flows: the IRR (`null` when none or several). */
  readonly irr?: number | null;
  /** With cash flows and a discount rate: the discounted payback in periods (`null` when never). */
  readonly discountedPayback?: number | null;
}

/** The result of {@link prioritizeProjects}. */
export interface PrioritizeProjectsResult {
  /** `weighted`: weights given; `ahp`: weights from the pairwise matrix. */
  readonly method: 'weighted' | 'ahp';
  /** Criterion weights, normalized to sum to 1. */
  readonly weights: Readonly<Record<string, number>>;
  /** With a pairwise matrix: the AHP consistency (a CR above 0.1 is inconsistent). */
  readonly ahp?: AhpWeightsResult;
  /** Every project, best first (ties in input order). */
  readonly ranking: readonly PrioritizedProject[];
  /** With objectives: those that no project serves. */
  readonly unservedObjectives?: readonly string[];
}
