/** Report section: the portfolio at a glance: key figures, and the one-line summary of each section. */
import { PmoError } from '../../../errors.js';
import type { ReportContext } from '../internal/context.js';
import { index2, money, signedDays } from '../internal/text.js';
import type { ReportFigure, ReportSection } from '../types.js';
import { daysByResource } from './resources.js';

const T = {
  en: {
    title: 'At a glance',
    finish: 'Portfolio finish',
    deadline: (d: string) => `latest deadline ${d}`,
    late: 'Projects late',
    lateNote: (n: number) => `of ${n} projects, against their deadlines`,
    critical: 'Critical cross-project links',
    criticalNote: (n: number) => `of ${n} dependencies between projects`,
    leveled: 'Finish with resources leveled',
    leveledNote: (d: number) => (d > 0 ? `+${d} working days for the shared pool` : 'no delay for the shared pool'),
    over: 'Over-allocated resource-days',
    overNote: (a: number) => `${a} after leveling`,
    spi: 'SPI / CPI',
    spiNote: (d: string) => `schedule / cost performance at ${d}`,
    eac: 'Estimate at completion',
    eacNote: (bac: string) => `budget ${bac}`,
    forecast: 'Forecast finish (earned schedule)',
    forecastNote: (v: string) => `${v} working days against the plan`,
    health: 'Portfolio health',
    healthNote: (g: number, a: number, r: number) => `projects green ${g}, amber ${a}, red ${r}`,
    rating: { green: 'green', amber: 'amber', red: 'red' },
    governance: 'Governance findings',
    governanceNote: (e: number, w: number) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`,
    messages: 'Key messages',
  },
  zh: {
    title: '概览',
    finish: '项目组合完成日期',
    deadline: (d: string) => `最晚截止日期 ${d}`,
    late: '逾期项目',
    lateNote: (n: number) => `共 ${n} 个项目，对照各自截止日期`,
    critical: '关键跨项目依赖',
    criticalNote: (n: number) => `共 ${n} 条项目间依赖`,
    leveled: '资源平衡后的完成日期',
    leveledNote: (d: number) => (d > 0 ? `共享资源导致推迟 ${d} 个工作日` : '共享资源未导致推迟'),
    over: '资源过度分配（人·日）',
    overNote: (a: number) => `资源平衡后 ${a}`,
    spi: 'SPI / CPI',
    spiNote: (d: string) => `${d} 的进度 / 成本绩效`,
    eac: '完工估算 EAC',
    eacNote: (bac: string) => `预算 ${bac}`,
    forecast: '预测完成日期（挣得进度）',
    forecastNote: (v: string) => `较计划 ${v} 个工作日`,
    health: '项目组合健康度',
    healthNote: (g: number, a: number, r: number) => `项目：绿 ${g}，黄 ${a}，红 ${r}`,
    rating: { green: '绿', amber: '黄', red: '红' },
    governance: '治理问题',
    governanceNote: (e: number, w: number) => `错误 ${e}，警告 ${w}`,
    messages: '要点',
  },
} as const;

/** Runs `f`; a figure whose analysis cannot run on this portfolio (a `PmoError`) is left out. */
function attempt(f: () => ReportFigure | undefined): ReportFigure | undefined {
  try {
    return f();
  } catch (err) {
    if (err instanceof PmoError) return undefined;
    throw err;
  }
}

const tone = (x: number | null, good: number, warn: number): ReportFigure['tone'] => (x === null ? 'neutral' : x >= good ? 'good' : x >= warn ? 'warning' : 'bad');

/** Key figures of the schedule, dependencies, leveling, earned value, health and governance, then each section's summary. */
export function summarySection(ctx: ReportContext, sections: readonly ReportSection[]): ReportSection {
  const { portfolio, lang } = ctx;
  const t = T[lang];
  const c = portfolio.currency;
  const deadlines = portfolio.projects.map((p) => p.deadline).filter((d): d is string => d !== undefined).sort();
  const figures = [
    attempt(() => {
      const s = ctx.schedule();
      const last = deadlines[deadlines.length - 1];
      return { label: t.finish, value: s.finishDate, ...(last === undefined ? {} : { note: t.deadline(last) }), tone: last === undefined ? 'neutral' : s.finishDate <= last ? 'good' : 'bad' };
    }),
    attempt(() => {
      const s = ctx.schedule();
      const due = new Map(portfolio.projects.map((p) => [p.id, p.deadline] as const));
      const withDeadline = s.projects.filter((p) => due.get(p.id) !== undefined);
      if (withDeadline.length === 0) return undefined;
      const late = withDeadline.filter((p) => p.finishDate > due.get(p.id)!).length;
      return { label: t.late, value: String(late), note: t.lateNote(withDeadline.length), tone: late === 0 ? 'good' : 'bad' };
    }),
    attempt(() => {
      if ((portfolio.crossDependencies ?? []).length === 0) return undefined;
      const deps = ctx.dependencies();
      const n = deps.filter((d) => d.critical).length;
      return { label: t.critical, value: String(n), note: t.criticalNote(deps.length), tone: n === 0 ? 'good' : 'warning' };
    }),
    attempt(() => {
      if ((portfolio.resources ?? []).length === 0) return undefined;
      const l = ctx.leveled();
      const d = Math.max(0, l.makespan - ctx.schedule().duration);
      return { label: t.leveled, value: l.finishDate, note: t.leveledNote(d), tone: d === 0 ? 'good' : 'warning' };
    }),
    attempt(() => {
      if ((portfolio.resources ?? []).length === 0) return undefined;
      const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
      const before = sum(daysByResource(ctx.overBefore()));
      const after = sum(daysByResource(ctx.overAfter()));
      return { label: t.over, value: String(before), note: t.overNote(after), tone: after === 0 ? (before === 0 ? 'good' : 'warning') : 'bad' };
    }),
    attempt(() => {
      const a = ctx.earnedValue();
      const m = a.portfolio?.measures ?? a.projects[0]?.measures;
      if (m === undefined) return undefined;
      const worst = Math.min(m.spi ?? 1, m.cpi ?? 1);
      return { label: t.spi, value: `${index2(m.spi)} / ${index2(m.cpi)}`, note: t.spiNote(a.statusDate), tone: m.spi === null && m.cpi === null ? 'neutral' : tone(worst, 0.95, 0.85) };
    }),
    attempt(() => {
      const a = ctx.earnedValue();
      const m = a.portfolio?.measures ?? a.projects[0]?.measures;
      if (m === undefined) return undefined;
      const eac = m.eacTypical ?? m.eacAtypical;
      return { label: t.eac, value: money(eac, c), note: t.eacNote(money(m.bac, c)), tone: m.bac === 0 ? 'neutral' : tone(m.bac / eac, 1, 0.95) };
    }),
    attempt(() => {
      const a = ctx.earnedValue();
      const s = a.portfolio !== null ? a.portfolio.schedule : (a.projects[0]?.schedule ?? null);
      if (s === null || s.forecastFinishDate === null) return undefined;
      const v = s.finishVariance ?? 0;
      return { label: t.forecast, value: s.forecastFinishDate, note: t.forecastNote(signedDays(v)), tone: v <= 0 ? 'good' : v <= 10 ? 'warning' : 'bad' };
    }),
    attempt(() => {
      const h = ctx.health();
      if (h.portfolio.score === null || h.portfolio.rating === null) return undefined;
      const n = (r: string): number => h.projects.filter((p) => p.rating === r).length;
      const tones = { green: 'good', amber: 'warning', red: 'bad' } as const;
      return { label: t.health, value: `${h.portfolio.score} · ${t.rating[h.portfolio.rating]}`, note: t.healthNote(n('green'), n('amber'), n('red')), tone: tones[h.portfolio.rating] };
    }),
    attempt(() => {
      const g = ctx.governance();
      const n = (s: string): number => g.findings.filter((f) => f.severity === s).length;
      return { label: t.governance, value: String(g.findings.length), note: t.governanceNote(n('error'), n('warning')), tone: n('error') > 0 ? 'bad' : n('warning') > 0 ? 'warning' : 'good' };
    }),
  ].filter((f): f is ReportFigure => f !== undefined);
  const messages = sections.map((s) => s.summary).filter((s): s is string => s !== undefined);
  return {
    id: 'summary',
    title: t.title,
    blocks: [
      ...(figures.length > 0 ? [{ kind: 'figures' as const, items: figures }] : []),
      ...(messages.length > 0 ? [{ kind: 'paragraph' as const, text: `${t.messages}:` }, { kind: 'list' as const, items: messages }] : []),
    ],
  };
}
