/** Options, rule and result types of {@link checkGovernance}. */
import type { AuthorityAction, PmoType } from '../model/organization.js';
import type { Portfolio } from '../model/portfolio.js';
import type { Project, PROJECT_STATUSES } from '../model/project.js';
import type { LocalizedText } from '../org/types.js';
import type { PortfolioSchedule } from '../schedule/types.js';

/**
 * How much a finding weighs: `info` (a supportive PMO advises), `warning` (a controlling PMO
 * requires) or `error` (a directive PMO enforces).
 *
 * @example
 * ```ts
 * const s: GovernanceSeverity = 'warning';
 * ```
 */
export type GovernanceSeverity = 'info' | 'warning' | 'error';

/**
 * The parameters of the built-in rules, after defaults.
 *
 * @example
 * ```ts
 * const p: GovernanceParams = { riskReviewDays: 30, statusReportDays: 30, authorityAction: 'manage-project-directly' };
 * ```
 */
export interface GovernanceParams {
  /** `risk-review`: an active risk must have been reviewed within this many calendar days. Default 30. */
  readonly riskReviewDays: number;
  /** `status-report-age`: a project's latest status report must be at most this many calendar days old. Default 30. */
  readonly statusReportDays: number;
  /** `manager-authority`: the action a project manager must be authorized for. Default `manage-project-directly`. */
  readonly authorityAction: AuthorityAction;
}

/**
 * What a rule's check receives.
 *
 * @example
 * ```ts
 * const rule: GovernanceRule = {
 *   id: 'has-description',
 *   description: { en: 'Every active project has a description.', zh: '每个在建项目都有说明。' },
 *   check: (ctx) => ctx.activeProjects
 *     .filter(({ project }) => project.description === undefined)
 *     .map(({ project, index }) => ({ projectId: project.id, path: ['projects', index, 'description'], message: { en: 'no description', zh: '没有说明' } })),
 * };
 * ```
 */
export interface GovernanceContext {
  /** The portfolio checked. */
  readonly portfolio: Portfolio;
  /** The status date the time-based rules measure from; `null` when there is none. */
  readonly statusDate: string | null;
  /** The projects the rules apply to (status `active`, or none), with their index in `portfolio.projects`. */
  readonly activeProjects: readonly { readonly project: Project; readonly index: number }[];
  /** The parameters of the built-in rules. */
  readonly params: GovernanceParams;
  /** The portfolio's schedule, each project's critical path against its own finish (computed once, on first call). */
  readonly schedule: () => PortfolioSchedule;
}

/**
 * One thing a rule found wrong.
 *
 * @example
 * ```ts
 * const v: GovernanceViolation = { projectId: 'dp', path: ['projects', 1, 'sponsorId'], message: { en: 'no sponsor', zh: '没有发起人' } };
 * ```
 */
export interface GovernanceViolation {
  /** The project concerned; `null` for the portfolio as a whole. */
  readonly projectId: string | null;
  /** Where the offending (or missing) data is in the portfolio. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English and Chinese (a plain string is used for both). */
  readonly message: LocalizedText | string;
}

/**
 * A governance rule: an id, what it requires (en, zh), and a plain function that returns what
 * violates it. The built-in rules are {@link GOVERNANCE_RULES}; custom rules go in
 * `options.rules` of {@link checkGovernance}.
 *
 * @example
 * ```ts
 * const rule: GovernanceRule = { id: 'x', description: { en: 'X', zh: 'X' }, check: () => [] };
 * ```
 */
export interface GovernanceRule {
  /** A unique id (kebab-case by convention). */
  readonly id: string;
  /** What the rule requires. */
  readonly description: LocalizedText;
  /** Whether the rule measures time from the status date (it is skipped without one). */
  readonly needsStatusDate?: boolean;
  /** Whether the rule needs the portfolio's organization (it is skipped without one). */
  readonly needsOrganization?: boolean;
  /** Returns the violations in the portfolio (none: `[]`). */
  readonly check: (context: GovernanceContext) => readonly GovernanceViolation[];
}

/**
 * Options of {@link checkGovernance}.
 *
 * @example
 * ```ts
 * const options: CheckGovernanceOptions = { statusDate: '2026-04-30', disable: ['cross-dependency-owners'], severities: { 'project-baseline': 'error' } };
 * ```
 */
export interface CheckGovernanceOptions extends Partial<GovernanceParams> {
  /** Status date, `YYYY-MM-DD`. Default: the latest status report or actual date in the portfolio; without any, the time-based rules are skipped. */
  readonly statusDate?: string;
  /** The PMO type whose severity applies. Default: the organization's PMO type (no PMO: `info`). */
  readonly pmoType?: PmoType;
  /** One severity for every rule, overriding the PMO type's. */
  readonly severity?: GovernanceSeverity;
  /** A severity per rule id, overriding both. */
  readonly severities?: Readonly<Record<string, GovernanceSeverity>>;
  /** Ids of rules to switch off. */
  readonly disable?: readonly string[];
  /** Custom rules, checked after the built-in ones. */
  readonly rules?: readonly GovernanceRule[];
  /** The project statuses the rules apply to. Default `active` (a project without status counts as active). */
  readonly activeStatuses?: readonly (typeof PROJECT_STATUSES)[number][];
}

/**
 * One finding of {@link checkGovernance}.
 *
 * @example
 * ```ts
 * for (const f of checkGovernance(portfolio).findings) console.log(`${f.severity} ${f.ruleId} ${f.at}: ${f.message}`);
 * ```
 */
export interface GovernanceFinding {
  /** The rule violated. */
  readonly ruleId: string;
  /** The project concerned; `null` for the portfolio as a whole. */
  readonly projectId: string | null;
  /** How much it weighs. */
  readonly severity: GovernanceSeverity;
  /** What is wrong, in English. */
  readonly message: string;
  /** What is wrong, in English and Chinese. */
  readonly text: LocalizedText;
  /** Where the offending (or missing) data is. */
  readonly path: readonly (string | number)[];
  /** The path as text, e.g. `projects[1].sponsorId`. */
  readonly at: string;
}

/**
 * The result of {@link checkGovernance}.
 *
 * @example
 * ```ts
 * const r: CheckGovernanceResult = checkGovernance(portfolio);
 * r.findings.some((f) => f.severity === 'error');
 * ```
 */
export interface CheckGovernanceResult {
  /** The status date of the time-based rules; `null` when there is none. */
  readonly statusDate: string | null;
  /** The PMO type whose severities apply; `null` when the organization has no PMO. */
  readonly pmoType: PmoType | null;
  /** The severity of the findings: the PMO type's, or `options.severity` (`options.severities` may override it per rule). */
  readonly severity: GovernanceSeverity;
  /** Every rule, built-in then custom: its severity, whether it ran, and how many findings it gave. */
  readonly rules: readonly {
    readonly id: string;
    readonly description: LocalizedText;
    readonly severity: GovernanceSeverity;
    readonly enabled: boolean;
    readonly findings: number;
  }[];
  /** The findings, rule by rule, each rule's in portfolio order. */
  readonly findings: readonly GovernanceFinding[];
  /** The rules that could not run (no status date, no organization), with the reason. */
  readonly skipped: readonly { readonly ruleId: string; readonly reason: string }[];
}
