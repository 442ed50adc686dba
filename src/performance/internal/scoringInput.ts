/**
 * Defensive checks of the portfolio fields the scoring functions read beyond those of
 * `earnedValueAnalysis`, and of their array and map options, so that malformed data (not from
 * `parsePortfolio`) gets a `PmoError` naming the field, never a crash. Private to pmo-kit.
 */
import { CycleError, PmoError } from '../../errors.js';
import { dayNumber } from '../../internal/dates.js';
import { show } from '../../internal/show.js';
import { PROJECT_STATUSES } from '../../model/project.js';
import { RISK_STATUSES } from '../../model/risk.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(fn: string, path: string, what: string, value: unknown): never {
  throw new PmoError('INVALID_ARGUMENT', `${fn}: ${path} must be ${what}, got ${show(value)} (pass a portfolio from parsePortfolio)`);
}
const list = (fn: string, v: unknown, path: string): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : fail(fn, path, 'an array', v));
function optString(fn: string, o: Obj, key: string, path: string): void {
  if (o[key] !== undefined && (typeof o[key] !== 'string' || o[key] === '')) fail(fn, `${path}.${key}`, 'a non-empty string', o[key]);
}
function optDate(fn: string, o: Obj, key: string, path: string): void {
  const v = o[key];
  if (v !== undefined && (typeof v !== 'string' || dayNumber(v) === undefined)) fail(fn, `${path}.${key}`, 'an existing day as YYYY-MM-DD', v);
}
function optNumber(fn: string, o: Obj, key: string, path: string, min = -1e300, max = 1e300): void {
  const v = o[key];
  if (v !== undefined && (typeof v !== 'number' || !(v >= min && v <= max))) fail(fn, `${path}.${key}`, `a number from ${min} to ${max}`, v);
}
function optChoice(fn: string, o: Obj, key: string, path: string, allowed: readonly string[]): void {
  const v = o[key];
  if (v !== undefined && (typeof v !== 'string' || !allowed.includes(v))) fail(fn, `${path}.${key}`, `one of ${allowed.join(', ')}`, v);
}

/** The project fields the scoring reads (the earned value analysis checks the rest). */
export function checkProjectFields(fn: string, portfolio: unknown): void {
  if (!isObj(portfolio)) fail(fn, 'portfolio', 'an object', portfolio);
  if (!Array.isArray(portfolio.projects)) fail(fn, 'portfolio.projects', 'an array', portfolio.projects);
  list(fn, portfolio.projects, 'portfolio.projects').forEach((p, i) => {
    const at = `projects[${i}]`;
    if (!isObj(p)) fail(fn, at, 'an object', p);
    if (typeof p.id !== 'string' || p.id === '') fail(fn, `${at}.id`, 'a non-empty string', p.id);
    if (typeof p.name !== 'string') fail(fn, `${at}.name`, 'a string', p.name);
    optChoice(fn, p, 'status', at, PROJECT_STATUSES);
    optDate(fn, p, 'deadline', at);
    optDate(fn, p, 'start', at);
    optNumber(fn, p, 'priority', at);
    optNumber(fn, p, 'budget', at, 0);
    optNumber(fn, p, 'expectedValue', at);
    optNumber(fn, p, 'realizedValue', at);
    for (const k of ['programId', 'unitId', 'managerId', 'sponsorId', 'category']) optString(fn, p, k, at);
    list(fn, p.tags, `${at}.tags`).forEach((t, j) => {
      if (typeof t !== 'string') fail(fn, `${at}.tags[${j}]`, 'a string', t);
    });
    list(fn, p.tasks, `${at}.tasks`).forEach((t, j) => {
      const tat = `${at}.tasks[${j}]`;
      if (!isObj(t)) fail(fn, tat, 'an object', t);
      if (typeof t.id !== 'string' || t.id === '') fail(fn, `${tat}.id`, 'a non-empty string', t.id);
      optDate(fn, t, 'actualFinish', tat);
      if (t.milestone !== undefined && typeof t.milestone !== 'boolean') fail(fn, `${tat}.milestone`, 'true or false', t.milestone);
      list(fn, t.demands, `${tat}.demands`).forEach((d, k) => {
        if (!isObj(d)) fail(fn, `${tat}.demands[${k}]`, 'an object', d);
      });
    });
  });
}

/** The risk fields the scoring reads. */
export function checkRiskFields(fn: string, portfolio: Obj): void {
  list(fn, portfolio.risks, 'portfolio.risks').forEach((r, i) => {
    const at = `risks[${i}]`;
    if (!isObj(r)) fail(fn, at, 'an object', r);
    if (typeof r.id !== 'string' || r.id === '') fail(fn, `${at}.id`, 'a non-empty string', r.id);
    optString(fn, r, 'projectId', at);
    if (r.kind !== 'threat' && r.kind !== 'opportunity') fail(fn, `${at}.kind`, '"threat" or "opportunity"', r.kind);
    if (typeof r.status !== 'string' || !(RISK_STATUSES as readonly string[]).includes(r.status)) fail(fn, `${at}.status`, `one of ${RISK_STATUSES.join(', ')}`, r.status);
    if (typeof r.probability !== 'number' || !(r.probability >= 0 && r.probability <= 1)) fail(fn, `${at}.probability`, 'a number from 0 to 1', r.probability);
    if (!isObj(r.impact)) fail(fn, `${at}.impact`, 'an object', r.impact);
    optNumber(fn, r.impact, 'cost', `${at}.impact`, 0);
    optNumber(fn, r.impact, 'days', `${at}.impact`, 0);
    optDate(fn, r, 'identifiedOn', at);
    optDate(fn, r, 'lastReviewedOn', at);
  });
}

/** Entries of an optional array of objects with a string id (and optional string fields). */
function objects(fn: string, v: unknown, path: string, optionalStrings: readonly string[] = []): void {
  list(fn, v, path).forEach((x, i) => {
    const at = `${path.replace(/^portfolio\./, '')}[${i}]`;
    if (!isObj(x)) fail(fn, at, 'an object', x);
    if (typeof x.id !== 'string' || x.id === '') fail(fn, `${at}.id`, 'a non-empty string', x.id);
    for (const k of optionalStrings) optString(fn, x, k, at);
  });
}

/** The organization, programs and resources the KPIs, governance and lessons read. */
export function checkContextFields(fn: string, portfolio: Obj): void {
  const org = portfolio.organization;
  if (org !== undefined) {
    if (!isObj(org)) fail(fn, 'portfolio.organization', 'an object', org);
    objects(fn, org.units, 'organization.units');
    objects(fn, org.people, 'organization.people');
    if (org.pmo !== undefined && !isObj(org.pmo)) fail(fn, 'organization.pmo', 'an object', org.pmo);
  }
  objects(fn, portfolio.programs, 'portfolio.programs');
  list(fn, portfolio.programs, 'portfolio.programs').forEach((g, i) => {
    list(fn, (g as Obj).projectIds, `programs[${i}].projectIds`).forEach((id, j) => {
      if (typeof id !== 'string') fail(fn, `programs[${i}].projectIds[${j}]`, 'a string', id);
    });
  });
  objects(fn, portfolio.resources, 'portfolio.resources', ['unitId']);
  objects(fn, portfolio.baselines, 'portfolio.baselines', ['projectId']);
}

/** The status report fields the scoring reads beyond earned value. */
export function checkReportFields(fn: string, portfolio: Obj): void {
  list(fn, portfolio.statusReports, 'portfolio.statusReports').forEach((r, i) => {
    const at = `statusReports[${i}]`;
    if (!isObj(r)) fail(fn, at, 'an object', r);
    optNumber(fn, r, 'scopeChangePercent', at);
    optNumber(fn, r, 'qualityPercent', at, 0, 100);
  });
}

/** An array option of objects, each checked by `each` (a `PmoError` naming `options.<name>[i]`). */
export function readObjectList<T>(fn: string, name: string, value: unknown, each: (o: Obj, at: string) => T): T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.${name} must be an array, got ${show(value)}`);
  return value.map((v, i) => {
    const at = `options.${name}[${i}]`;
    if (!isObj(v)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${at} must be an object, got ${show(v)}`);
    return each(v, at);
  });
}

/** A map option from ids to finite numbers >= 0. */
export function readAmountMap(fn: string, name: string, value: unknown): ReadonlyMap<string, number> | undefined {
  if (value === undefined) return undefined;
  if (!(value instanceof Map)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.${name} must be a Map from project id to a number, got ${show(value)}`);
  for (const [k, v] of value)
    if (typeof k !== 'string' || typeof v !== 'number' || !(v >= 0 && v <= 1e300))
      throw new PmoError('INVALID_ARGUMENT', `${fn}: options.${name} must map project ids to numbers from 0 to 1e300, got ${show(v)} for ${show(k)}`);
  return value as ReadonlyMap<string, number>;
}

/**
 * Runs `body` under the name of the public function the caller called (docs/conventions.md): a
 * `PmoError` raised by a function it calls (`earnedValueAnalysis: …`, `schedulePortfolio: …`) is
 * rethrown with `fn` in place of that name, same code and, for a cycle, the same cycle; the
 * original is the `cause`. Other errors pass unchanged.
 */
export function within<T>(fn: string, body: () => T): T {
  try {
    return body();
  } catch (err) {
    if (err instanceof CycleError) throw Object.assign(new CycleError(fn, err.cycle), { cause: err });
    if (err instanceof PmoError && err.constructor === PmoError && !err.message.startsWith(`${fn}:`))
      throw new PmoError(err.code, `${fn}: ${err.message.replace(/^[A-Za-z]+: /, '')}`, { cause: err });
    throw err;
  }
}
