/* The parse and safeParse functions of every top-level model. */
import type { Baseline, StatusReport } from './status.js';
import type { Calendar } from './calendar.js';
import type { Organization } from './organization.js';
import type { Portfolio } from './portfolio.js';
import type { Program, Project } from './project.js';
import type { Resource, ResourcePool } from './resource.js';
import type { Risk, RiskRegister } from './risk.js';
import { parseModel, validateModel, type SafeParseResult } from './validate.js';

/**
 * Validates unknown input as a portfolio (the pmo-kit portfolio JSON file format) and returns it typed, with defaults applied.
 * Every issue is reported, each with its path, not only the first.
 *
 * Every object is closed: an unknown field is an issue (`unknown_key`, with a "did you mean"
 * suggestion); data of your own goes in an entity's `extensions`.
 *
 * Beyond shape it checks: duplicate ids (task ids within their project; project, resource, calendar, pool, program, risk and baseline ids within the portfolio; units and people within the organization), references to unknown tasks, projects, calendars, resources, skills, pools, programs and people, self-dependencies, duplicate links, WBS parent cycles, dates that do not exist and negative durations; and what the schedule engine would refuse: dependency cycles (within and across projects, through WBS summaries; `cycle`, naming the members), links between a summary and its own subtask, constraints a summary cannot take and calendars without a working day that something schedules on. A portfolio that validates schedules, except for what only scheduling can tell (see docs/portfolio-format.md).
 *
 * O(size of the input) on valid input.
 *
 * @param input - untrusted data, e.g. the result of `JSON.parse`; never mutated
 * @returns the validated Portfolio, a new object
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue
 * @example
 * ```ts
 * const portfolio = parsePortfolio(JSON.parse(readFileSync('portfolio.json', 'utf8')));
 * console.log(portfolio.projects.length);
 * ```
 */
export function parsePortfolio(input: unknown): Portfolio {
  return parseModel<Portfolio>('parsePortfolio', 'portfolio', input);
}

/**
 * Validates unknown input as a portfolio (the pmo-kit portfolio JSON file format) without throwing on invalid data.
 *
 * @param input - untrusted data; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PmoValidationError} listing every issue
 * @example
 * ```ts
 * const r = safeParsePortfolio(data);
 * if (!r.success) for (const issue of r.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParsePortfolio(input: unknown): SafeParseResult<Portfolio> {
  return validateModel<Portfolio>('safeParsePortfolio', 'portfolio', input);
}

/**
 * Validates unknown input as a single project (tasks and dependencies) and returns it typed, with defaults applied.
 * Every issue is reported, each with its path, not only the first.
 *
 * Beyond shape it checks duplicate task ids, unknown fields, dependencies on unknown tasks, self-dependencies, duplicate links, WBS parent cycles, dependency cycles (through WBS summaries too), links between a summary and its own subtask and constraints a summary cannot take. Calendars, resources and people are not cross-checked: they live in the portfolio (or, for `schedule`, in its options).
 *
 * @param input - untrusted data, e.g. the result of `JSON.parse`; never mutated
 * @returns the validated Project, a new object
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue
 * @example
 * ```ts
 * const project = parseProject({ id: 'p1', name: 'Pilot', start: '2026-01-05', tasks: [{ id: 'a', name: 'Design', duration: 5 }], dependencies: [] });
 * ```
 */
export function parseProject(input: unknown): Project {
  return parseModel<Project>('parseProject', 'project', input);
}

/**
 * Validates unknown input as a single project (tasks and dependencies) without throwing on invalid data.
 *
 * @param input - untrusted data; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PmoValidationError} listing every issue
 * @example
 * ```ts
 * const r = safeParseProject(data);
 * if (!r.success) for (const issue of r.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParseProject(input: unknown): SafeParseResult<Project> {
  return validateModel<Project>('safeParseProject', 'project', input);
}

/**
 * Validates unknown input as an organization (structure, units, people, PMO) and returns it typed, with defaults applied.
 * Every issue is reported, each with its path, not only the first.
 *
 * Beyond shape it checks duplicate unit and person ids, references to unknown units and people, unit parent cycles, and that the PMO lead holds the role `pmo-lead`.
 *
 * @param input - untrusted data, e.g. the result of `JSON.parse`; never mutated
 * @returns the validated Organization, a new object
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue
 * @example
 * ```ts
 * const org = parseOrganization({ id: 'acme', name: 'ACME', structure: 'balanced-matrix', pmo: { name: 'EPMO', type: 'controlling' } });
 * ```
 */
export function parseOrganization(input: unknown): Organization {
  return parseModel<Organization>('parseOrganization', 'organization', input);
}

/**
 * Validates unknown input as an organization (structure, units, people, PMO) without throwing on invalid data.
 *
 * @param input - untrusted data; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PmoValidationError} listing every issue
 * @example
 * ```ts
 * const r = safeParseOrganization(data);
 * if (!r.success) for (const issue of r.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParseOrganization(input: unknown): SafeParseResult<Organization> {
  return validateModel<Organization>('safeParseOrganization', 'organization', input);
}

/**
 * Validates unknown input as a risk register and returns it typed, with defaults applied.
 * Every issue is reported, each with its path, not only the first.
 *
 * Beyond shape it checks duplicate risk ids and that each strategy fits the risk kind (threat or opportunity).
 *
 * @param input - untrusted data, e.g. the result of `JSON.parse`; never mutated
 * @returns the validated RiskRegister, a new object
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue
 * @example
 * ```ts
 * const register = parseRiskRegister({ risks: [{ id: 'r1', title: 'Vendor late', kind: 'threat', probability: 0.3, impact: { days: 10 }, strategy: 'mitigate', owner: 'ana', status: 'open' }] });
 * ```
 */
export function parseRiskRegister(input: unknown): RiskRegister {
  return parseModel<RiskRegister>('parseRiskRegister', 'riskRegister', input);
}

/**
 * Validates unknown input as a risk register without throwing on invalid data.
 *
 * @param input - untrusted data; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PmoValidationError} listing every issue
 * @example
 * ```ts
 * const r = safeParseRiskRegister(data);
 * if (!r.success) for (const issue of r.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParseRiskRegister(input: unknown): SafeParseResult<RiskRegister> {
  return validateModel<RiskRegister>('safeParseRiskRegister', 'riskRegister', input);
}

/**
 * Validates unknown input as a single risk and returns it typed, with defaults applied.
 * Every issue is reported, each with its path, not only the first.
 *
 * @param input - untrusted data, e.g. the result of `JSON.parse`; never mutated
 * @returns the validated Risk, a new object
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue
 * @example
 * ```ts
 * const risk = parseRisk({ id: 'r1', title: 'Early release', kind: 'opportunity', probability: 0.2, impact: { days: 5 }, strategy: 'exploit', owner: 'li', status: 'open' });
 * ```
 */
export function parseRisk(input: unknown): Risk {
  return parseModel<Risk>('parseRisk', 'risk', input);
}

/**
 * Validates unknown input as a single risk without throwing on invalid data.
 *
 * @param input - untrusted data; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PmoValidationError} listing every issue
 * @example
 * ```ts
 * const r = safeParseRisk(data);
 * if (!r.success) for (const issue of r.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParseRisk(input: unknown): SafeParseResult<Risk> {
  return validateModel<Risk>('safeParseRisk', 'risk', input);
}

/**
 * Validates unknown input as a working calendar and returns it typed, with defaults applied.
 * Every issue is reported, each with its path, not only the first. A calendar without any
 * working day (no working weekday, no working exception) is an issue (`no_working_days`).
 *
 * @param input - untrusted data, e.g. the result of `JSON.parse`; never mutated
 * @returns the validated Calendar, a new object
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue
 * @example
 * ```ts
 * const cal = parseCalendar({ id: 'std', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-12-25'] });
 * ```
 */
export function parseCalendar(input: unknown): Calendar {
  return parseModel<Calendar>('parseCalendar', 'calendar', input);
}

/**
 * Validates unknown input as a working calendar without throwing on invalid data.
 *
 * @param input - untrusted data; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PmoValidationError} listing every issue
 * @example
 * ```ts
 * const r = safeParseCalendar(data);
 * if (!r.success) for (const issue of r.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParseCalendar(input: unknown): SafeParseResult<Calendar> {
  return validateModel<Calendar>('safeParseCalendar', 'calendar', input);
}

/**
 * Validates unknown input as a resource and returns it typed, with defaults applied.
 * Every issue is reported, each with its path, not only the first.
 *
 * @param input - untrusted data, e.g. the result of `JSON.parse`; never mutated
 * @returns the validated Resource, a new object
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue
 * @example
 * ```ts
 * const res = parseResource({ id: 'ana', name: 'Ana', capacity: 1, skills: { java: 4 } });
 * ```
 */
export function parseResource(input: unknown): Resource {
  return parseModel<Resource>('parseResource', 'resource', input);
}

/**
 * Validates unknown input as a resource without throwing on invalid data.
 *
 * @param input - untrusted data; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PmoValidationError} listing every issue
 * @example
 * ```ts
 * const r = safeParseResource(data);
 * if (!r.success) for (const issue of r.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParseResource(input: unknown): SafeParseResult<Resource> {
  return validateModel<Resource>('safeParseResource', 'resource', input);
}

/**
 * Validates unknown input as a resource pool and returns it typed, with defaults applied.
 * Every issue is reported, each with its path, not only the first.
 *
 * @param input - untrusted data, e.g. the result of `JSON.parse`; never mutated
 * @returns the validated ResourcePool, a new object
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue
 * @example
 * ```ts
 * const pool = parseResourcePool({ id: 'eng', name: 'Engineering', resourceIds: ['ana', 'li'] });
 * ```
 */
export function parseResourcePool(input: unknown): ResourcePool {
  return parseModel<ResourcePool>('parseResourcePool', 'resourcePool', input);
}

/**
 * Validates unknown input as a resource pool without throwing on invalid data.
 *
 * @param input - untrusted data; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PmoValidationError} listing every issue
 * @example
 * ```ts
 * const r = safeParseResourcePool(data);
 * if (!r.success) for (const issue of r.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParseResourcePool(input: unknown): SafeParseResult<ResourcePool> {
  return validateModel<ResourcePool>('safeParseResourcePool', 'resourcePool', input);
}

/**
 * Validates unknown input as a program and returns it typed, with defaults applied.
 * Every issue is reported, each with its path, not only the first.
 *
 * @param input - untrusted data, e.g. the result of `JSON.parse`; never mutated
 * @returns the validated Program, a new object
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue
 * @example
 * ```ts
 * const program = parseProgram({ id: 'erp', name: 'ERP renewal', projectIds: ['p1', 'p2'] });
 * ```
 */
export function parseProgram(input: unknown): Program {
  return parseModel<Program>('parseProgram', 'program', input);
}

/**
 * Validates unknown input as a program without throwing on invalid data.
 *
 * @param input - untrusted data; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PmoValidationError} listing every issue
 * @example
 * ```ts
 * const r = safeParseProgram(data);
 * if (!r.success) for (const issue of r.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParseProgram(input: unknown): SafeParseResult<Program> {
  return validateModel<Program>('safeParseProgram', 'program', input);
}

/**
 * Validates unknown input as a status report (earned-value inputs) and returns it typed, with defaults applied.
 * Every issue is reported, each with its path, not only the first.
 *
 * @param input - untrusted data, e.g. the result of `JSON.parse`; never mutated
 * @returns the validated StatusReport, a new object
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue
 * @example
 * ```ts
 * const report = parseStatusReport({ projectId: 'p1', date: '2026-03-31', pv: 40000, ev: 35000, ac: 36000 });
 * ```
 */
export function parseStatusReport(input: unknown): StatusReport {
  return parseModel<StatusReport>('parseStatusReport', 'statusReport', input);
}

/**
 * Validates unknown input as a status report (earned-value inputs) without throwing on invalid data.
 *
 * @param input - untrusted data; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PmoValidationError} listing every issue
 * @example
 * ```ts
 * const r = safeParseStatusReport(data);
 * if (!r.success) for (const issue of r.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParseStatusReport(input: unknown): SafeParseResult<StatusReport> {
  return validateModel<StatusReport>('safeParseStatusReport', 'statusReport', input);
}

/**
 * Validates unknown input as a baseline and returns it typed, with defaults applied.
 * Every issue is reported, each with its path, not only the first.
 *
 * @param input - untrusted data, e.g. the result of `JSON.parse`; never mutated
 * @returns the validated Baseline, a new object
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue
 * @example
 * ```ts
 * const baseline = parseBaseline({ id: 'b1', projectId: 'p1', date: '2026-01-02', tasks: [{ taskId: 'a', start: '2026-01-05', finish: '2026-01-09' }] });
 * ```
 */
export function parseBaseline(input: unknown): Baseline {
  return parseModel<Baseline>('parseBaseline', 'baseline', input);
}

/**
 * Validates unknown input as a baseline without throwing on invalid data.
 *
 * @param input - untrusted data; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PmoValidationError} listing every issue
 * @example
 * ```ts
 * const r = safeParseBaseline(data);
 * if (!r.success) for (const issue of r.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParseBaseline(input: unknown): SafeParseResult<Baseline> {
  return validateModel<Baseline>('safeParseBaseline', 'baseline', input);
}
