/**
 * What pmo-kit knows about organizations and PMOs, as typed bilingual data (English and
 * Simplified Chinese) and pure functions: organization structures and the PMO's responsibilities
 * in each, PMO types, the PMO compared with the project manager, decision authority, RACI
 * matrices, the PMO capability map, and the PMO's maturity (service catalog and questionnaire).
 *
 * @module org
 */
export { type Lang, type LocalizedText, type ControlLevel, LANGS } from './types.js';
export { localize } from './localize.js';

export {
  type CharacteristicLevel,
  type BudgetControl,
  type Staffing,
  type StructureCharacteristic,
  type StructureCharacteristics,
  type StructureFamily,
  type StructureProfile,
  STRUCTURE_PROFILES,
  STRUCTURE_CHARACTERISTIC_LABELS,
} from './structures.js';
export { describeStructure } from './describeStructure.js';

export { type PmoFunctionInfo, PMO_FUNCTION_INFO } from './pmo-functions.js';
export { PMO_FUNCTION_PRACTICES } from './pmo-function-practices.js';
export { type PmoTypeProfile, PMO_TYPE_PROFILES } from './pmo-types.js';
export { describePmoType } from './describePmoType.js';
export { type PmoResponsibility, pmoResponsibilities } from './pmoResponsibilities.js';

export {
  type ComparedRole,
  type RoleAxis,
  type RoleAxisKnowledge,
  type RoleSides,
  type RoleComparisonKnowledge,
  ROLE_COMPARISON,
} from './role-comparison.js';
export { type ComparedSide, type CompareRolesResult, type RoleComparison, type RoleComparisonAxis, compareRoles } from './compareRoles.js';

export { type RoleInfo, type AuthorityActionInfo, ROLE_INFO, AUTHORITY_ACTION_INFO } from './roles.js';
export { ROLE_AUTHORITY, PMO_DEFAULT_AUTHORITY, STRUCTURE_AUTHORITY_NOTES } from './authority-rules.js';
export { type CheckAuthorityResult, type AuthorityDecision, type AuthorityReason, checkAuthority } from './checkAuthority.js';

export {
  type RaciCode,
  type RaciCell,
  type RaciMatrix,
  type RaciAssignment,
  type RaciIssue,
  type RaciIssueCode,
  type BuildRaciOptions,
  RACI_CODES,
} from './raci.js';
export { buildRaci } from './buildRaci.js';
export { validateRaci } from './validateRaci.js';

export {
  type AnalysisModule,
  type AnalysisStatus,
  type AnalysisInfo,
  type AnalysisName,
  ANALYSES,
  ANALYSES_BY_NAME,
  PMO_FUNCTION_ANALYSES,
} from './analyses-catalog.js';
export { type PmoAnalysesResult, type PmoAnalysesReport, type PmoFunctionAnalyses, pmoAnalyses } from './pmoAnalyses.js';

export {
  type HobbsAubryGroup,
  type PmoServiceInfo,
  PMO_SERVICE_CATALOG,
  HILL_AREA_INFO,
} from './pmo-service-catalog.js';
export {
  type MaturityPerspectiveInfo,
  type MaturityQuestion,
  MATURITY_PERSPECTIVE_INFO,
  MATURITY_LEVEL_INFO,
  MATURITY_QUESTIONS,
} from './maturity-questionnaire.js';
export type {
  AssessMaturityOptions,
  AssessMaturityResult,
  FunctionMaturity,
  AreaMaturity,
  FunctionMaturityView,
  PerspectiveMaturity,
  PerspectiveMaturityView,
  MaturityRecommendation,
} from './maturityTypes.js';
export { assessMaturity } from './assessMaturity.js';
