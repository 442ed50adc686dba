/**
 * Report section: the portfolio KPIs (`portfolioKpis`, pmo-kit/performance): on-time delivery,
 * budget variance, schedule slip, utilization, benefits and the health distribution, with their
 * breakdown by program and their definitions.
 */
import type { KpiGroup, PortfolioKpi } from '../../../performance/kpiTypes.js';
import type { ReportContext } from '../internal/context.js';
import type { ReportBlock, ReportSection } from '../types.js';

const T = {
  en: {
    title: 'Portfolio KPIs',
    summary: (date: string, parts: readonly string[]) => `At ${date}: ${parts.join('; ')}.`,
    cols: ['KPI', 'value', 'basis'],
    projects: (n: number) => `${n} project${n === 1 ? '' : 's'}`,
    resources: (n: number) => `${n} resource${n === 1 ? '' : 's'}`,
    bands: (u: number, o: number, a: number, b: number) => `under budget ${u}, within 5 % ${o}, over by 5–10 % ${a}, over by more than 10 % ${b}`,
    ratings: (g: number, a: number, r: number) => `green ${g}, amber ${a}, red ${r}`,
    byProgram: 'The KPIs by program',
    byUnit: 'The KPIs by organizational unit',
    none: '(none)',
    definitions: 'Definitions',
    wd: 'working days',
    noKpi: 'Portfolio KPIs: no KPI has anything to measure in this portfolio.',
  },
  zh: {
    title: '项目组合关键绩效指标',
    summary: (date: string, parts: readonly string[]) => `截至 ${date}：${parts.join('；')}。`,
    cols: ['指标', '数值', '依据'],
    projects: (n: number) => `${n} 个项目`,
    resources: (n: number) => `${n} 个资源`,
    bands: (u: number, o: number, a: number, b: number) => `低于预算 ${u}，偏差 5% 以内 ${o}，超支 5–10% ${a}，超支 10% 以上 ${b}`,
    ratings: (g: number, a: number, r: number) => `绿 ${g}，黄 ${a}，红 ${r}`,
    byProgram: '按项目集的指标',
    byUnit: '按组织单元的指标',
    none: '（无）',
    definitions: '定义',
    wd: '工作日',
    noKpi: '项目组合关键绩效指标：该项目组合中没有可衡量的指标。',
  },
} as const;

/** Summary of the KPIs, table, breakdowns by program and unit, and definitions. */
export function kpisSection(ctx: ReportContext): ReportSection | undefined {
  const { lang } = ctx;
  const t = T[lang];
  const r = ctx.kpis();
  const measured = r.kpis.filter((k) => k.value !== null);
  if (measured.length === 0) {
    ctx.notCovered.push(t.noKpi);
    return undefined;
  }
  const pct = (x: number, d: number): string => `${(x * 100).toFixed(d)}${lang === 'zh' ? '%' : ' %'}`;
  const value = (k: PortfolioKpi, x: number | null): string => {
    if (x === null) return '–';
    if (k.unit === 'working days') return `${x > 0 ? '+' : ''}${x.toFixed(1)} ${t.wd}`;
    return pct(x, k.unit === 'share' ? 0 : 1);
  };
  const basis = (k: PortfolioKpi): string => {
    if (k.value === null) return k.reason === null ? '' : k.reason[lang];
    const n = k.id === 'resource-utilization' ? t.resources(k.count) : t.projects(k.count);
    if (k.distribution !== undefined) {
      const d = k.distribution;
      return `${n}; min ${pct(d.min, 1)}, q1 ${pct(d.q1, 1)}, q3 ${pct(d.q3, 1)}, max ${pct(d.max, 1)}; ${t.bands(d.bands.under, d.bands.onBudget, d.bands.over5to10, d.bands.over10)}`;
    }
    if (k.ratings !== undefined) return `${n}; ${t.ratings(k.ratings.green, k.ratings.amber, k.ratings.red)}`;
    return n;
  };
  const blocks: ReportBlock[] = [{ kind: 'table', columns: t.cols, align: ['left', 'right', 'left'], rows: r.kpis.map((k) => [k.label[lang], value(k, k.value), basis(k)]) }];
  const breakdown = (caption: string, pick: (k: PortfolioKpi) => readonly KpiGroup[]): void => {
    const keys: string[] = [];
    for (const k of r.kpis) for (const g of pick(k)) if (!keys.includes(g.key)) keys.push(g.key);
    if (keys.length < 2) return; // one group repeats the table above
    blocks.push({
      kind: 'table',
      caption,
      columns: ['KPI', ...keys.map((key) => (key === '(none)' ? t.none : key))],
      align: ['left', ...keys.map(() => 'right' as const)],
      rows: r.kpis.map((k) => [k.label[lang], ...keys.map((key) => {
        const g = pick(k).find((x) => x.key === key);
        return g === undefined ? '' : value(k, g.value);
      })]),
    });
  };
  breakdown(t.byProgram, (k) => k.breakdown.program);
  breakdown(t.byUnit, (k) => k.breakdown.unit);
  blocks.push({ kind: 'paragraph', text: `${t.definitions}:` }, { kind: 'list', items: r.kpis.map((k) => `${k.label[lang]}: ${k.definition[lang]}`) });
  return { id: 'kpis', title: t.title, summary: t.summary(r.statusDate, measured.slice(0, 4).map((k) => `${k.label[lang]} ${value(k, k.value)}`)), blocks };
}
