/**
 * Report section: the governance check (`checkGovernance`, pmo-kit/performance): the PMO's rules,
 * how many findings each gave, and the findings, with a severity that follows the PMO type.
 */
import { PMO_TYPE_PROFILES } from '../../../org/pmo-types.js';
import type { GovernanceSeverity } from '../../../performance/governanceTypes.js';
import type { ReportContext } from '../internal/context.js';
import type { ReportBlock, ReportSection } from '../types.js';

const T = {
  en: {
    title: 'Governance',
    summary: (n: number, e: number, w: number, i: number, who: string) =>
      n === 0 ? `Every governance rule holds (${who}).` : `${n} governance finding${n === 1 ? '' : 's'}: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} for information (${who}).`,
    who: (type: string | null, date: string | null) => `${type === null ? 'no PMO: findings are advice' : `${type}: its severity applies`}${date === null ? '' : `; status date ${date}`}`,
    rulesCaption: 'The rules checked',
    ruleCols: ['rule', 'requires', 'severity', 'findings'],
    off: 'off',
    findingsCaption: 'Findings',
    findingCols: ['severity', 'rule', 'project', 'where', 'finding'],
    skipped: (id: string, why: string) => `${id}: not checked (${why})`,
    severity: { info: 'info', warning: 'warning', error: 'error' },
    read: 'A supportive PMO advises (info), a controlling PMO requires (warning), a directive PMO enforces (error); "where" is the path in the portfolio file (docs/scoring.md).',
  },
  zh: {
    title: '治理合规',
    summary: (n: number, e: number, w: number, i: number, who: string) => (n === 0 ? `所有治理规则均满足（${who}）。` : `治理检查发现 ${n} 项问题：错误 ${e} 项、警告 ${w} 项、提示 ${i} 项（${who}）。`),
    who: (type: string | null, date: string | null) => `${type === null ? '无 PMO：发现仅为建议' : `${type}：按其级别`}${date === null ? '' : `；状态日期 ${date}`}`,
    rulesCaption: '检查的规则',
    ruleCols: ['规则', '要求', '级别', '发现'],
    off: '关闭',
    findingsCaption: '发现的问题',
    findingCols: ['级别', '规则', '项目', '位置', '问题'],
    skipped: (id: string, why: string) => `${id}：未检查（${why}）`,
    severity: { info: '提示', warning: '警告', error: '错误' },
    read: '支持型 PMO 提供建议（提示），控制型 PMO 提出要求（警告），指令型 PMO 强制执行（错误）；“位置”为项目组合文件中的路径（docs/scoring.md）。',
  },
} as const;

/** The rules with their findings count, then the findings, then the rules that could not run. */
export function governanceSection(ctx: ReportContext): ReportSection {
  const { lang } = ctx;
  const t = T[lang];
  const g = ctx.governance();
  const count = (s: GovernanceSeverity): number => g.findings.filter((f) => f.severity === s).length;
  const blocks: ReportBlock[] = [
    {
      kind: 'table',
      caption: t.rulesCaption,
      columns: t.ruleCols,
      align: ['left', 'left', 'left', 'right'],
      rows: g.rules.map((r) => [r.id, r.description[lang], r.enabled ? t.severity[r.severity] : t.off, String(r.findings)]),
    },
  ];
  if (g.findings.length > 0)
    blocks.push({
      kind: 'table',
      caption: t.findingsCaption,
      columns: t.findingCols,
      rows: g.findings.map((f) => [t.severity[f.severity], f.ruleId, f.projectId ?? '–', f.at, f.text[lang]]),
    });
  if (g.skipped.length > 0) blocks.push({ kind: 'list', items: g.skipped.map((s) => t.skipped(s.ruleId, s.reason)) });
  blocks.push({ kind: 'paragraph', text: t.read });
  const type = g.pmoType === null ? null : PMO_TYPE_PROFILES[g.pmoType].label[lang];
  return { id: 'governance', title: t.title, summary: t.summary(g.findings.length, count('error'), count('warning'), count('info'), t.who(type, g.statusDate)), blocks };
}
