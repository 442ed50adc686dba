/** Options and result types of {@link assessMaturity}. */
import type { Organization, OrganizationStructure, PmoFunction, PmoType } from '../model/organization.js';
import type { AnalysisInfo } from './analyses-catalog.js';
import type { MaturityLevel, MaturityPerspective } from '../model/maturity.js';
import type { HillArea, PmoService } from '../model/maturity.js';
import type { LocalizedText } from './types.js';

/**
 * Options of {@link assessMaturity}.
 *
 * @example
 * ```ts
 * const options: AssessMaturityOptions = { organization: portfolio.organization!, target: 4 };
 * ```
 */
export interface AssessMaturityOptions {
  /**
   * The organization whose structure and PMO type order the recommendations. Default: the
   * assessment's `structure` and `pmoType`; with neither, the recommendations follow the gaps alone.
   */
  readonly organization?: Organization;
  /** The level aimed at (1–5), overriding the assessment's `target`. Default: the assessment's, else 3. */
  readonly target?: MaturityLevel;
  /** Share of a level's statements that must hold for the level to be reached, in (0, 1]. Default 0.75. */
  readonly levelThreshold?: number;
  /** How many recommendations to give at most (an integer >= 0). Default 5. */
  readonly maxRecommendations?: number;
}

/**
 * The maturity of one needed function of the PMO service catalog.
 *
 * @example
 * ```ts
 * const f: FunctionMaturity = assessMaturity(a).functions.functions[0]!;
 * console.log(f.function, f.level, f.gap);
 * ```
 */
export interface FunctionMaturity {
  /** The catalog function. */
  readonly function: PmoService;
  /** Its name. */
  readonly label: LocalizedText;
  /** Gerald Hill's area it belongs to. */
  readonly hillArea: HillArea;
  /** Importance to the stakeholders (1–5). */
  readonly importance: number;
  /** Its maturity level: the PMO's delivery rating (1–5). */
  readonly level: MaturityLevel;
  /** The level aimed at. */
  readonly target: MaturityLevel;
  /** `max(0, target − level)`. */
  readonly gap: number;
  /** The functions of the knowledge model it maps onto. */
  readonly pmoFunctions: readonly PmoFunction[];
}

/**
 * The maturity of one of Gerald Hill's functional areas, over its needed functions.
 *
 * @example
 * ```ts
 * for (const a of assessMaturity(x).functions.areas) console.log(a.area, a.level ?? '-');
 * ```
 */
export interface AreaMaturity {
  /** The area. */
  readonly area: HillArea;
  /** Its name. */
  readonly label: LocalizedText;
  /** Importance-weighted mean level of its needed functions; `null` when none is needed. */
  readonly level: number | null;
  /** How many of its functions are needed. */
  readonly functions: number;
}

/**
 * The PMO Maturity Cube view: the maturity of the functions the stakeholders need.
 *
 * @example
 * ```ts
 * const v: FunctionMaturityView = assessMaturity(a).functions;
 * v.level; // e.g. 2.6: importance-weighted over the needed functions only
 * ```
 */
export interface FunctionMaturityView {
  /**
   * The PMO's maturity: the mean level of the needed functions, each weighted by its importance.
   * Functions marked unneeded never count. `null` when no function is needed.
   */
  readonly level: number | null;
  /** The importance-weighted mean target of the needed functions; `null` when none is needed. */
  readonly target: number | null;
  /** `max(0, target − level)`; `null` when none is needed. */
  readonly gap: number | null;
  /** The needed functions, in catalog order. */
  readonly functions: readonly FunctionMaturity[];
  /** Each of Hill's areas, in their order. */
  readonly areas: readonly AreaMaturity[];
  /** The functions rated but marked unneeded. */
  readonly unneeded: readonly PmoService[];
  /** The catalog functions the assessment does not rate. */
  readonly unrated: readonly PmoService[];
}

/**
 * The maturity of one perspective of the questionnaire.
 *
 * @example
 * ```ts
 * const p: PerspectiveMaturity = assessMaturity(a).perspectives.perspectives[0]!;
 * console.log(p.perspective, p.level, p.levelScores);
 * ```
 */
export interface PerspectiveMaturity {
  /** The perspective. */
  readonly perspective: MaturityPerspective;
  /** Its name. */
  readonly label: LocalizedText;
  /** The highest level whose statements, and those of every level below, hold to the threshold (1 when level 2's do not). */
  readonly level: MaturityLevel;
  /** The level's name, e.g. `{ en: 'Repeatable', zh: '可重复级' }`. */
  readonly levelLabel: LocalizedText;
  /** The level aimed at. */
  readonly target: MaturityLevel;
  /** `max(0, target − level)`. */
  readonly gap: number;
  /** For levels 2 to 5, the mean answer of its statements (0–1; an unanswered statement counts 0). */
  readonly levelScores: Readonly<Record<'2' | '3' | '4' | '5', number>>;
  /** Ids of the statements of the next level that do not fully hold (empty at level 5). */
  readonly nextLevelGaps: readonly string[];
}

/**
 * The organizational project management maturity view, on the seven perspectives.
 *
 * @example
 * ```ts
 * const v: PerspectiveMaturityView = assessMaturity(a).perspectives;
 * console.log(v.level, v.average.toFixed(1));
 * ```
 */
export interface PerspectiveMaturityView {
  /** The overall level: the lowest perspective's (an organization is at level L when every perspective is). */
  readonly level: MaturityLevel;
  /** The mean of the perspectives' levels. */
  readonly average: number;
  /** The overall target. */
  readonly target: MaturityLevel;
  /** `max(0, target − level)`. */
  readonly gap: number;
  /** Each perspective, in their order. */
  readonly perspectives: readonly PerspectiveMaturity[];
  /** Whether any statement was answered (all unanswered: every perspective is at level 1). */
  readonly answered: boolean;
  /** Ids of the statements without an answer. */
  readonly unanswered: readonly string[];
}

/**
 * A recommended next capability: a function or perspective below its target, with the analyses of
 * pmo-kit that support it.
 *
 * @example
 * ```ts
 * const r: MaturityRecommendation = assessMaturity(a, { organization: org }).recommendations[0]!;
 * console.log(r.label.en, r.analyses.map((x) => x.functionName));
 * ```
 */
export interface MaturityRecommendation {
  /** 1 for the first. */
  readonly rank: number;
  /** `function` (the Cube view) or `perspective` (the questionnaire view). */
  readonly kind: 'function' | 'perspective';
  /** The catalog function or perspective id. */
  readonly id: string;
  /** Its name. */
  readonly label: LocalizedText;
  /** Its level now. */
  readonly level: MaturityLevel;
  /** The level aimed at. */
  readonly target: MaturityLevel;
  /** `target − level` (> 0). */
  readonly gap: number;
  /** The function of the knowledge model it builds, the best placed in the capability map; `null` when none covers it. */
  readonly pmoFunction: PmoFunction | null;
  /** The analyses of pmo-kit that support it, most central first, with their status. */
  readonly analyses: readonly AnalysisInfo[];
  /** What to do next: the statements of the next level that do not hold, or what the next delivery level means. */
  readonly nextSteps: readonly LocalizedText[];
  /** Why it is recommended at this rank. */
  readonly reason: LocalizedText;
}

/**
 * The result of {@link assessMaturity}.
 *
 * @example
 * ```ts
 * const r: AssessMaturityResult = assessMaturity(portfolio.maturityAssessment!, { organization: portfolio.organization! });
 * ```
 */
export interface AssessMaturityResult {
  /** The assessment's `date`, when it has one. */
  readonly assessmentDate: string | null;
  /** The structure that orders the recommendations; `null` when unknown. */
  readonly structure: OrganizationStructure | null;
  /** The PMO type that orders the recommendations; `null` when unknown. */
  readonly pmoType: PmoType | null;
  /** The overall target. */
  readonly target: MaturityLevel;
  /** The PMO Maturity Cube view: maturity per function of the catalog. */
  readonly functions: FunctionMaturityView;
  /** The organizational view: maturity per perspective. */
  readonly perspectives: PerspectiveMaturityView;
  /** The next capabilities to build, best first. */
  readonly recommendations: readonly MaturityRecommendation[];
}
