import { formatPath, PmoError } from '../errors.js';
import { dayNumber, isoFromDayNumber } from '../internal/dates.js';
import { show } from '../internal/show.js';
import { AUTHORITY_ACTIONS, PMO_TYPES, type PmoType } from '../model/organization.js';
import type { Portfolio } from '../model/portfolio.js';
import { PROJECT_STATUSES } from '../model/project.js';
import type { LocalizedText } from '../org/types.js';
import { schedulePortfolio } from '../schedule/schedulePortfolio.js';
import type { PortfolioSchedule } from '../schedule/types.js';
import { GOVERNANCE_RULES } from './governance-rules.js';
import type { CheckGovernanceOptions, CheckGovernanceResult, GovernanceContext, GovernanceFinding, GovernanceRule, GovernanceSeverity } from './governanceTypes.js';
import { checkAnalysisInput } from './internal/inputCheck.js';
import { readDate, readOptions } from './internal/options.js';
import { checkContextFields, checkProjectFields, checkRiskFields, within } from './internal/scoringInput.js';

const SEVERITIES: readonly GovernanceSeverity[] = ['info', 'warning', 'error'];

/** The severity a PMO type gives its findings: a supportive PMO advises, a controlling one requires, a directive one enforces. */
const TYPE_SEVERITY: { readonly [T in PmoType]: GovernanceSeverity } = { supportive: 'info', controlling: 'warning', directive: 'error' };

/**
 * Checks a portfolio against a PMO's governance standards: the built-in rules
 * ({@link GOVERNANCE_RULES}: baseline, sponsor and manager of every active project, risk reviews,
 * status report age, resourced critical tasks, the manager's authority in the organization
 * structure, owners of cross-project dependencies) and any custom rules, into findings with the
 * rule, project, severity, message (en, zh) and the path of the offending data.
 *
 * - **Severity follows the PMO type**: a supportive PMO advises (`info`), a controlling PMO
 *   requires (`warning`), a directive PMO enforces (`error`); without a PMO, `info`.
 *   `options.severity` overrides the type, `options.severities[ruleId]` both.
 * - **Rules** can be switched off (`disable`); custom rules are plain functions
 *   (`options.rules`, see {@link GovernanceRule}) that receive the portfolio, the status date, the
 *   active projects, the parameters and the schedule.
 * - **Time**: the time-based rules measure from `statusDate` (default: the latest status report or
 *   actual date in the portfolio, never the clock); without any date they are skipped, as are the
 *   rules needing an organization when there is none (`skipped` says why).
 *
 * A `pmo governance --fail-on` gate exits 1 when a finding reaches the severity. O(rules ×
 * portfolio size), plus one schedule of the portfolio for `critical-task-resource`. The input is
 * never mutated.
 *
 * @param portfolio - a parsed portfolio (`parsePortfolio`); never mutated
 * @param options - `statusDate`, `pmoType`, `severity`, `severities`, `disable`, `rules`,
 *   `riskReviewDays` (30), `statusReportDays` (30), `authorityAction` (`manage-project-directly`),
 *   `activeStatuses` (`active`)
 * @returns every finding, the rules with their severity, and the rules skipped
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed portfolio (naming the field), bad
 *   options (an unknown rule id in `disable` or `severities`, a duplicate or malformed custom rule),
 *   or a custom rule returning a malformed violation; the errors of `schedulePortfolio`
 * @example
 * ```ts
 * const r = checkGovernance(portfolio, { statusDate: '2026-04-30' });
 * for (const f of r.findings) console.log(`${f.severity} [${f.ruleId}] ${f.at}: ${f.text.zh}`);
 * const gate = r.findings.some((f) => f.severity === 'error'); // a CI gate
 * ```
 */
export function checkGovernance(portfolio: Portfolio, options?: CheckGovernanceOptions): CheckGovernanceResult {
  const fn = 'checkGovernance';
  checkAnalysisInput(fn, portfolio);
  checkProjectFields(fn, portfolio);
  checkRiskFields(fn, portfolio as unknown as Record<string, unknown>);
  checkLinks(fn, portfolio);
  checkContextFields(fn, portfolio as unknown as Record<string, unknown>);
  const o = readOptions(fn, options);

  const rules = [...GOVERNANCE_RULES, ...readCustomRules(fn, o.rules)];
  const ids = new Set(rules.map((r) => r.id));
  const disabled = new Set(readIds(fn, 'disable', o.disable, ids));
  const pmoType = o.pmoType === undefined ? (portfolio.organization?.pmo?.type ?? null) : readType(fn, o.pmoType);
  const base: GovernanceSeverity = o.severity === undefined ? (pmoType === null ? 'info' : TYPE_SEVERITY[pmoType]) : readSeverity(fn, 'options.severity', o.severity);
  const perRule = readSeverities(fn, o.severities, ids);
  const params = {
    riskReviewDays: readDays(fn, 'riskReviewDays', o.riskReviewDays),
    statusReportDays: readDays(fn, 'statusReportDays', o.statusReportDays),
    authorityAction: readAction(fn, o.authorityAction),
  };
  const statuses = readStatuses(fn, o.activeStatuses);
  const statusDay = readDate(fn, 'statusDate', o.statusDate) ?? latestDay(portfolio);
  let schedule: PortfolioSchedule | undefined;
  const context: GovernanceContext = {
    portfolio,
    statusDate: statusDay === null ? null : isoFromDayNumber(statusDay, fn),
    activeProjects: portfolio.projects.flatMap((project, index) => (statuses.has(project.status ?? 'active') ? [{ project, index }] : [])),
    params,
    schedule: () => (schedule ??= within(fn, () => schedulePortfolio(portfolio, { lateFinish: 'project', progress: 'plan' }))),
  };

  const findings: GovernanceFinding[] = [];
  const skipped: { ruleId: string; reason: string }[] = [];
  const summary = rules.map((rule) => {
    const severity = perRule.get(rule.id) ?? base;
    const enabled = !disabled.has(rule.id);
    let count = 0;
    if (!enabled) return { id: rule.id, description: rule.description, severity, enabled, findings: 0 };
    if (rule.needsStatusDate === true && context.statusDate === null) skipped.push({ ruleId: rule.id, reason: 'no status date: pass statusDate (the portfolio has no status report or actual date)' });
    else if (rule.needsOrganization === true && portfolio.organization === undefined) skipped.push({ ruleId: rule.id, reason: 'the portfolio has no organization' });
    else {
      const violations = rule.check(context);
      if (!Array.isArray(violations)) throw new PmoError('INVALID_ARGUMENT', `${fn}: rule ${JSON.stringify(rule.id)} must return an array of violations, got ${show(violations)}`);
      for (const v of violations) {
        const text = readViolation(fn, rule.id, v);
        findings.push({ ruleId: rule.id, projectId: v.projectId, severity, message: text.en, text, path: [...v.path], at: formatPath(v.path) });
        count++;
      }
    }
    return { id: rule.id, description: rule.description, severity, enabled, findings: count };
  });
  return { statusDate: context.statusDate, pmoType, severity: base, rules: summary, findings, skipped };
}

/** The latest status report or task actual date of the portfolio; `null` when there is none. */
function latestDay(portfolio: Portfolio): number | null {
  let latest: number | null = null;
  const see = (d: string | undefined) => {
    if (d !== undefined) latest = Math.max(latest ?? -Infinity, dayNumber(d)!);
  };
  for (const r of portfolio.statusReports ?? []) see(r.date);
  for (const p of portfolio.projects) for (const t of p.tasks) {
    see(t.actualStart);
    see(t.actualFinish);
  }
  return latest;
}

/** Checks the cross-project dependencies the rules read. */
function checkLinks(fn: string, portfolio: Portfolio): void {
  const links: unknown = portfolio.crossDependencies ?? [];
  if (!Array.isArray(links)) throw new PmoError('INVALID_ARGUMENT', `${fn}: portfolio.crossDependencies must be an array, got ${show(links)}`);
  links.forEach((d: unknown, i) => {
    if (typeof d !== 'object' || d === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: crossDependencies[${i}] must be an object, got ${show(d)}`);
    for (const k of ['fromProject', 'from', 'toProject', 'to', 'fromOwnerId', 'toOwnerId']) {
      const v = (d as Record<string, unknown>)[k];
      if ((v !== undefined || !k.endsWith('OwnerId')) && (typeof v !== 'string' || v === ''))
        throw new PmoError('INVALID_ARGUMENT', `${fn}: crossDependencies[${i}].${k} must be a non-empty string, got ${show(v)}`);
    }
  });
}

function readType(fn: string, v: unknown): PmoType {
  if (typeof v !== 'string' || !(PMO_TYPES as readonly string[]).includes(v)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.pmoType must be one of ${PMO_TYPES.join(', ')}, got ${show(v)}`);
  return v as PmoType;
}

function readSeverity(fn: string, where: string, v: unknown): GovernanceSeverity {
  if (typeof v !== 'string' || !(SEVERITIES as readonly string[]).includes(v)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} must be info, warning or error, got ${show(v)}`);
  return v as GovernanceSeverity;
}

function readSeverities(fn: string, v: unknown, ids: ReadonlySet<string>): Map<string, GovernanceSeverity> {
  const out = new Map<string, GovernanceSeverity>();
  if (v === undefined) return out;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.severities must be an object from rule id to severity, got ${show(v)}`);
  for (const [k, s] of Object.entries(v)) {
    if (!ids.has(k)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.severities names unknown rule ${JSON.stringify(k)}; the rules: ${[...ids].join(', ')}`);
    out.set(k, readSeverity(fn, `options.severities[${JSON.stringify(k)}]`, s));
  }
  return out;
}

function readIds(fn: string, name: string, v: unknown, ids: ReadonlySet<string>): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.${name} must be an array of rule ids, got ${show(v)}`);
  for (const x of v)
    if (typeof x !== 'string' || !ids.has(x)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.${name} names unknown rule ${show(x)}; the rules: ${[...ids].join(', ')}`);
  return v as string[];
}

function readDays(fn: string, name: string, v: unknown): number {
  if (v === undefined) return 30;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.${name} must be a finite number of days >= 0, got ${show(v)}`);
  return v;
}

function readAction(fn: string, v: unknown): (typeof AUTHORITY_ACTIONS)[number] {
  if (v === undefined) return 'manage-project-directly';
  if (typeof v !== 'string' || !(AUTHORITY_ACTIONS as readonly string[]).includes(v))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.authorityAction must be one of ${AUTHORITY_ACTIONS.join(', ')}, got ${show(v)}`);
  return v as (typeof AUTHORITY_ACTIONS)[number];
}

function readStatuses(fn: string, v: unknown): ReadonlySet<string> {
  if (v === undefined) return new Set(['active']);
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || !(PROJECT_STATUSES as readonly string[]).includes(s)))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.activeStatuses must be an array of ${PROJECT_STATUSES.join(', ')}, got ${show(v)}`);
  return new Set(v as string[]);
}

const isText = (t: unknown): t is LocalizedText =>
  typeof t === 'object' && t !== null && typeof (t as LocalizedText).en === 'string' && typeof (t as LocalizedText).zh === 'string';

/** Checks the custom rules: an id unused so far, a description in en and zh, a check function. */
function readCustomRules(fn: string, v: unknown): GovernanceRule[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.rules must be an array of rules, got ${show(v)}`);
  const seen = new Set(GOVERNANCE_RULES.map((r) => r.id));
  return v.map((r: unknown, i) => {
    const at = `options.rules[${i}]`;
    if (typeof r !== 'object' || r === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${at} must be a rule object, got ${show(r)}`);
    const rule = r as GovernanceRule;
    if (typeof rule.id !== 'string' || rule.id === '') throw new PmoError('INVALID_ARGUMENT', `${fn}: ${at}.id must be a non-empty string, got ${show(rule.id)}`);
    if (seen.has(rule.id)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${at}.id ${JSON.stringify(rule.id)} is already the id of another rule`);
    seen.add(rule.id);
    if (!isText(rule.description)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${at}.description must be { en, zh } strings, got ${show(rule.description)}`);
    if (typeof rule.check !== 'function') throw new PmoError('INVALID_ARGUMENT', `${fn}: ${at}.check must be a function, got ${show(rule.check)}`);
    return rule;
  });
}

/** Checks a violation a rule returned; its message as a localized text. */
function readViolation(fn: string, ruleId: string, v: unknown): LocalizedText {
  const bad = (what: string, x: unknown): never => {
    throw new PmoError('INVALID_ARGUMENT', `${fn}: rule ${JSON.stringify(ruleId)} returned a violation whose ${what}, got ${show(x)}`);
  };
  if (typeof v !== 'object' || v === null) return bad('value is not an object', v);
  const x = v as Record<string, unknown>;
  if (x.projectId !== null && typeof x.projectId !== 'string') bad('projectId is not a string or null', x.projectId);
  if (!Array.isArray(x.path) || x.path.some((k) => typeof k !== 'string' && typeof k !== 'number')) bad('path is not an array of keys and indices', x.path);
  if (typeof x.message === 'string') return { en: x.message, zh: x.message };
  if (!isText(x.message)) bad('message is not a string or { en, zh }', x.message);
  return x.message as LocalizedText;
}
