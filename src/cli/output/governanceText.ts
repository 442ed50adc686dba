/** The text of `pmo governance` (and the demo's governance lines): the findings and a summary. */
import { PMO_TYPE_PROFILES } from '../../org/pmo-types.js';
import { localize } from '../../org/localize.js';
import type { Lang, LocalizedText } from '../../org/types.js';
import type { CheckGovernanceResult, GovernanceSeverity } from '../../performance/governanceTypes.js';

const SEVERITY: { readonly [S in GovernanceSeverity]: LocalizedText } = {
  info: { en: 'info', zh: '提示' },
  warning: { en: 'warning', zh: '警告' },
  error: { en: 'error', zh: '错误' },
};

const SEVERITIES: { readonly [S in GovernanceSeverity]: LocalizedText } = {
  info: { en: 'info', zh: '提示' },
  warning: { en: 'warnings', zh: '警告' },
  error: { en: 'errors', zh: '错误' },
};

const T = {
  none: { en: 'No finding: every rule holds.', zh: '没有发现问题:所有规则均满足。' },
  findings: { en: 'findings', zh: '项发现' },
  finding: { en: 'finding', zh: '项发现' },
  noPmo: { en: 'no PMO: findings are advice', zh: '无PMO:发现仅为建议' },
  severity: { en: 'findings are', zh: '发现级别为' },
  skipped: { en: 'skipped', zh: '未运行' },
  statusDate: { en: 'status date', zh: '状态日期' },
} satisfies Record<string, LocalizedText>;

/** The summary line, then one line per finding (`- [warning] rule (project) path: message`), then the skipped rules. */
export function governanceLines(r: CheckGovernanceResult, lang: Lang): string[] {
  const l = (t: LocalizedText) => localize(t, lang);
  const count = (s: GovernanceSeverity) => r.findings.filter((f) => f.severity === s).length;
  const type = r.pmoType === null ? l(T.noPmo) : `${l(PMO_TYPE_PROFILES[r.pmoType].label)}: ${l(T.severity)} ${l(SEVERITIES[r.severity])}`;
  const out = [
    `${r.findings.length} ${l(r.findings.length === 1 ? T.finding : T.findings)} (${(['error', 'warning', 'info'] as const).map((s) => `${count(s)} ${l(count(s) === 1 ? SEVERITY[s] : SEVERITIES[s])}`).join(', ')}; ${type}; ${l(T.statusDate)} ${r.statusDate ?? '-'})`,
  ];
  if (r.findings.length === 0) out.push(l(T.none));
  for (const f of r.findings) out.push(`- [${l(SEVERITY[f.severity])}] ${f.ruleId}${f.projectId === null ? '' : ` (${f.projectId})`} ${f.at}: ${l(f.text)}`);
  for (const s of r.skipped) out.push(`${l(T.skipped)}: ${s.ruleId} (${s.reason})`);
  return out;
}
