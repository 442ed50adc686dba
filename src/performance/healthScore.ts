import { PmoError } from '../errors.js';
import { dayNumber } from '../internal/dates.js';
import { show } from '../internal/show.js';
import type { Portfolio } from '../model/portfolio.js';
import type { EarnedValueAnalysis } from './analysisTypes.js';
import { earnedValueAnalysis } from './earnedValueAnalysis.js';
import type { HealthIndicator, HealthMover, HealthOverallocationInput, HealthScoreOptions, HealthScoreResult, HealthTrend, ProjectHealth } from './healthTypes.js';
import { CalendarResolver } from './internal/calendarResolver.js';
import { readHealthConfig, type HealthConfig } from './internal/healthConfig.js';
import { indicatorValues, overallocatedDays as overallocatedDaysOf } from './internal/healthIndicators.js';
import { ratingOf, scoreIndicators, type ScoredProject } from './internal/healthScoring.js';
import { readDate, readOptions } from './internal/options.js';
import { checkProjectFields, checkReportFields, checkRiskFields, readAmountMap, readObjectList, within } from './internal/scoringInput.js';

/** The scores at one status date. */
interface Evaluation {
  readonly statusDate: string;
  readonly scored: ReadonlyMap<string, ScoredProject & { readonly bac: number }>;
  readonly unscored: { readonly id: string; readonly reason: string }[];
}

/**
 * Rates the health of each active project of a portfolio at a status date — a score from 0 to 100
 * and a rating green, amber or red — from weighted indicators, lists the drivers of each score
 * with their contribution, rolls the scores up to the portfolio, and, given an earlier status
 * date, says which way each moved and which driver moved it.
 *
 * - **Indicators** (defaults: docs/scoring.md): schedule — SPI(t) and float erosion (the share of
 *   the plan's float to the deadline the earned-schedule forecast slip consumes); cost — CPI and
 *   VAC / BAC; risk — the expected cost of the active threats / BAC (`options.riskExposure`, e.g.
 *   from the risk analysis, else probability × impact from the register); resources — the share of
 *   the planned working days with an over-allocation touching the project (`options.overallocations`,
 *   else absent); scope and quality — from the latest status report that gives them. The earned
 *   value figures are {@link earnedValueAnalysis}'s at the status date.
 * - **Score**: each indicator earns a sub-score (100 at its `good` threshold, 0 at its `bad` one,
 *   linear between); the score is the weighted mean over the indicators present (absent ones are
 *   listed with the reason and their weight goes to the others), rounded to an integer. The
 *   contributions are integers that sum to the score (largest remainders); `points` are exact.
 *   A worse value of any indicator never gives a better score.
 * - **Rating**: green from 75, amber from 50, else red (`options.ratings`).
 * - **Portfolio**: the mean of the project scores weighted by BAC (`rollUp: 'budget'`), `priority`
 *   or `equal`; when every weight is 0, equally.
 * - **Trend**: with `previousStatusDate`, each project's and the portfolio's change, direction and
 *   the indicators whose points moved, largest first.
 *
 * Scored are the projects whose status is in `statuses` (default `active`, `on-hold`; a project
 * without a status counts as active) and that have an indicator; the others are in `unscored`
 * with the reason. Results never depend on the time zone; the input is never mutated. Complexity:
 * that of {@link earnedValueAnalysis} (twice with a trend), plus O(risks + reports + overallocations)
 * per project.
 *
 * @param portfolio - a parsed portfolio (`parsePortfolio`); never mutated
 * @param options - `statusDate`, `earnedValue` (to reuse), `previousStatusDate`, `overallocations`, `riskExposure`,
 *   `indicators`, `ratings`, `rollUp`, `statuses`, `activeRiskStatuses`; see {@link HealthScoreOptions}
 * @returns each scored project's score, rating, drivers and absent indicators, and the portfolio's
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed portfolio (naming the field), bad
 *   options, a `previousStatusDate` after the status date, or a portfolio without projects; the
 *   errors of {@link earnedValueAnalysis}
 * @example
 * ```ts
 * const plan = schedulePortfolio(portfolio);
 * const h = healthScore(portfolio, { overallocations: overallocations(portfolio, plan, { by: 'day' }) });
 * for (const p of h.projects)
 *   console.log(p.id, p.score, p.rating, p.drivers.map((d) => `${d.indicator} ${d.value}: ${d.contribution}`).join(', '));
 * h.portfolio; // { score, rating, rollUp: 'budget', trend: null }
 * ```
 */
export function healthScore(portfolio: Portfolio, options?: HealthScoreOptions): HealthScoreResult {
  const fn = 'healthScore';
  checkProjectFields(fn, portfolio);
  checkRiskFields(fn, portfolio as unknown as Record<string, unknown>);
  checkReportFields(fn, portfolio as unknown as Record<string, unknown>);
  const o = readOptions(fn, options);
  const config = readHealthConfig(fn, o);
  const overallocations = readObjectList(fn, 'overallocations', o.overallocations, (x, at): HealthOverallocationInput => {
    if (typeof x.period !== 'string') throw new PmoError('INVALID_ARGUMENT', `${fn}: ${at}.period must be a string, got ${show(x.period)}`);
    if (typeof x.days !== 'number' || !(x.days >= 0 && x.days <= 1e9)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${at}.days must be a number from 0 to 1e9, got ${show(x.days)}`);
    if (!Array.isArray(x.projects) || x.projects.some((p) => typeof p !== 'string')) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${at}.projects must be an array of project ids, got ${show(x.projects)}`);
    return { period: x.period, days: x.days, projects: x.projects as string[] };
  });
  const riskExposure = readAmountMap(fn, 'riskExposure', o.riskExposure);
  readDate(fn, 'statusDate', o.statusDate);
  const previousDay = readDate(fn, 'previousStatusDate', o.previousStatusDate);
  if (portfolio.projects.length === 0) throw new PmoError('INVALID_ARGUMENT', `${fn}: the portfolio has no project to score`);

  const inputs = { overallocations, riskExposure };
  const given = readEarnedValue(fn, portfolio, o.earnedValue, o.statusDate);
  const now = evaluate(fn, portfolio, o.statusDate as string | undefined, config, inputs, given);
  let before: Evaluation | null = null;
  if (previousDay !== undefined) {
    if (previousDay > dayNumber(now.statusDate)!)
      throw new PmoError('INVALID_ARGUMENT', `${fn}: options.previousStatusDate (${o.previousStatusDate as string}) is after the status date (${now.statusDate})`);
    before = evaluate(fn, portfolio, o.previousStatusDate as string, config, inputs);
  }

  const weights = rollUpWeights(portfolio, now, config);
  const projects: ProjectHealth[] = [];
  for (const p of portfolio.projects) {
    const s = now.scored.get(p.id);
    if (s === undefined) continue;
    const prev = before?.scored.get(p.id);
    projects.push({
      id: p.id,
      name: p.name,
      score: s.score,
      rating: s.rating,
      drivers: s.drivers,
      absent: s.absent,
      rollUpWeight: weights.get(p.id)!,
      trend: before === null || prev === undefined ? null : trendOf(before.statusDate, prev.score, s.score, projectMoves(prev, s)),
    });
  }
  const score = rollUp(now, weights);
  let trend: HealthTrend | null = null;
  if (before !== null && score !== null) {
    const prevScore = rollUp(before, rollUpWeights(portfolio, before, config));
    if (prevScore !== null) trend = trendOf(before.statusDate, prevScore, score, portfolioMoves(before, now, weights));
  }
  return {
    statusDate: now.statusDate,
    projects,
    unscored: now.unscored,
    portfolio: { score, rating: score === null ? null : ratingOf(score, config), rollUp: config.rollUp, trend },
  };
}

/** Scores every project at one status date. */
function evaluate(
  fn: string,
  portfolio: Portfolio,
  statusDate: string | undefined,
  config: HealthConfig,
  inputs: { readonly overallocations: readonly HealthOverallocationInput[] | undefined; readonly riskExposure: ReadonlyMap<string, number> | undefined },
  given?: EarnedValueAnalysis,
): Evaluation {
  const eva = given ?? within(fn, () => earnedValueAnalysis(portfolio, statusDate === undefined ? {} : { statusDate }));
  const statusDay = dayNumber(eva.statusDate)!;
  const cals = new CalendarResolver(fn, portfolio);
  const scored = new Map<string, ScoredProject & { readonly bac: number }>();
  const unscored: { id: string; reason: string }[] = [];
  const byId = new Map(eva.projects.map((x) => [x.projectId, x]));
  const overallocatedDays = inputs.overallocations === undefined ? undefined : overallocatedDaysOf(inputs.overallocations);
  for (const project of portfolio.projects) {
    const status = project.status ?? 'active';
    if (!config.statuses.has(status)) {
      unscored.push({ id: project.id, reason: `status ${status} is not scored` });
      continue;
    }
    if (scored.has(project.id)) continue;
    const ev = byId.get(project.id)!;
    const values = indicatorValues({
      portfolio,
      project,
      ev,
      statusDay,
      calendar: cals.project(project),
      overallocatedDays,
      riskExposure: inputs.riskExposure,
      riskStatuses: config.riskStatuses,
    });
    const r = scoreIndicators(values, config);
    if ('unscored' in r) unscored.push({ id: project.id, reason: `${r.unscored}: ${r.absent.map((a) => `${a.indicator} (${a.reason})`).join('; ')}` });
    else scored.set(project.id, { ...r, bac: ev.measures.bac });
  }
  return { statusDate: eva.statusDate, scored, unscored };
}

/** The earned value analysis given to reuse, checked: at the status date, with every project. */
function readEarnedValue(fn: string, portfolio: Portfolio, v: unknown, statusDate: unknown): EarnedValueAnalysis | undefined {
  if (v === undefined) return undefined;
  const a = v as Partial<EarnedValueAnalysis>;
  if (typeof v !== 'object' || v === null || typeof a.statusDate !== 'string' || !Array.isArray(a.projects))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.earnedValue must be an earnedValueAnalysis result, got ${show(v)}`);
  if (statusDate !== undefined && statusDate !== a.statusDate)
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.earnedValue is at ${a.statusDate}, not at options.statusDate ${String(statusDate)}`);
  const ids = new Set(a.projects.map((p) => (p as { projectId?: unknown }).projectId));
  const missing = portfolio.projects.find((p) => !ids.has(p.id));
  if (missing !== undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.earnedValue has no project ${JSON.stringify(missing.id)}: analyse the whole portfolio`);
  return v as EarnedValueAnalysis;
}

/** Each scored project's share of the roll-up (equal shares when every weight is 0). */
function rollUpWeights(portfolio: Portfolio, e: Evaluation, config: HealthConfig): Map<string, number> {
  const raw = new Map<string, number>();
  for (const p of portfolio.projects) {
    const s = e.scored.get(p.id);
    if (s === undefined) continue;
    const w = config.rollUp === 'budget' ? s.bac : config.rollUp === 'priority' ? Math.max(0, p.priority ?? 0) : 1;
    raw.set(p.id, Number.isFinite(w) ? w : 0);
  }
  const total = [...raw.values()].reduce((a, b) => a + b, 0);
  const out = new Map<string, number>();
  for (const [id, w] of raw) out.set(id, total > 0 && Number.isFinite(total) ? w / total : 1 / raw.size);
  return out;
}

/** The rounded weighted mean of the scores; `null` when nothing is scored. */
function rollUp(e: Evaluation, weights: ReadonlyMap<string, number>): number | null {
  if (e.scored.size === 0) return null;
  let s = 0;
  for (const [id, x] of e.scored) s += (weights.get(id) ?? 0) * x.score;
  return Math.round(s);
}

/** The moves of one project's indicators: sub-score changes at today's weights, and the indicators added or removed. */
interface Moves {
  readonly movers: HealthMover[];
  readonly added: HealthIndicator[];
  readonly removed: HealthIndicator[];
}

function projectMoves(before: ScoredProject, now: ScoredProject): Moves {
  const movers: HealthMover[] = [];
  for (const [k, x] of now.parts) {
    const b = before.parts.get(k);
    if (b !== undefined && b.subScore !== x.subScore) movers.push({ indicator: k, change: x.weight * (x.subScore - b.subScore), previousValue: round4(b.value), value: round4(x.value) });
  }
  return {
    movers,
    added: [...now.parts.keys()].filter((k) => !before.parts.has(k)),
    removed: [...before.parts.keys()].filter((k) => !now.parts.has(k)),
  };
}

/** The portfolio's moves: each project's, weighted by its share of today's roll-up, summed per indicator. */
function portfolioMoves(before: Evaluation, now: Evaluation, weights: ReadonlyMap<string, number>): Moves {
  const sums = new Map<HealthIndicator, number>();
  const added = new Set<HealthIndicator>();
  const removed = new Set<HealthIndicator>();
  for (const [id, w] of weights) {
    const a = before.scored.get(id);
    const b = now.scored.get(id);
    if (a === undefined || b === undefined) continue;
    const m = projectMoves(a, b);
    for (const x of m.movers) sums.set(x.indicator, (sums.get(x.indicator) ?? 0) + w * x.change);
    for (const k of m.added) added.add(k);
    for (const k of m.removed) removed.add(k);
  }
  return {
    movers: [...sums].map(([indicator, change]) => ({ indicator, change, previousValue: null, value: null })),
    added: [...added],
    removed: [...removed],
  };
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** The move from one score to another, with its movers rounded to 2 decimals, the largest first. */
function trendOf(previousStatusDate: string, previousScore: number, score: number, moves: Moves): HealthTrend {
  const movers = moves.movers
    .map((m) => ({ ...m, change: Math.round(m.change * 100) / 100 }))
    .filter((m) => m.change !== 0)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.indicator < b.indicator ? -1 : 1));
  const change = score - previousScore;
  return { previousStatusDate, previousScore, change, direction: change > 0 ? 'improving' : change < 0 ? 'worsening' : 'steady', movers, added: moves.added, removed: moves.removed };
}
