import { PmoError } from '../../errors.js';
import type { Portfolio } from '../../model/portfolio.js';
import { localize } from '../../org/localize.js';
import { bad, checkArray, checkObject, checkString } from '../internal/check.js';
import { readOptions } from '../../internal/options.js';
import { reportContext } from './internal/context.js';
import { NOT_YET, SECTIONS } from './sections/index.js';
import { latestStatusDate } from './sections/schedule.js';
import { summarySection } from './sections/summary.js';
import type { PmoReportOptions, PmoReportResult, ReportSection } from './types.js';

const T = {
  en: {
    subtitle: (id: string, n: number, date: string | null) => `PMO report · portfolio ${id} · ${n} project${n === 1 ? '' : 's'}${date === null ? '' : ` · status date ${date}`}`,
    failed: (topic: string, message: string) => `${topic}: the analysis could not run on this portfolio (${message}).`,
  },
  zh: {
    subtitle: (id: string, n: number, date: string | null) => `PMO 报告 · 项目组合 ${id} · ${n} 个项目${date === null ? '' : ` · 状态日期 ${date}`}`,
    failed: (topic: string, message: string) => `${topic}：该分析无法在此项目组合上运行（${message}）。`,
  },
} as const;

const FN = 'pmoReport';

/**
 * The most tasks a report covers. Its Gantt chart, tables and leveling grow with the tasks: 32,000
 * took 15 s, 1.5 GB and a 42 MB page; 150,000 ran Node's default heap (about 4 GB) out after two
 * minutes, a crash no caller can catch. Past this, a clear error before any work.
 */
export const MAX_REPORT_TASKS = 50_000;

/** Refuses a portfolio of more than {@link MAX_REPORT_TASKS} tasks (projects' tasks that are arrays; the rest is checked later). */
function checkSize(portfolio: Portfolio): void {
  let n = 0;
  for (const p of portfolio.projects as readonly unknown[]) {
    const tasks = typeof p === 'object' && p !== null ? (p as { tasks?: unknown }).tasks : undefined;
    if (Array.isArray(tasks)) n += tasks.length;
  }
  if (n > MAX_REPORT_TASKS)
    throw new PmoError(
      'INVALID_ARGUMENT',
      `${FN}: the portfolio has ${n.toLocaleString('en-US')} tasks; a report covers at most ${MAX_REPORT_TASKS.toLocaleString('en-US')} (its charts and tables would be unreadable, its memory several GB): report on fewer projects, or run the analyses one by one`,
    );
}

/**
 * Checks the top level of the analysis results given in the options, and the shape of the
 * scoring results (each used as is: what the sections read); returns the names of those given.
 */
function checkGiven(o: PmoReportOptions): string[] {
  const given: string[] = [];
  const lists = (name: string, keys: readonly string[]): void => {
    const v = (o as Record<string, unknown>)[name];
    if (v === undefined) return;
    given.push(name);
    const x = checkObject(FN, `options.${name}`, v);
    for (const k of keys) checkArray(FN, `options.${name}.${k}`, x[k]);
  };
  lists('schedule', ['tasks']);
  lists('leveled', ['tasks']);
  lists('overallocations', ['before', 'after']);
  lists('earnedValue', ['projects', 'periods']);
  lists('allocation', ['assignments']);
  lists('risks', ['risks']);
  lists('selection', ['selected']);
  lists('loading', []);
  if (o.risks !== undefined) {
    const r = o.risks as unknown as Record<string, unknown>;
    checkObject(FN, 'options.risks.exposure.portfolio', checkObject(FN, 'options.risks.exposure', r.exposure).portfolio);
    checkObject(FN, 'options.risks.heatMap', r.heatMap);
  }
  if (o.riskHeatMap !== undefined) {
    given.push('riskHeatMap');
    checkObject(FN, 'options.riskHeatMap', o.riskHeatMap);
  }
  if (o.health !== undefined) {
    given.push('health');
    const h = checkObject(FN, 'options.health', o.health);
    checkArray(FN, 'options.health.projects', h.projects);
    checkObject(FN, 'options.health.portfolio', h.portfolio);
  }
  if (o.kpis !== undefined) {
    given.push('kpis');
    checkArray(FN, 'options.kpis.kpis', checkObject(FN, 'options.kpis', o.kpis).kpis);
  }
  if (o.governance !== undefined) {
    given.push('governance');
    const g = checkObject(FN, 'options.governance', o.governance);
    checkArray(FN, 'options.governance.rules', g.rules);
    checkArray(FN, 'options.governance.findings', g.findings);
  }
  if (o.maturity !== undefined && !Array.isArray(o.maturity)) {
    given.push('maturity');
    const m = checkObject(FN, 'options.maturity', o.maturity);
    checkArray(FN, 'options.maturity.perspectives.perspectives', checkObject(FN, 'options.maturity.perspectives', m.perspectives).perspectives);
    checkObject(FN, 'options.maturity.functions', m.functions);
  }
  return given;
}

/**
 * Builds the PMO report of a portfolio, as data: a summary of key figures and messages, then one
 * section per topic (organization and PMO, schedule and critical path, cross-project
 * dependencies, resource loading and leveling, portfolio optimization, earned value, risks and
 * Monte Carlo, project health, portfolio KPIs, governance, PMO maturity), each with a one-line summary, tables, charts (SVG strings) and how
 * to read them. Render it with {@link reportHtml} (one self-contained page) or
 * {@link reportMarkdown} (Markdown and SVG files).
 *
 * - Each analysis runs once (the schedule, the leveling, the earned value analysis, …); pass the
 *   ones already computed in `options` and they are used as is.
 * - A topic the portfolio has no data for (no resources, no cross-project dependencies) is left
 *   out; a topic whose analysis is not in this version, or cannot run on this portfolio, is
 *   listed in `notCovered` with why. Risks come from the register analysis (`analyzeRisks`,
 *   pmo-kit/risk); health, KPIs and governance from pmo-kit/performance (`healthScore`,
 *   `portfolioKpis`, `checkGovernance`, with the inputs `pmo health` gives them); maturity from
 *   `assessMaturity` of the portfolio's assessment (pmo-kit/org) or from `options.maturity`;
 *   Monte Carlo from the plain inputs given in `options` (see {@link FinishDistribution},
 *   {@link Sensitivity}, {@link MaturityAxis}).
 * - Deterministic: no clock, no randomness beyond the seeded leveling; the same input gives the
 *   same report. Costs what its analyses cost (the leveling dominates: 1000 schedules by default).
 *
 * @param portfolio - a parsed portfolio (`parsePortfolio`); never mutated
 * @param options - language, analyses already computed, leveling options, and the inputs of the
 *   risk, Monte Carlo and maturity charts
 * @returns the report
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a value that is not a portfolio, a portfolio of
 *   more than 50,000 tasks, or a malformed option (including the inputs of the risk, Monte Carlo and maturity charts, as those charts
 *   throw); the schedule's `PmoError` when the portfolio cannot be scheduled (e.g. a dependency
 *   cycle)
 * @example
 * ```ts
 * const report = pmoReport(parsePortfolio(json), { lang: 'en' });
 * writeFileSync('report.html', reportHtml(report));
 * ```
 */
export function pmoReport(portfolio: Portfolio, options?: PmoReportOptions): PmoReportResult {
  const o = readOptions(FN, options) as PmoReportOptions;
  checkArray(FN, 'portfolio.projects', checkObject(FN, 'portfolio', portfolio).projects);
  checkString(FN, 'portfolio.id', portfolio.id);
  checkSize(portfolio);
  if (portfolio.name !== undefined) checkString(FN, 'portfolio.name', portfolio.name);
  const lang = o.lang ?? 'en';
  if (lang !== 'en' && lang !== 'zh') bad(FN, 'options.lang', 'must be "en" or "zh"', lang);
  if (o.loadingBy !== undefined && !['day', 'week', 'month'].includes(o.loadingBy)) bad(FN, 'options.loadingBy', 'must be "day", "week" or "month"', o.loadingBy);
  const given = checkGiven(o);
  const t = T[lang];
  const ctx = reportContext(portfolio, o);
  // The schedule first: a portfolio that cannot be scheduled has no report.
  ctx.schedule();
  const sections: ReportSection[] = [];
  for (const spec of SECTIONS) {
    try {
      const s = spec.build(ctx);
      if (s !== undefined) sections.push(s);
    } catch (err) {
      // Results given in the options are checked at their top level only: a malformed one deeper down is named here.
      if (!(err instanceof PmoError) && given.length > 0)
        throw new PmoError('INVALID_ARGUMENT', `${FN}: could not read the results given in options.${given.join(', options.')}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      if (!(err instanceof PmoError) || spec.fromOptions === true) throw err;
      ctx.notCovered.push(t.failed(localize(spec.topic, lang), err.message));
    }
  }
  for (const topic of NOT_YET) ctx.notCovered.push(localize(topic, lang));
  let statusDate: string | null = latestStatusDate(ctx) ?? null;
  try {
    statusDate = ctx.earnedValue().statusDate;
  } catch (err) {
    if (!(err instanceof PmoError)) throw err;
  }
  return {
    lang,
    title: portfolio.name ?? portfolio.id,
    subtitle: t.subtitle(portfolio.id, portfolio.projects.length, statusDate),
    statusDate,
    sections: [summarySection(ctx, sections), ...sections],
    notCovered: [...ctx.notCovered],
  };
}
