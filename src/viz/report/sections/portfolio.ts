/** Report section: portfolio optimization: who works on what (allocation), and value, cost and risk of the projects. */
import { portfolioBubbleChart, type PortfolioBubble } from '../../portfolioBubbleChart.js';
import type { ReportContext } from '../internal/context.js';
import { money } from '../internal/text.js';
import type { ReportBlock, ReportSection } from '../types.js';

const T = {
  en: {
    title: 'Portfolio optimization',
    summary: (from: string, to: string, unmet: number, bottleneck: string | null) =>
      `The shared people are allocated to the projects' demands from ${from} to ${to} for the most value${unmet > 0 ? `; ${unmet} hours stay unmet` : ', meeting every demand'}${bottleneck === null ? '' : `; the scarcest skill is ${bottleneck}`}.`,
    allocation: (from: string, to: string, objective: string, proven: boolean) => `Allocation of the shared pool, ${from} – ${to}: value ${objective}${proven ? ' (proven optimal)' : ' (not proven optimal)'}.`,
    cols: ['project', 'who (skill, hours)'],
    unmet: 'Unmet demand per skill',
    unmetCols: ['skill', 'hours', 'why'],
    reasons: { 'unknown-skill': 'no one has the skill', 'under-qualified': 'no one at the level asked', unprofitable: 'costs more than it is worth', capacity: 'qualified people fully booked' },
    bottleneck: (skill: string, price: string) => `Bottleneck skill: ${skill} (one more hour is worth ${price}).`,
    bubble: 'Value, cost and risk of the projects (bubble area: expected cost of open threats)',
    risk: 'expected cost of open threats',
    read: (selected: string) => `Cost is the project's budget, value its expected value; ${selected}. Bubbles above the dashed diagonal are worth more than they cost.`,
    selectedGiven: 'marked bubbles are the selection given',
    selectedCommitted: 'marked bubbles are the projects already committed (active, approved or completed)',
  },
  zh: {
    title: '项目组合优化',
    summary: (from: string, to: string, unmet: number, bottleneck: string | null) =>
      `自 ${from} 至 ${to}，共享人员按价值最大化分配到各项目需求${unmet > 0 ? `；仍有 ${unmet} 小时需求未满足` : '，所有需求均得到满足'}${bottleneck === null ? '' : `；最稀缺的技能是 ${bottleneck}`}。`,
    allocation: (from: string, to: string, objective: string, proven: boolean) => `共享资源池分配（${from} – ${to}）：价值 ${objective}${proven ? '（已证明最优）' : '（未证明最优）'}。`,
    cols: ['项目', '人员（技能，小时）'],
    unmet: '各技能未满足的需求',
    unmetCols: ['技能', '小时', '原因'],
    reasons: { 'unknown-skill': '无人具备该技能', 'under-qualified': '无人达到所需等级', unprofitable: '成本高于价值', capacity: '合格人员已满负荷' },
    bottleneck: (skill: string, price: string) => `瓶颈技能：${skill}（每多一小时价值 ${price}）。`,
    bubble: '各项目的价值、成本与风险（气泡面积：未关闭威胁的期望成本）',
    risk: '未关闭威胁的期望成本',
    read: (selected: string) => `成本为项目预算，价值为预期价值；${selected}。位于虚线对角线上方的项目价值高于成本。`,
    selectedGiven: '标记的气泡为给定的选择',
    selectedCommitted: '标记的气泡为已承诺的项目（进行中、已批准或已完成）',
  },
} as const;

/** The allocation of the shared pool and the value–cost–risk bubble chart. */
export function portfolioSection(ctx: ReportContext): ReportSection | undefined {
  const { portfolio, lang } = ctx;
  const t = T[lang];
  const blocks: ReportBlock[] = [];
  let summary: string | undefined;
  const hasDemands = portfolio.projects.some((p) => p.tasks.some((x) => (x.demands ?? []).length > 0));
  if ((portfolio.resources ?? []).length > 0 && hasDemands) {
    const r = ctx.allocation();
    const from = r.window?.from ?? '–';
    const to = r.window?.to ?? '–';
    const unmetHours = Math.round(r.unmet.reduce((s, u) => s + u.hours, 0));
    summary = t.summary(from, to, unmetHours, r.bottleneck ?? null);
    blocks.push({ kind: 'paragraph', text: t.allocation(from, to, money(r.objective, portfolio.currency), r.optimal) });
    const byProject = new Map<string, string[]>(portfolio.projects.map((p) => [p.id, []]));
    // A person by the name before any parenthesis ("Lena Vogt (senior backend engineer)" reads "Lena Vogt").
    const short = new Map(portfolio.resources.map((x) => [x.id, x.name.replace(/\s*\(.*$/, '') || x.id] as const));
    for (const a of r.assignments) byProject.get(a.projectId)?.push(`${short.get(a.personId) ?? a.personId} (${a.skill}, ${Math.round(a.hours)} h)`);
    blocks.push({ kind: 'table', columns: t.cols, rows: [...byProject].filter(([, l]) => l.length > 0).map(([id, l]) => [id, l.join(', ')]) });
    if (r.unmet.length > 0) {
      const bySkill = new Map<string, { hours: number; reasons: Set<string> }>();
      for (const u of r.unmet) {
        const e = bySkill.get(u.skill) ?? { hours: 0, reasons: new Set<string>() };
        e.hours += u.hours;
        e.reasons.add(t.reasons[u.reason]);
        bySkill.set(u.skill, e);
      }
      blocks.push({ kind: 'table', caption: t.unmet, columns: t.unmetCols, align: ['left', 'right', 'left'], rows: [...bySkill].map(([s, e]) => [s, String(Math.round(e.hours)), [...e.reasons].join('; ')]) });
    }
    if (r.bottleneck !== undefined && r.bottleneck !== null) blocks.push({ kind: 'paragraph', text: t.bottleneck(r.bottleneck, money(r.shadowPrices?.[r.bottleneck] ?? 0, portfolio.currency)) });
  }
  const bubbles: PortfolioBubble[] = portfolio.projects
    .filter((p) => p.budget !== undefined && p.expectedValue !== undefined)
    .map((p) => ({
      id: p.id,
      name: p.name,
      value: p.expectedValue!,
      cost: p.budget!,
      risk: (portfolio.risks ?? [])
        .filter((k) => k.projectId === p.id && k.kind === 'threat' && (k.status === 'open' || k.status === 'monitoring'))
        .reduce((s, k) => s + k.probability * (k.impact.cost ?? 0), 0),
    }));
  if (bubbles.length > 0) {
    const given = ctx.options.selection;
    const selected = given?.selected ?? portfolio.projects.filter((p) => p.status === 'active' || p.status === 'approved' || p.status === 'completed').map((p) => p.id);
    blocks.push({
      kind: 'chart',
      name: 'portfolio-bubbles',
      caption: t.bubble,
      wide: false,
      svg: portfolioBubbleChart(bubbles, { selected, lang, width: 720, riskLabel: t.risk, ...(portfolio.currency === undefined ? {} : { currency: portfolio.currency }) }),
    });
    blocks.push({ kind: 'paragraph', text: t.read(given === undefined ? t.selectedCommitted : t.selectedGiven) });
  }
  if (blocks.length === 0) return undefined;
  return { id: 'portfolio', title: t.title, ...(summary === undefined ? {} : { summary }), blocks };
}

