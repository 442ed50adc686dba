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
import { governanceSection } from './governance.js';
import { healthSection } from './health.js';
import { kpisSection } from './kpis.js';
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
  { topic: { en: 'Project health', zh: '项目健康度' }, build: healthSection },
  { topic: { en: 'Portfolio KPIs', zh: '项目组合关键绩效指标' }, build: kpisSection },
  { topic: { en: 'Governance', zh: '治理合规' }, build: governanceSection },
  { topic: { en: 'PMO maturity', zh: 'PMO 成熟度' }, build: maturitySection, fromOptions: true },
];

/**
 * Topics of a full PMO report whose analyses this version does not have: listed under "not
 * covered" until a section function draws them. Empty: every analysis of pmo-kit has its section
 * (the Monte Carlo charts draw the inputs given to the report).
 */
export const NOT_YET: readonly LocalizedText[] = [];
