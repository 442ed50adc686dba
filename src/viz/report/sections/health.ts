/**
 * Report section: project health (`healthScore`, pmo-kit/performance): each project's score and
 * rating, the portfolio roll-up, and what lowers each score most (its drivers).
 */
import type { HealthIndicator, HealthRating, ProjectHealth } from '../../../performance/healthTypes.js';
import type { ReportContext } from '../internal/context.js';
import type { ReportBlock, ReportFigure, ReportSection } from '../types.js';

const T = {
  en: {
    title: 'Project health',
    summary: (score: number, rating: string, date: string, g: number, a: number, r: number, worst: string) =>
      `Portfolio health at ${date}: ${score}/100 (${rating}); ${g} project${g === 1 ? '' : 's'} green, ${a} amber, ${r} red${worst}.`,
    worst: (name: string, score: number, drivers: string) => `; ${name} scores lowest (${score}), held back by ${drivers}`,
    portfolio: 'Portfolio',
    rollUp: { budget: 'weighted by budget', priority: 'weighted by priority', equal: 'equal weights' },
    scoreCols: (indicators: readonly string[]) => ['project', 'score', 'rating', ...indicators],
    scoresCaption: 'Score of each project: each cell is the indicator’s value and, in brackets, the points it adds to the score (they sum to the score); – absent',
    driversCaption: 'What lowers each score most: the indicator, its value, and the points it earns out of those it could',
    driverCols: ['project', 'first', 'second', 'third'],
    unscored: (id: string, why: string) => `${id}: not scored (${why})`,
    read: 'A score of 0–100 is the weighted mean of the indicators present (schedule, cost, risk, resources, scope, quality), each scored between a good and a bad value; green from 75, amber from 50, red below (docs/scoring.md).',
    rating: { green: 'green', amber: 'amber', red: 'red' },
    none: 'Project health: no active project could be scored.',
  },
  zh: {
    title: '项目健康度',
    summary: (score: number, rating: string, date: string, g: number, a: number, r: number, worst: string) =>
      `截至 ${date}，项目组合健康度为 ${score}/100（${rating}）；绿 ${g} 个、黄 ${a} 个、红 ${r} 个项目${worst}。`,
    worst: (name: string, score: number, drivers: string) => `；${name} 得分最低（${score}），主要受 ${drivers} 拖累`,
    portfolio: '项目组合',
    rollUp: { budget: '按预算加权', priority: '按优先级加权', equal: '等权' },
    scoreCols: (indicators: readonly string[]) => ['项目', '得分', '等级', ...indicators],
    scoresCaption: '各项目得分：每格为指标值，括号内为其贡献的分数（各项之和即得分）；– 表示缺失',
    driversCaption: '对各项目得分影响最大的因素：指标、指标值、得分/满分',
    driverCols: ['项目', '第一', '第二', '第三'],
    unscored: (id: string, why: string) => `${id}：未评分（${why}）`,
    read: '得分 0–100 为现有指标（进度、成本、风险、资源、范围、质量）的加权平均，每项指标在好值与差值之间计分；75 分及以上为绿，50 分及以上为黄，以下为红（docs/scoring.md）。',
    rating: { green: '绿', amber: '黄', red: '红' },
    none: '项目健康度：没有可评分的活动项目。',
  },
} as const;

/** Short names of the indicators, as column headers. */
const HEADERS: { readonly [I in HealthIndicator]: { readonly en: string; readonly zh: string } } = {
  'spi-t': { en: 'SPI(t)', zh: 'SPI(t)' },
  'float-erosion': { en: 'float used', zh: '浮动消耗' },
  cpi: { en: 'CPI', zh: 'CPI' },
  vac: { en: 'VAC/BAC', zh: 'VAC/BAC' },
  'risk-exposure': { en: 'risk/BAC', zh: '风险/BAC' },
  overallocation: { en: 'over-allocation', zh: '过度分配' },
  'scope-change': { en: 'scope change', zh: '范围变更' },
  quality: { en: 'quality', zh: '质量' },
};
const ORDER = Object.keys(HEADERS) as HealthIndicator[];

/** An indicator's value: ratios to two decimals, shares and percentages as %. */
function valueText(indicator: HealthIndicator, value: number): string {
  if (indicator === 'spi-t' || indicator === 'cpi' || indicator === 'float-erosion') return value.toFixed(2);
  if (indicator === 'scope-change' || indicator === 'quality') return `${Math.round(value * 10) / 10}%`;
  return `${(value * 100).toFixed(1)}%`;
}

const TONE: { readonly [R in HealthRating]: ReportFigure['tone'] } = { green: 'good', amber: 'warning', red: 'bad' };

/** The drivers that lower a project's score, most first. */
function lowering(p: ProjectHealth): ProjectHealth['drivers'] {
  return [...p.drivers].filter((d) => d.shortfall > 0).sort((a, b) => b.shortfall - a.shortfall || (a.indicator < b.indicator ? -1 : 1));
}

/** Health: a figure per project and the portfolio, the scores with their drivers, and what lowers each score. */
export function healthSection(ctx: ReportContext): ReportSection | undefined {
  const { lang } = ctx;
  const t = T[lang];
  const h = ctx.health();
  if (h.projects.length === 0 || h.portfolio.score === null || h.portfolio.rating === null) {
    ctx.notCovered.push(t.none);
    return undefined;
  }
  const head = (i: HealthIndicator): string => HEADERS[i][lang];
  const drivers = (p: ProjectHealth, n: number): string[] => lowering(p).slice(0, n).map((d) => `${head(d.indicator)} ${valueText(d.indicator, d.value)} (${d.contribution}/${Math.round(d.weight * 100)})`);
  const used = ORDER.filter((i) => h.projects.some((p) => p.drivers.some((d) => d.indicator === i)));
  const figures: ReportFigure[] = [
    { label: t.portfolio, value: `${h.portfolio.score} · ${t.rating[h.portfolio.rating]}`, note: t.rollUp[h.portfolio.rollUp], tone: TONE[h.portfolio.rating] },
    ...h.projects.map((p) => ({ label: `${p.id} – ${p.name}`, value: `${p.score} · ${t.rating[p.rating]}`, tone: TONE[p.rating] })),
  ];
  const blocks: ReportBlock[] = [
    { kind: 'figures', items: figures },
    {
      kind: 'table',
      caption: t.scoresCaption,
      columns: t.scoreCols(used.map(head)),
      align: ['left', 'right', 'left', ...used.map(() => 'right' as const)],
      rows: h.projects.map((p) => [
        p.id,
        String(p.score),
        t.rating[p.rating],
        ...used.map((i) => {
          const d = p.drivers.find((x) => x.indicator === i);
          return d === undefined ? '–' : `${valueText(i, d.value)} (${d.contribution})`;
        }),
      ]),
    },
    {
      kind: 'table',
      caption: t.driversCaption,
      columns: t.driverCols,
      rows: h.projects.map((p) => {
        const top = drivers(p, 3);
        return [p.id, top[0] ?? '–', top[1] ?? '–', top[2] ?? '–'];
      }),
    },
  ];
  if (h.unscored.length > 0) blocks.push({ kind: 'list', items: h.unscored.map((u) => t.unscored(u.id, u.reason)) });
  blocks.push({ kind: 'paragraph', text: t.read });
  const count = (r: HealthRating): number => h.projects.filter((p) => p.rating === r).length;
  const worst = [...h.projects].sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1))[0]!;
  const worstDrivers = lowering(worst).slice(0, 2).map((d) => head(d.indicator));
  const worstText = h.projects.length > 1 && worstDrivers.length > 0 ? t.worst(worst.id, worst.score, worstDrivers.join(lang === 'zh' ? '、' : ' and ')) : '';
  return {
    id: 'health',
    title: t.title,
    summary: t.summary(h.portfolio.score, t.rating[h.portfolio.rating], h.statusDate, count('green'), count('amber'), count('red'), worstText),
    blocks,
  };
}
