/** The portfolio KPIs: labels, definitions (en, zh), units and how each is computed. Private to pmo-kit. */
import type { LocalizedText } from '../../org/types.js';
import type { KpiId, KpiProjectRow, PortfolioKpi } from '../kpiTypes.js';

/** A KPI over project rows: its value and how many rows it measured (`null` value: nothing to measure). */
export type RowMeasure = (rows: readonly KpiProjectRow[]) => { readonly value: number | null; readonly count: number };

/** What pmo-kit knows about one KPI. */
export interface KpiDefinition {
  readonly id: KpiId;
  readonly label: LocalizedText;
  readonly definition: LocalizedText;
  readonly unit: PortfolioKpi['unit'];
  /** Over project rows; `null` for the utilization, which is over resources. */
  readonly measure: RowMeasure | null;
  /** Why the value is `null` when nothing can be measured. */
  readonly empty: LocalizedText;
}

const share = (rows: readonly KpiProjectRow[], pick: (r: KpiProjectRow) => boolean | null) => {
  const xs = rows.map(pick).filter((x): x is boolean => x !== null);
  return { value: xs.length === 0 ? null : xs.filter((x) => x).length / xs.length, count: xs.length };
};

const numbers = (rows: readonly KpiProjectRow[], pick: (r: KpiProjectRow) => number | null): number[] =>
  rows.map(pick).filter((x): x is number => x !== null && Number.isFinite(x));

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Every KPI, in order. */
export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  {
    id: 'on-time-delivery',
    label: { en: 'On-time delivery rate', zh: '按时交付率' },
    definition: {
      en: 'Share of the completed projects whose last task finished (actual finish) on or before the committed date: the project deadline, else the planned finish of its baseline.',
      zh: '已完成项目中,最后一项任务的实际完成日期不晚于承诺日期(项目截止日期,否则为基准计划完成日期)的项目所占比例。',
    },
    unit: 'share',
    measure: (rows) => share(rows, (r) => r.onTime),
    empty: { en: 'no completed project with an actual finish', zh: '没有有实际完成日期的已完成项目' },
  },
  {
    id: 'forecast-on-time',
    label: { en: 'Forecast on-time rate', zh: '预测按时率' },
    definition: {
      en: 'Share of the active projects with a deadline whose earned-schedule forecast finish is on or before it.',
      zh: '有截止日期的在建项目中,按挣得进度预测的完成日期不晚于截止日期的项目所占比例。',
    },
    unit: 'share',
    measure: (rows) => share(rows, (r) => r.forecastOnTime),
    empty: { en: 'no active project with a deadline and a forecast finish', zh: '没有有截止日期和预测完成日期的在建项目' },
  },
  {
    id: 'budget-variance',
    label: { en: 'Budget variance', zh: '预算偏差' },
    definition: {
      en: 'Variance at completion over the budget at completion, VAC / BAC = (BAC − EAC) / BAC with EAC = BAC / CPI, per project; the value is the median (negative: over budget), the distribution gives quartiles and bands.',
      zh: '各项目的完工偏差与完工预算之比 VAC/BAC = (BAC − EAC)/BAC,其中 EAC = BAC/CPI;取值为中位数(负值表示超支),分布给出四分位数和区间。',
    },
    unit: 'ratio',
    measure: (rows) => {
      const xs = numbers(rows, (r) => r.budgetVariance).sort((a, b) => a - b);
      return { value: xs.length === 0 ? null : quantile(xs, 0.5), count: xs.length };
    },
    empty: { en: 'no project with a defined VAC (an actual cost and a budget)', zh: '没有可计算VAC的项目(需有实际成本和预算)' },
  },
  {
    id: 'schedule-slip',
    label: { en: 'Average schedule slip', zh: '平均进度延误' },
    definition: {
      en: 'Mean of the finish variance in working days: the earned-schedule forecast finish (the actual finish when complete) minus the planned finish; positive is late.',
      zh: '完成偏差(工作日)的平均值:按挣得进度预测的完成日期(已完成时为实际完成日期)减去计划完成日期;正值表示延误。',
    },
    unit: 'working days',
    measure: (rows) => {
      const xs = numbers(rows, (r) => r.slip);
      return { value: xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length, count: xs.length };
    },
    empty: { en: 'no project with a forecast finish', zh: '没有有预测完成日期的项目' },
  },
  {
    id: 'resource-utilization',
    label: { en: 'Resource utilization', zh: '资源利用率' },
    definition: {
      en: 'Demand over capacity of the resources, summed over the periods of the resource loading (unit-days); broken down by the resources’ organizational unit.',
      zh: '资源需求与产能之比,按资源负荷的各期汇总(单位·天);按资源所属的组织单元细分。',
    },
    unit: 'ratio',
    measure: null,
    empty: { en: 'no resource loading given, or no resource with capacity', zh: '未提供资源负荷,或没有有产能的资源' },
  },
  {
    id: 'benefits-realization',
    label: { en: 'Benefits realized against planned', zh: '收益实现率' },
    definition: {
      en: 'Business value realized over the value expected, summed over the projects that report a realized value and expect a positive one.',
      zh: '已实现的业务价值与预期价值之比,对报告了已实现价值且预期价值为正的项目求和计算。',
    },
    unit: 'ratio',
    measure: (rows) => {
      const xs = rows.filter((r) => r.realizedValue !== null && r.expectedValue !== null && r.expectedValue > 0);
      const planned = xs.reduce((s, r) => s + r.expectedValue!, 0);
      return { value: xs.length === 0 ? null : xs.reduce((s, r) => s + r.realizedValue!, 0) / planned, count: xs.length };
    },
    empty: { en: 'no project reports a realized value against a positive expected value', zh: '没有项目在预期价值为正的情况下报告已实现价值' },
  },
  {
    id: 'health-distribution',
    label: { en: 'Projects by health rating', zh: '各健康等级的项目占比' },
    definition: {
      en: 'Share of the scored projects per health rating (green, amber, red) at the status date; the value is the share rated green.',
      zh: '状态日期时已评分项目在各健康等级(绿、黄、红)中的占比;取值为绿色项目的占比。',
    },
    unit: 'share',
    measure: (rows) => share(rows, (r) => (r.rating === null ? null : r.rating === 'green')),
    empty: { en: 'no project has a health score', zh: '没有项目有健康度得分' },
  },
];
