// The enumerations of the maturity model as plain constants, without zod, so that the knowledge
// model (`pmo-kit/org`, which holds their labels and the questions) uses them without loading the
// schemas. `maturity.ts` builds its schemas from them and re-exports them.

/**
 * The PMO functions of Hobbs and Aubry's survey of 500 PMOs (PMI, 2007), the catalog the PMO
 * Maturity Cube rates. Their labels, groups, Gerald Hill's functional area of each and the
 * pmo-kit `PmoFunction`s each maps onto are in `PMO_SERVICE_CATALOG` (`pmo-kit/org`).
 */
export const PMO_SERVICES = [
  'report-status',
  'monitor-performance',
  'information-system',
  'scoreboard',
  'standard-methodology',
  'promote-pm',
  'develop-competencies',
  'mentoring',
  'provide-tools',
  'coordinate-projects',
  'select-projects',
  'manage-portfolios',
  'manage-programs',
  'allocate-resources',
  'advise-management',
  'strategic-planning',
  'benefits-management',
  'environmental-scanning',
  'monitor-pmo',
  'documentation-archives',
  'audit-projects',
  'post-project-reviews',
  'lessons-database',
  'risk-database',
  'specialized-tasks',
  'customer-interfaces',
  'recruit-project-managers',
] as const;

/** Gerald Hill's five PMO functional areas (The Complete Project Management Office Handbook). */
export const HILL_AREAS = [
  'practice-management',
  'infrastructure-management',
  'resource-integration',
  'technical-support',
  'business-alignment',
] as const;

/** The seven perspectives of organizational project management maturity, after P3M3. */
export const MATURITY_PERSPECTIVES = [
  'management-control',
  'benefits-management',
  'financial-management',
  'stakeholder-engagement',
  'risk-management',
  'organizational-governance',
  'resource-management',
] as const;

/** Short codes of the perspectives, the prefix of their question ids (`mc-2a`). */
export const MATURITY_PERSPECTIVE_CODES = {
  'management-control': 'mc',
  'benefits-management': 'bm',
  'financial-management': 'fm',
  'stakeholder-engagement': 'se',
  'risk-management': 'rm',
  'organizational-governance': 'og',
  'resource-management': 'res',
} as const satisfies { readonly [P in (typeof MATURITY_PERSPECTIVES)[number]]: string };

/** The maturity levels 1–5 (awareness, repeatable, defined, managed, optimized). */
export const MATURITY_LEVELS = [1, 2, 3, 4, 5] as const;

/** The levels the questionnaire asks about: level 1 (awareness) is where every organization starts. */
export const QUESTIONED_LEVELS = [2, 3, 4, 5] as const;

/** The statements asked per perspective and level. */
export const QUESTIONS_PER_LEVEL = ['a', 'b'] as const;

/**
 * Every question id of the maturity questionnaire: `<perspective code>-<level><letter>`, e.g.
 * `mc-2a` (management control, level 2, first statement). 7 perspectives × 4 levels × 2 = 56.
 */
export const MATURITY_QUESTION_IDS: readonly string[] = Object.freeze(
  MATURITY_PERSPECTIVES.flatMap((p) => QUESTIONED_LEVELS.flatMap((l) => QUESTIONS_PER_LEVEL.map((x) => `${MATURITY_PERSPECTIVE_CODES[p]}-${l}${x}`))),
);
