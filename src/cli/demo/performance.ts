/** The demo's performance sections: earned value, the risk register, health, KPIs, governance and maturity. */
import type { Portfolio } from '../../model/portfolio.js';
import { assessMaturity } from '../../org/assessMaturity.js';
import { localize } from '../../org/localize.js';
import type { AssessMaturityResult } from '../../org/maturityTypes.js';
import type { EarnedValueAnalysisResult } from '../../performance/analysisTypes.js';
import { checkGovernance } from '../../performance/checkGovernance.js';
import { earnedValueAnalysis } from '../../performance/earnedValueAnalysis.js';
import type { CheckGovernanceResult } from '../../performance/governanceTypes.js';
import { healthScore } from '../../performance/healthScore.js';
import type { HealthScoreResult } from '../../performance/healthTypes.js';
import type { PortfolioKpisResult } from '../../performance/kpiTypes.js';
import { portfolioKpis } from '../../performance/portfolioKpis.js';
import type { Overallocation, ResourceLoadingResult } from '../../resources/resourceLoadTypes.js';
import { analyzeRisks } from '../../risk/analyzeRisks.js';
import type { AnalyzeRisksResult } from '../../risk/types.js';
import { table } from '../format.js';
import { fixed, money, signed } from '../output/evmTables.js';
import { governanceLines } from '../output/governanceText.js';
import { driverLines, healthLines } from '../output/healthText.js';
import { kpiLines } from '../output/kpiText.js';
import { maturityLines } from '../output/maturityText.js';
import { heatMapReport } from '../output/riskHeatMap.js';
import { threatExposure } from '../riskExposure.js';
import { T, demoMoney, type DemoWriter } from './text.js';

/** Each project at its latest status date (its latest status report, else the portfolio's latest date), and the total. */
export function printEarnedValue(w: DemoWriter, portfolio: Portfolio, all: EarnedValueAnalysisResult): void {
  const { out, t, heading, lang } = w;
  heading(t('earnedValue'));
  const latest = (id: string) => portfolio.statusReports.filter((r) => r.projectId === id).reduce<string | undefined>((m, r) => (m === undefined || r.date > m ? r.date : m), undefined);
  // One analysis when every project's latest status date is the portfolio's (as in the sample).
  const rows = all.projects.map((x) => {
    const date = latest(x.projectId);
    const own = date === undefined || date === all.statusDate ? x : earnedValueAnalysis(portfolio, { projectId: x.projectId, statusDate: date }).projects[0]!;
    return { id: own.projectId, date: own.dataDate, m: own.measures, s: own.schedule };
  });
  if (all.portfolio !== null) rows.push({ id: localize(T.portfolioSpan, lang).toLowerCase(), date: all.statusDate, m: all.portfolio.measures, s: all.portfolio.schedule });
  out.push(
    ...table(
      [t('colId'), t('colStatusDate'), 'SPI', 'CPI', 'SPI(t)', `EAC${portfolio.currency !== undefined ? ` (${portfolio.currency})` : ''}`, t('colPlanFinish'), t('colForecastFinish'), t('colVariance')],
      rows.map((r) => [r.id, r.date, fixed(r.m.spi), fixed(r.m.cpi), fixed(r.s?.spit ?? null), money(r.m.eacTypical), r.s?.plannedFinishDate ?? '-', r.s?.forecastFinishDate ?? '-', signed(r.s?.finishVariance ?? null)]),
      { align: ['left', 'left', 'right', 'right', 'right', 'right', 'left', 'left', 'right'] },
    ),
    t('evNote'),
  );
}

/** The register: counts, the top threats, the expected monetary value and the heat map. */
export function printRisks(w: DemoWriter, portfolio: Portfolio): AnalyzeRisksResult {
  const { out, t, heading } = w;
  const amount = demoMoney(portfolio.currency);
  heading(t('risks'));
  const threats = portfolio.risks.filter((r) => r.kind === 'threat');
  const open = portfolio.risks.filter((r) => r.status === 'open' || r.status === 'monitoring');
  out.push(`${portfolio.risks.length}: ${threats.length} ${t('threats')}, ${portfolio.risks.length - threats.length} ${t('opportunities')}; ${open.length} ${t('open')}`);
  const risks = analyzeRisks(portfolio, { top: 3 });
  const rated = new Map(risks.risks.map((r) => [r.id, r]));
  const e = risks.exposure.portfolio;
  out.push(`${t('topThreats')}: ${risks.top.threats.map((id) => `${id} (${t(rated.get(id)!.current.rating ?? 'unrated')}, ${rated.get(id)!.current.score ?? '-'})`).join(', ')}`);
  out.push(`${t('emv')}: ${t('threats')} ${amount(-e.threatEmv)}, ${t('opportunities')} +${amount(e.opportunityEmv)}, ${t('net')} ${amount(e.netEmv)}`);
  out.push(...heatMapReport(risks.heatMap, w.lang));
  return risks;
}

/** What the scoring sections read: analyses the tour computed before them. */
export interface DemoScoringInputs {
  readonly earnedValue: EarnedValueAnalysisResult;
  /** Over-allocations (by day) of the early schedule. */
  readonly overallocations: readonly Overallocation[];
  readonly risks: AnalyzeRisksResult;
  /** Weekly loading of the early schedule: the KPIs' utilization (and the report's "before" histograms). */
  readonly loading: ResourceLoadingResult;
}

/** What the scoring sections computed, for the report. */
export interface DemoScoring {
  readonly health: HealthScoreResult;
  readonly kpis: PortfolioKpisResult;
  readonly governance: CheckGovernanceResult;
  /** `undefined` when the portfolio has no maturity assessment. */
  readonly maturity: AssessMaturityResult | undefined;
}

/** Health (with drivers), KPIs, governance findings and, when assessed, PMO maturity. */
export function printScoring(w: DemoWriter, portfolio: Portfolio, x: DemoScoringInputs): DemoScoring {
  const { out, t, heading, lang } = w;
  const eva = x.earnedValue;
  heading(`${t('health')} ${eva.statusDate}`);
  const health = healthScore(portfolio, { earnedValue: eva, overallocations: x.overallocations, riskExposure: threatExposure(x.risks) });
  out.push(...healthLines(health, lang), ...driverLines(health, lang));

  heading(t('kpis'));
  const kpis = portfolioKpis(portfolio, { earnedValue: eva, health, resourceLoading: x.loading });
  out.push(...kpiLines(kpis, lang), t('kpiNote'));

  heading(t('governance'));
  const governance = checkGovernance(portfolio, { statusDate: eva.statusDate });
  out.push(...governanceLines(governance, lang));

  let maturity: AssessMaturityResult | undefined;
  if (portfolio.maturityAssessment !== undefined) {
    heading(t('maturity'));
    maturity = assessMaturity(portfolio.maturityAssessment, { organization: portfolio.organization! });
    out.push(...maturityLines(maturity, lang));
  }
  return { health, kpis, governance, maturity };
}
