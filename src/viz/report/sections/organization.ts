/** Report section: the organization, its PMO, what the PMO does in this structure, and the projects. */
import { PmoError } from '../../../errors.js';
import { show } from '../../../internal/show.js';
import { describePmoType } from '../../../org/describePmoType.js';
import { describeStructure } from '../../../org/describeStructure.js';
import { localize } from '../../../org/localize.js';
import { PMO_FUNCTION_INFO } from '../../../org/pmo-functions.js';
import { pmoResponsibilities } from '../../../org/pmoResponsibilities.js';
import type { LocalizedText } from '../../../org/types.js';
import type { ReportContext } from '../internal/context.js';
import { money } from '../internal/text.js';
import type { ReportBlock, ReportSection } from '../types.js';

/** `Balanced matrix organization` → `balanced matrix organization` (acronyms such as PMO stay). */
const lowerFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

const T = {
  en: {
    title: 'Organization and PMO',
    summary: (org: string, structure: string, pmo: string | undefined) => `${org} is a ${lowerFirst(structure)}${pmo === undefined ? '' : `; its PMO is a ${lowerFirst(pmo)}`}. The PMO's role and authority follow from both.`,
    pmo: (name: string, type: string, control: string, lead: string) => `${name}: ${type} (${control}), led by ${lead}.`,
    offers: 'Functions the PMO offers',
    duties: 'What the PMO is responsible for in this structure',
    goal: 'Goal of the PMO',
    projects: 'Projects',
    cols: ['id', 'project', 'manager', 'sponsor', 'start', 'deadline', 'budget', 'priority', 'status'],
    programs: (list: string) => `Programs: ${list}.`,
  },
  zh: {
    title: '组织与 PMO',
    summary: (org: string, structure: string, pmo: string | undefined) => `${org}为${structure}${pmo === undefined ? '' : `；其 PMO 为${pmo}`}。PMO 的角色与权限由两者共同决定。`,
    pmo: (name: string, type: string, control: string, lead: string) => `${name}：${type}（${control}），负责人 ${lead}。`,
    offers: 'PMO 提供的职能',
    duties: '该组织结构下 PMO 的职责',
    goal: 'PMO 的目标',
    projects: '项目',
    cols: ['编号', '项目', '项目经理', '发起人', '开始', '截止日期', '预算', '优先级', '状态'],
    programs: (list: string) => `项目集：${list}。`,
  },
} as const;

const STATUS: Readonly<Record<string, LocalizedText>> = {
  proposed: { en: 'proposed', zh: '提议' },
  approved: { en: 'approved', zh: '已批准' },
  active: { en: 'active', zh: '进行中' },
  'on-hold': { en: 'on hold', zh: '暂停' },
  completed: { en: 'completed', zh: '已完成' },
  cancelled: { en: 'cancelled', zh: '已取消' },
};

/** The organization and PMO profile, and the projects table. */
export function organizationSection(ctx: ReportContext): ReportSection {
  const { portfolio, lang } = ctx;
  const t = T[lang];
  const l = (x: LocalizedText): string => localize(x, lang);
  const org = portfolio.organization;
  const people = new Map((org?.people ?? []).map((p) => [p.id, p.name] as const));
  const person = (id: string | undefined): string => (id === undefined ? '–' : (people.get(id) ?? id));
  const blocks: ReportBlock[] = [];
  let summary: string | undefined;
  if (org !== undefined) {
    const structure = describeStructure(org.structure);
    const type = org.pmo === undefined ? undefined : describePmoType(org.pmo.type);
    summary = t.summary(org.name, l(structure.label), type === undefined ? undefined : l(type.label));
    blocks.push({ kind: 'paragraph', text: l(structure.description) });
    if (org.pmo !== undefined && type !== undefined) {
      blocks.push({ kind: 'paragraph', text: `${t.pmo(org.pmo.name, l(type.label), l(type.control), person(org.pmo.leadId))} ${l(type.description)}` });
      if (org.pmo.functions.length > 0) blocks.push({ kind: 'paragraph', text: `${t.offers}: ${org.pmo.functions.map((f) => l(PMO_FUNCTION_INFO[f].label)).join(lang === 'zh' ? '、' : ', ')}.` });
      blocks.push({ kind: 'paragraph', text: `${t.duties}:` });
      blocks.push({ kind: 'list', items: pmoResponsibilities(org.structure, org.pmo.type).map((r) => `${l(r.label)}: ${l(r.practice ?? r.description)}`) });
    }
    blocks.push({ kind: 'paragraph', text: `${t.goal}: ${l(structure.pmoGoal)}` });
  }
  blocks.push({
    kind: 'table',
    caption: t.projects,
    columns: t.cols,
    align: ['left', 'left', 'left', 'left', 'left', 'left', 'right', 'right', 'left'],
    rows: portfolio.projects.map((p) => [
      p.id,
      p.name,
      person(p.managerId),
      person(p.sponsorId),
      p.start,
      p.deadline ?? '–',
      money(p.budget, portfolio.currency),
      p.priority === undefined ? '–' : String(p.priority),
      p.status === undefined ? '–' : l(STATUS[p.status] ?? { en: p.status, zh: p.status }),
    ]),
  });
  const programs = (portfolio.programs ?? []) as unknown;
  if (!Array.isArray(programs)) throw new PmoError('INVALID_ARGUMENT', `pmoReport: portfolio.programs must be an array, got ${show(programs)}`);
  programs.forEach((g: unknown, i) => {
    if (typeof g !== 'object' || g === null || !Array.isArray((g as { projectIds?: unknown }).projectIds))
      throw new PmoError('INVALID_ARGUMENT', `pmoReport: portfolio.programs[${i}] must be a program with a projectIds array, got ${show(g)}`);
  });
  if (programs.length > 0) blocks.push({ kind: 'paragraph', text: t.programs(programs.map((g) => `${g.name} (${g.projectIds.join(', ')})`).join('; ')) });
  return { id: 'organization', title: t.title, ...(summary === undefined ? {} : { summary }), blocks };
}
