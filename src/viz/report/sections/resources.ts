/** Report section: resource loading of the shared pool before and after leveling. */
import type { Overallocation } from '../../../resources/resourceLoadTypes.js';
import { resourceLoadChart } from '../../resourceLoadChart.js';
import type { ReportContext } from '../internal/context.js';
import type { ReportBlock, ReportSection } from '../types.js';

const T = {
  en: {
    title: 'Resource loading and leveling',
    summary: (before: string, after: string, shift: number, overBefore: number, overAfter: number) =>
      `Leveling the shared resources across projects ${shift > 0 ? `moves the portfolio finish from ${before} to ${after} (+${shift} working days)` : `keeps the portfolio finish on ${after}`}; over-allocated resource-days fall from ${overBefore} to ${overAfter}.`,
    method: (n: number, seed: number) => `Leveled by pmo-kit's multi-project RCPSP solver (${n} schedules, seed ${seed}); the early schedule has no resource limits.`,
    projects: 'Finish of each project',
    cols: ['project', 'unleveled finish', 'leveled finish', 'delay (working days)', 'deadline'],
    over: 'Over-allocated working days per resource',
    overCols: ['resource', 'before leveling', 'after leveling'],
    noOver: 'No resource is over-allocated, before or after leveling.',
    pool: (name: string) => `Load of ${name}, before and after leveling`,
    person: (name: string) => `Load of ${name} (most over-allocated), before and after leveling`,
    read: 'Bars are the demand per period in unit-days (light: within capacity, dark red: over it); the dashed line is the capacity.',
    lateMark: ' (late)',
  },
  zh: {
    title: '资源负荷与资源平衡',
    summary: (before: string, after: string, shift: number, overBefore: number, overAfter: number) =>
      `跨项目平衡共享资源${shift > 0 ? `使项目组合完成日期由 ${before} 推迟至 ${after}（+${shift} 个工作日）` : `后项目组合仍于 ${after} 完成`}；资源过度分配的人·日由 ${overBefore} 降至 ${overAfter}。`,
    method: (n: number, seed: number) => `采用 pmo-kit 的多项目 RCPSP 求解器进行资源平衡（${n} 个进度方案，种子 ${seed}）；最早进度不考虑资源限制。`,
    projects: '各项目的完成日期',
    cols: ['项目', '平衡前完成', '平衡后完成', '延误（工作日）', '截止日期'],
    over: '各资源过度分配的工作日数',
    overCols: ['资源', '平衡前', '平衡后'],
    noOver: '资源平衡前后均无资源过度分配。',
    pool: (name: string) => `${name} 的负荷（平衡前后）`,
    person: (name: string) => `${name} 的负荷（过度分配最多），平衡前后`,
    read: '条形为每个时段的需求（单位·工作日；浅色：产能内，深红色：超出产能）；虚线为产能。',
    lateMark: '（逾期）',
  },
} as const;

/** Over-allocated working days per resource. */
export function daysByResource(list: readonly Overallocation[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const o of list) if (o.kind === 'resource') out.set(o.id, (out.get(o.id) ?? 0) + o.days);
  return out;
}

/** Leveling: each project's finish before and after, over-allocations per resource, and load histograms. */
export function resourcesSection(ctx: ReportContext): ReportSection | undefined {
  const { portfolio, lang } = ctx;
  const t = T[lang];
  if ((portfolio.resources ?? []).length === 0) return undefined;
  const early = ctx.schedule();
  const leveled = ctx.leveled();
  const before = daysByResource(ctx.overBefore());
  const after = daysByResource(ctx.overAfter());
  const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  const names = new Map(portfolio.resources.map((r) => [r.id, r.name] as const));
  const earlyFinish = new Map(early.projects.map((p) => [p.id, p.finishDate] as const));
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t.method(leveled.schedules, leveled.seed) },
    {
      kind: 'table',
      caption: t.projects,
      columns: t.cols,
      align: ['left', 'left', 'left', 'right', 'left'],
      rows: leveled.projects.map((p) => [p.id, earlyFinish.get(p.id) ?? '–', p.finishDate, String(Math.round(p.delay * 100) / 100), p.deadlineDate === undefined ? '–' : `${p.deadlineDate}${p.late ? t.lateMark : ''}`]),
    },
  ];
  const people = portfolio.resources.map((r) => r.id).filter((id) => before.has(id) || after.has(id));
  if (people.length === 0) blocks.push({ kind: 'paragraph', text: t.noOver });
  else
    blocks.push({
      kind: 'table',
      caption: t.over,
      columns: t.overCols,
      align: ['left', 'right', 'right'],
      rows: people.map((id) => [`${names.get(id) ?? id}`, String(before.get(id) ?? 0), String(after.get(id) ?? 0)]),
    });
  const loadBefore = ctx.loadingBefore();
  const loadAfter = ctx.loadingAfter();
  const hasDemand = (id: string): boolean => loadBefore.pools.some((p) => p.id === id && p.demand.some((d) => d > 0));
  for (const pool of portfolio.pools ?? [])
    if (hasDemand(pool.id)) blocks.push({ kind: 'chart', name: `load-${pool.id}`, caption: t.pool(pool.name ?? pool.id), wide: false, svg: resourceLoadChart(loadBefore, pool.id, { kind: 'pool', after: loadAfter, lang, width: 560, height: 420 }) });
  const worst = [...before].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 2);
  for (const [id] of worst)
    blocks.push({ kind: 'chart', name: `load-${id}`, caption: t.person(names.get(id) ?? id), wide: false, svg: resourceLoadChart(loadBefore, id, { kind: 'resource', after: loadAfter, lang, width: 560, height: 420 }) });
  blocks.push({ kind: 'paragraph', text: t.read });
  const shift = Math.max(0, leveled.makespan - early.duration);
  return { id: 'resources', title: t.title, summary: t.summary(early.finishDate, leveled.finishDate, shift, total(before), total(after)), blocks };
}

