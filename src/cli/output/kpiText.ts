/** The text of `pmo kpis` (and the demo's KPI lines): the KPIs, their breakdowns and definitions. */
import { localize } from '../../org/localize.js';
import type { Lang, LocalizedText } from '../../org/types.js';
import type { KpiGroup, PortfolioKpi, PortfolioKpisResult } from '../../performance/kpiTypes.js';
import { pushAll } from '../../internal/bulk.js';
import { table } from '../format.js';

const T = {
  kpi: { en: 'KPI', zh: '指标' },
  value: { en: 'value', zh: '数值' },
  basis: { en: 'basis', zh: '依据' },
  projects: { en: 'projects', zh: '个项目' },
  project: { en: 'project', zh: '个项目' },
  resources: { en: 'resources', zh: '个资源' },
  resource: { en: 'resource', zh: '个资源' },
  byProgram: { en: 'By program', zh: '按项目集' },
  byUnit: { en: 'By organizational unit', zh: '按组织单元' },
  byPmoType: { en: 'By PMO type', zh: '按PMO类型' },
  definitions: { en: 'Definitions', zh: '定义' },
  bands: { en: 'under budget {u}, within 5 % {o}, over by 5–10 % {a}, over by more than 10 % {b}', zh: '低于预算 {u},偏差5%以内 {o},超支5–10% {a},超支10%以上 {b}' },
  ratings: { en: 'green {g}, amber {a}, red {r}', zh: '绿 {g},黄 {a},红 {r}' },
  none: { en: '(none)', zh: '(无)' },
} satisfies Record<string, LocalizedText>;

const pct = (x: number, d = 1): string => `${(x * 100).toFixed(d)}%`;

/** A KPI value as printed; `-` for null. */
export function kpiValue(k: Pick<PortfolioKpi, 'id' | 'unit'>, value: number | null, lang: Lang = 'en'): string {
  if (value === null) return '-';
  if (k.unit === 'working days') return `${value > 0 ? '+' : ''}${value.toFixed(1)}${lang === 'zh' ? ' 工作日' : ' wd'}`;
  return k.unit === 'share' ? pct(value, 0) : pct(value);
}

function fill(text: LocalizedText, lang: Lang, values: Record<string, number>): string {
  return localize(text, lang).replace(/\{(\w)\}/g, (_, k: string) => String(values[k]));
}

/** The KPI table (value and basis), then the breakdowns by program and unit. */
export function kpiLines(r: PortfolioKpisResult, lang: Lang, options: { readonly definitions?: boolean } = {}): string[] {
  const l = (t: LocalizedText) => localize(t, lang);
  const basis = (k: PortfolioKpi): string => {
    if (k.value === null) return k.reason === null ? '' : l(k.reason);
    const one = k.count === 1;
    const n = `${k.count} ${l(k.id === 'resource-utilization' ? (one ? T.resource : T.resources) : one ? T.project : T.projects)}`;
    if (k.distribution !== undefined) {
      const d = k.distribution;
      return `${n}; min ${pct(d.min)}, q1 ${pct(d.q1)}, q3 ${pct(d.q3)}, max ${pct(d.max)}; ${fill(T.bands, lang, { u: d.bands.under, o: d.bands.onBudget, a: d.bands.over5to10, b: d.bands.over10 })}`;
    }
    if (k.ratings !== undefined) return `${n}; ${fill(T.ratings, lang, { g: k.ratings.green, a: k.ratings.amber, r: k.ratings.red })}`;
    return n;
  };
  const out = table([l(T.kpi), l(T.value), l(T.basis)], r.kpis.map((k) => [l(k.label), kpiValue(k, k.value, lang), basis(k)]), { align: ['left', 'right', 'left'] });
  const breakdown = (title: LocalizedText, pick: (k: PortfolioKpi) => readonly KpiGroup[]) => {
    const keys: string[] = [];
    const names = new Map<string, string>();
    for (const k of r.kpis)
      for (const g of pick(k))
        if (!keys.includes(g.key)) {
          keys.push(g.key);
          names.set(g.key, g.key === '(none)' ? l(T.none) : g.key);
        }
    if (keys.length === 0) return;
    out.push('', `${l(title)}:`);
    pushAll(
      out,
      table(
        [l(T.kpi), ...keys.map((k) => names.get(k)!)],
        r.kpis.map((k) => [l(k.label), ...keys.map((key) => {
          const g = pick(k).find((x) => x.key === key);
          return g === undefined ? '' : kpiValue(k, g.value, lang);
        })]),
        { align: ['left', ...keys.map(() => 'right' as const)] },
      ),
    );
  };
  breakdown(T.byProgram, (k) => k.breakdown.program);
  breakdown(T.byUnit, (k) => k.breakdown.unit);
  if (options.definitions === true) {
    breakdown(T.byPmoType, (k) => k.breakdown.pmoType);
    out.push('', `${l(T.definitions)}:`);
    for (const k of r.kpis) out.push(`- ${l(k.label)}: ${l(k.definition)}`);
  }
  return out;
}
