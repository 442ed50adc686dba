import { PmoError } from '../errors.js';
import { dayNumber } from '../internal/dates.js';
import { show } from '../internal/show.js';
import type { Portfolio } from '../model/portfolio.js';
import type { Project } from '../model/project.js';
import type { EarnedValueAnalysis, ProjectEarnedValue } from './analysisTypes.js';
import { earnedValueAnalysis } from './earnedValueAnalysis.js';
import { healthScore } from './healthScore.js';
import type { HealthRating, HealthScoreResult } from './healthTypes.js';
import { KPI_DEFINITIONS, quantile, type KpiDefinition } from './internal/kpiDefinitions.js';
import { readOptions } from './internal/options.js';
import { checkContextFields, checkProjectFields, within } from './internal/scoringInput.js';
import type { BudgetVarianceDistribution, KpiGroup, KpiLoadingInput, KpiProjectRow, PortfolioKpi, PortfolioKpisOptions, PortfolioKpisResult } from './kpiTypes.js';

const NONE = '(none)';
const LIVE = new Set(['active', 'on-hold']);

/**
 * Measures a portfolio the way a PMO reports on it: on-time delivery of the completed projects,
 * the forecast on-time rate of the active ones, the distribution of the budget variance, the
 * average schedule slip, resource utilization, benefits realized against planned, and the share
 * of projects per health rating. Each KPI carries its definition in English and Chinese, and is
 * broken down by organizational unit (`project.unitId`), program (`project.programId`, else the
 * program listing the project) and PMO type (the organization's PMO: one group per portfolio).
 *
 * - The earned value figures (VAC, finish variance, forecast finish) are
 *   {@link earnedValueAnalysis}'s at the status date; the ratings are {@link healthScore}'s with
 *   the same options (`overallocations`, `riskExposure`, `indicators`, `ratings`).
 * - Completed projects (status `completed`) count in the on-time rate (their latest actual finish
 *   against the deadline, else the planned finish), the budget variance and the slip; active ones
 *   (status `active`, `on-hold` or none) in the forecast on-time rate, the budget variance, the
 *   slip and the health distribution; every project reporting a `realizedValue` against a
 *   positive `expectedValue` in the benefits realized.
 * - Resource utilization is the resources' total demand over their total capacity in
 *   `options.resourceLoading` (a `resourceLoading` result of `pmo-kit/resources`), broken down by
 *   the resources' unit; its program and PMO-type breakdowns are empty (the loading does not split
 *   a resource's demand by project).
 *
 * A KPI with nothing to measure is `null` with the reason; no KPI is NaN or infinite. The input is
 * never mutated; results do not depend on the time zone. docs/scoring.md defines each KPI.
 * Complexity: that of {@link healthScore} plus one {@link earnedValueAnalysis}, and O(projects ×
 * KPIs) for the breakdowns.
 *
 * @param portfolio - a parsed portfolio (`parsePortfolio`); never mutated
 * @param options - `statusDate`, `resourceLoading`, `earnedValue` and `health` (results to reuse),
 *   and the health options `overallocations`, `riskExposure`, `indicators`, `ratings`
 * @returns every KPI with its definition, value, basis and breakdowns, and the per-project basis
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed portfolio or options; the errors of
 *   {@link healthScore} and {@link earnedValueAnalysis}
 * @example
 * ```ts
 * const plan = schedulePortfolio(portfolio);
 * const r = portfolioKpis(portfolio, { resourceLoading: resourceLoading(portfolio, plan) });
 * for (const k of r.kpis) console.log(`${k.label.en}: ${k.value ?? '-'} (${k.definition.en})`);
 * r.kpis.find((k) => k.id === 'schedule-slip')!.breakdown.program; // per program
 * ```
 */
export function portfolioKpis(portfolio: Portfolio, options?: PortfolioKpisOptions): PortfolioKpisResult {
  const fn = 'portfolioKpis';
  checkProjectFields(fn, portfolio);
  checkContextFields(fn, portfolio as unknown as Record<string, unknown>);
  const o = readOptions(fn, options);
  const loading = readLoading(fn, o.resourceLoading);
  const { resourceLoading: _loading, health: givenHealth, ...healthOptions } = o;
  const health = givenHealth === undefined ? within(fn, () => healthScore(portfolio, healthOptions as Parameters<typeof healthScore>[1])) : readHealth(fn, givenHealth, o.statusDate);
  const eva = (o.earnedValue as EarnedValueAnalysis | undefined) ?? within(fn, () => earnedValueAnalysis(portfolio, { statusDate: health.statusDate }));
  if (eva.statusDate !== health.statusDate)
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.earnedValue is at ${eva.statusDate}, options.health at ${health.statusDate}: give both at the status date`);
  const evIds = new Set(eva.projects.map((p) => p.projectId));
  const missing = portfolio.projects.find((p) => !evIds.has(p.id));
  if (missing !== undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.earnedValue has no project ${JSON.stringify(missing.id)}: analyse the whole portfolio`);
  const evById = new Map(eva.projects.map((p) => [p.projectId, p]));
  const ratings = new Map(health.projects.map((p) => [p.id, p.rating]));
  const pmoType = portfolio.organization?.pmo?.type ?? null;
  const programOf = programIndex(portfolio);
  const rows = portfolio.projects.map((p) => projectRow(p, evById.get(p.id)!, ratings.get(p.id) ?? null, programOf.get(p.id) ?? null, pmoType));

  const unitNames = new Map((portfolio.organization?.units ?? []).map((u) => [u.id, u.name]));
  const programNames = new Map((portfolio.programs ?? []).map((p) => [p.id, p.name]));
  const kpis = KPI_DEFINITIONS.map((d): PortfolioKpi => {
    if (d.measure === null) return utilization(d, portfolio, loading, unitNames);
    const m = d.measure;
    const total = m(rows);
    const groups = (key: (r: KpiProjectRow) => string | null, names: ReadonlyMap<string, string>): KpiGroup[] => {
      const byKey = new Map<string, KpiProjectRow[]>();
      for (const r of rows) {
        const k = key(r) ?? NONE;
        let list = byKey.get(k);
        if (list === undefined) byKey.set(k, (list = []));
        list.push(r);
      }
      return [...byKey].map(([k, rs]) => ({ key: k, name: names.get(k) ?? null, ...m(rs) }));
    };
    return {
      id: d.id,
      label: d.label,
      definition: d.definition,
      unit: d.unit,
      value: total.value,
      count: total.count,
      reason: total.value === null ? d.empty : null,
      breakdown: {
        unit: groups((r) => r.unitId, unitNames),
        program: groups((r) => r.programId, programNames),
        pmoType: groups((r) => r.pmoType, new Map()),
      },
      ...(d.id === 'budget-variance' && total.value !== null ? { distribution: distribution(rows) } : {}),
      ...(d.id === 'health-distribution' ? { ratings: ratingCounts(rows) } : {}),
    };
  });
  return { statusDate: health.statusDate, kpis, projects: rows };
}

/** Each project's program: its `programId`, else the first program that lists it. */
function programIndex(portfolio: Portfolio): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of portfolio.projects) if (p.programId !== undefined) out.set(p.id, p.programId);
  for (const g of portfolio.programs ?? []) for (const id of g.projectIds ?? []) if (!out.has(id)) out.set(id, g.id);
  return out;
}

/** What the KPIs read of one project. */
function projectRow(p: Project, ev: ProjectEarnedValue, rating: HealthRating | null, programId: string | null, pmoType: string | null): KpiProjectRow {
  const status = p.status ?? 'active';
  const live = LIVE.has(status);
  const completed = status === 'completed';
  const measured = live || completed;
  const bac = ev.measures.bac;
  const vac = ev.measures.vacTypical;
  let onTime: boolean | null = null;
  if (completed) {
    let last: number | undefined;
    for (const t of p.tasks) if (t.actualFinish !== undefined) last = Math.max(last ?? -Infinity, dayNumber(t.actualFinish)!);
    const committed = dayNumber(p.deadline ?? ev.plan.finishDate)!;
    onTime = last === undefined ? null : last <= committed;
  }
  const forecast = ev.schedule?.forecastFinishDate ?? null;
  return {
    id: p.id,
    status,
    unitId: p.unitId ?? null,
    programId,
    pmoType,
    onTime,
    forecastOnTime: live && p.deadline !== undefined && forecast !== null ? forecast <= p.deadline : null,
    budgetVariance: measured && vac !== null && bac > 0 && Number.isFinite(vac / bac) ? vac / bac : null,
    slip: measured ? (ev.schedule?.finishVariance ?? null) : null,
    realizedValue: p.realizedValue ?? null,
    expectedValue: p.realizedValue === undefined ? null : (p.expectedValue ?? null),
    rating: live ? rating : null,
  };
}

/** The spread of the budget variance. */
function distribution(rows: readonly KpiProjectRow[]): BudgetVarianceDistribution {
  const xs = rows.map((r) => r.budgetVariance).filter((x): x is number => x !== null).sort((a, b) => a - b);
  return {
    min: xs[0]!,
    q1: quantile(xs, 0.25),
    median: quantile(xs, 0.5),
    q3: quantile(xs, 0.75),
    max: xs[xs.length - 1]!,
    mean: xs.reduce((a, b) => a + b, 0) / xs.length,
    bands: {
      under: xs.filter((x) => x > 0).length,
      onBudget: xs.filter((x) => x <= 0 && x >= -0.05).length,
      over5to10: xs.filter((x) => x < -0.05 && x >= -0.1).length,
      over10: xs.filter((x) => x < -0.1).length,
    },
  };
}

function ratingCounts(rows: readonly KpiProjectRow[]): Record<HealthRating, number> {
  const out: Record<HealthRating, number> = { green: 0, amber: 0, red: 0 };
  for (const r of rows) if (r.rating !== null) out[r.rating] += 1;
  return out;
}

/** Utilization: demand over capacity of the resources, per the resources' unit. */
function utilization(d: KpiDefinition, portfolio: Portfolio, loading: KpiLoadingInput | undefined, unitNames: ReadonlyMap<string, string>): PortfolioKpi {
  const unitOf = new Map((portfolio.resources ?? []).map((r) => [r.id, r.unitId ?? null]));
  const totals = (series: KpiLoadingInput['resources']) => {
    let demand = 0;
    let capacity = 0;
    for (const s of series) {
      for (const x of s.demand) demand += x;
      for (const x of s.capacity) capacity += x;
    }
    const value = capacity > 0 && Number.isFinite(demand / capacity) ? demand / capacity : null;
    return { value, count: series.length };
  };
  const all = loading?.resources ?? [];
  const total = loading === undefined ? { value: null, count: 0 } : totals(all);
  const byUnit = new Map<string, KpiLoadingInput['resources'][number][]>();
  for (const s of all) {
    const k = unitOf.get(s.id) ?? NONE;
    let list = byUnit.get(k);
    if (list === undefined) byUnit.set(k, (list = []));
    list.push(s);
  }
  return {
    id: d.id,
    label: d.label,
    definition: d.definition,
    unit: d.unit,
    value: total.value,
    count: total.count,
    reason: total.value === null ? d.empty : null,
    breakdown: { unit: [...byUnit].map(([k, list]) => ({ key: k, name: unitNames.get(k) ?? null, ...totals(list) })), program: [], pmoType: [] },
  };
}

/** Checks the health option. */
function readHealth(fn: string, v: unknown, statusDate: unknown): HealthScoreResult {
  const h = v as Partial<HealthScoreResult>;
  if (typeof v !== 'object' || v === null || typeof h.statusDate !== 'string' || !Array.isArray(h.projects))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.health must be a healthScore result, got ${show(v)}`);
  if (statusDate !== undefined && statusDate !== h.statusDate) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.health is at ${h.statusDate}, not at options.statusDate ${String(statusDate)}`);
  return v as HealthScoreResult;
}

/** Checks the resource loading option. */
function readLoading(fn: string, value: unknown): KpiLoadingInput | undefined {
  if (value === undefined) return undefined;
  const bad = (what: string, v: unknown): never => {
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.resourceLoading${what}, got ${show(v)}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(' must be a resource loading (resourceLoading of pmo-kit/resources)', value);
  const resources = (value as { resources?: unknown }).resources;
  if (!Array.isArray(resources)) bad('.resources must be an array', resources);
  (resources as unknown[]).forEach((s, i) => {
    if (typeof s !== 'object' || s === null) bad(`.resources[${i}] must be an object`, s);
    const x = s as Record<string, unknown>;
    if (typeof x.id !== 'string') bad(`.resources[${i}].id must be a string`, x.id);
    for (const k of ['demand', 'capacity'] as const) {
      const a = x[k];
      if (!Array.isArray(a) || a.some((n) => typeof n !== 'number' || !(n >= 0 && n <= 1e12))) bad(`.resources[${i}].${k} must be an array of numbers from 0 to 1e12`, a);
    }
  });
  return value as KpiLoadingInput;
}
