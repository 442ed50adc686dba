/**
 * The sections of the PMO report, in order: one function per topic. To add a topic, write its
 * function in this folder (it returns `undefined` when the portfolio has nothing for it) and list
 * it here. Private to pmo-kit/viz.
 */
import type { LocalizedText } from '../../../org/types.js';
import type { ReportContext } from '../internal/context.js';
import type { ReportSection } from '../types.js';
import { dependenciesSection } from './dependencies.js';
import { earnedValueSection } from './earnedValue.js';
import { maturitySection } from './maturity.js';
import { organizationSection } from './organization.js';
import { portfolioSection } from './portfolio.js';
import { resourcesSection } from './resources.js';
import { risksSection } from './risks.js';
import { scheduleSection } from './schedule.js';

/** A section of the report: what it is about (for messages), and the function that builds it. */
export interface SectionSpec {
  readonly topic: LocalizedText;
  readonly build: (ctx: ReportContext) => ReportSection | undefined;
  /**
   * Whether it draws data the caller gave (`options.riskMatrix`, …): its errors are the caller's
   * and are thrown, while an analysis that cannot run on the portfolio is only listed as not covered.
   */
  readonly fromOptions?: boolean;
}

/** The sections after the summary, in order. */
export const SECTIONS: readonly SectionSpec[] = [
  { topic: { en: 'Organization and PMO', zh: '组织与 PMO' }, build: organizationSection },
  { topic: { en: 'Schedule and critical path', zh: '进度计划与关键路径' }, build: scheduleSection },
  { topic: { en: 'Cross-project dependencies', zh: '跨项目依赖' }, build: dependenciesSection },
  { topic: { en: 'Resource loading and leveling', zh: '资源负荷与资源平衡' }, build: resourcesSection },
  { topic: { en: 'Portfolio optimization', zh: '项目组合优化' }, build: portfolioSection },
  { topic: { en: 'Earned value', zh: '挣值' }, build: earnedValueSection },
  { topic: { en: 'Risks and Monte Carlo simulation', zh: '风险与蒙特卡洛模拟' }, build: risksSection, fromOptions: true },
  { topic: { en: 'PMO maturity', zh: 'PMO 成熟度' }, build: maturitySection, fromOptions: true },
];

/**
 * Topics of a full PMO report whose analyses this version does not have: listed under "not
 * covered" until a section function draws them (project health scores, governance compliance).
 */
export const NOT_YET: readonly LocalizedText[] = [
  { en: 'Project health: health scores are not part of this version of pmo-kit.', zh: '项目健康度：本版本的 pmo-kit 尚无健康度评分。' },
  { en: 'Governance and compliance: governance checks are not part of this version of pmo-kit.', zh: '治理与合规：本版本的 pmo-kit 尚无治理检查。' },
];
