import type { MaturityLevel, MaturityPerspective } from '../model/maturity.js';
import type { PmoFunction } from '../model/organization.js';
import { MATURITY_PERSPECTIVE_CODES, MATURITY_PERSPECTIVES, QUESTIONED_LEVELS, QUESTIONS_PER_LEVEL } from '../model/maturity-constants.js';
import { deepFreeze } from './internal/freeze.js';
import type { LocalizedText } from './types.js';

/**
 * What pmo-kit knows about a maturity perspective.
 *
 * @example
 * ```ts
 * MATURITY_PERSPECTIVE_INFO['resource-management'].pmoFunctions; // ['resource-management', 'resource-allocation']
 * ```
 */
export interface MaturityPerspectiveInfo {
  /** The perspective's id. */
  readonly id: MaturityPerspective;
  /** The prefix of its question ids, e.g. `mc`. */
  readonly code: string;
  /** Its name. */
  readonly label: LocalizedText;
  /** What it covers. */
  readonly description: LocalizedText;
  /** The functions of the pmo-kit knowledge model that build this capability, most central first. */
  readonly pmoFunctions: readonly PmoFunction[];
}

/**
 * The seven perspectives of organizational project management maturity, after P3M3 (AXELOS,
 * *Portfolio, Programme and Project Management Maturity Model*), mapped onto the functions of the
 * pmo-kit knowledge model.
 *
 * @example
 * ```ts
 * MATURITY_PERSPECTIVE_INFO['benefits-management'].label.zh; // '收益管理'
 * ```
 */
export const MATURITY_PERSPECTIVE_INFO: { readonly [P in MaturityPerspective]: MaturityPerspectiveInfo } = deepFreeze({
  'management-control': {
    id: 'management-control',
    code: MATURITY_PERSPECTIVE_CODES['management-control'],
    label: { en: 'Management control', zh: '管理控制' },
    description: {
      en: 'Direction, stages, reporting and the control of schedule and scope.',
      zh: '方向、阶段、报告以及对进度和范围的控制。',
    },
    pmoFunctions: ['performance-monitoring', 'methods-and-standards', 'methodology', 'project-integration'],
  },
  'benefits-management': {
    id: 'benefits-management',
    label: { en: 'Benefits management', zh: '收益管理' },
    code: MATURITY_PERSPECTIVE_CODES['benefits-management'],
    description: {
      en: 'Defining, tracking and realizing the benefits that justify the investment.',
      zh: '定义、跟踪并实现作为投资依据的收益。',
    },
    pmoFunctions: ['performance-evaluation', 'project-selection'],
  },
  'financial-management': {
    id: 'financial-management',
    code: MATURITY_PERSPECTIVE_CODES['financial-management'],
    label: { en: 'Financial management', zh: '财务管理' },
    description: {
      en: 'Business cases, budgets, cost control and forecasts.',
      zh: '商业论证、预算、成本控制和预测。',
    },
    pmoFunctions: ['performance-monitoring', 'project-selection'],
  },
  'stakeholder-engagement': {
    id: 'stakeholder-engagement',
    code: MATURITY_PERSPECTIVE_CODES['stakeholder-engagement'],
    label: { en: 'Stakeholder engagement', zh: '干系人参与' },
    description: {
      en: 'Identifying stakeholders, communicating with them and involving them.',
      zh: '识别干系人,与其沟通并让其参与。',
    },
    pmoFunctions: ['training-and-support', 'standards-and-best-practices'],
  },
  'risk-management': {
    id: 'risk-management',
    code: MATURITY_PERSPECTIVE_CODES['risk-management'],
    label: { en: 'Risk management', zh: '风险管理' },
    description: {
      en: 'Identifying, assessing and responding to threats and opportunities.',
      zh: '识别、评估和应对威胁与机会。',
    },
    pmoFunctions: ['risk-management'],
  },
  'organizational-governance': {
    id: 'organizational-governance',
    code: MATURITY_PERSPECTIVE_CODES['organizational-governance'],
    label: { en: 'Organizational governance', zh: '组织治理' },
    description: {
      en: 'Decision rights, roles, standards and the assurance that they are followed.',
      zh: '决策权、角色、标准以及对其执行情况的保证。',
    },
    pmoFunctions: ['governance-and-compliance', 'methods-and-standards'],
  },
  'resource-management': {
    id: 'resource-management',
    code: MATURITY_PERSPECTIVE_CODES['resource-management'],
    label: { en: 'Resource management', zh: '资源管理' },
    description: {
      en: 'Planning, allocating and developing the people and other resources projects need.',
      zh: '规划、分配和发展项目所需的人员及其他资源。',
    },
    pmoFunctions: ['resource-management', 'resource-allocation'],
  },
});

/**
 * The five maturity levels with their names and what each means.
 *
 * @example
 * ```ts
 * MATURITY_LEVEL_INFO[3].label; // { en: 'Defined', zh: '已定义级' }
 * ```
 */
export const MATURITY_LEVEL_INFO: { readonly [L in MaturityLevel]: { readonly level: L; readonly label: LocalizedText; readonly description: LocalizedText } } = deepFreeze({
  1: {
    level: 1,
    label: { en: 'Awareness', zh: '意识级' },
    description: { en: 'The practice is recognized, but done ad hoc, differently by each project.', zh: '认识到这项实践,但各项目临时地、各自不同地开展。' },
  },
  2: {
    level: 2,
    label: { en: 'Repeatable', zh: '可重复级' },
    description: { en: 'Projects do it consistently, by local practice rather than a common standard.', zh: '各项目能稳定地开展,但依靠局部做法而非统一标准。' },
  },
  3: {
    level: 3,
    label: { en: 'Defined', zh: '已定义级' },
    description: { en: 'One documented standard applies across the organization.', zh: '整个组织采用统一的书面标准。' },
  },
  4: {
    level: 4,
    label: { en: 'Managed', zh: '已管理级' },
    description: { en: 'The practice is measured, and decisions use the measures.', zh: '对实践进行度量,并依据度量结果决策。' },
  },
  5: {
    level: 5,
    label: { en: 'Optimized', zh: '优化级' },
    description: { en: 'The practice improves continuously from its measured results.', zh: '依据度量结果持续改进实践。' },
  },
});

/**
 * One statement of the maturity questionnaire: it holds, or not, in the organization.
 *
 * @example
 * ```ts
 * const q: MaturityQuestion = MATURITY_QUESTIONS[0]!;
 * q.id; // 'mc-2a'
 * ```
 */
export interface MaturityQuestion {
  /** `<perspective code>-<level><letter>`, e.g. `rm-3b`. */
  readonly id: string;
  /** The perspective it assesses. */
  readonly perspective: MaturityPerspective;
  /** The level it is a condition of (2–5). */
  readonly level: 2 | 3 | 4 | 5;
  /** The statement. */
  readonly text: LocalizedText;
}

type Statements = { readonly [L in (typeof QUESTIONED_LEVELS)[number]]: readonly [LocalizedText, LocalizedText] };

/** The statements, written for pmo-kit (not taken from any published questionnaire). */
const STATEMENTS: { readonly [P in MaturityPerspective]: Statements } = {
  'management-control': {
    2: [
      { en: 'Projects have a plan with milestones that the project manager keeps up to date.', zh: '项目有包含里程碑的计划,并由项目经理持续更新。' },
      { en: 'Most projects report their progress to their sponsor at regular intervals.', zh: '大多数项目定期向发起人报告进展。' },
    ],
    3: [
      { en: 'One documented life cycle with stage gates applies to every project.', zh: '所有项目采用同一套有书面定义、带阶段关口的生命周期。' },
      { en: 'Status reports follow a common template and reporting calendar across the organization.', zh: '全组织的状态报告采用统一模板和报告周期。' },
    ],
    4: [
      { en: 'Schedule and cost performance are measured with indices (such as SPI and CPI) against agreed tolerances.', zh: '用指数(如SPI、CPI)对照约定的容差衡量进度和成本绩效。' },
      { en: 'A deviation beyond tolerance is escalated and decided within an agreed time.', zh: '超出容差的偏差会在约定时间内上报并作出决定。' },
    ],
    5: [
      { en: 'Control data of finished projects is used to improve estimates and tolerances.', zh: '利用已完成项目的控制数据改进估算和容差。' },
      { en: 'The control process is reviewed at least once a year and improved from its measured results.', zh: '至少每年评审一次控制过程,并依据度量结果加以改进。' },
    ],
  },
  'benefits-management': {
    2: [
      { en: 'Business cases of major projects state the benefits expected.', zh: '重大项目的商业论证说明了预期收益。' },
      { en: 'Each expected benefit has a named owner.', zh: '每项预期收益都有明确的负责人。' },
    ],
    3: [
      { en: 'Every project defines its benefits in a standard form, with measures, baselines and target dates.', zh: '每个项目以标准形式定义收益,包括度量指标、基准和目标日期。' },
      { en: 'Benefits are tracked after the project closes, until they are realized.', zh: '项目收尾后继续跟踪收益,直至收益实现。' },
    ],
    4: [
      { en: 'Realized benefits are measured against planned ones across the portfolio and reported to the board.', zh: '在整个项目组合中对照计划衡量已实现的收益,并向董事会报告。' },
      { en: 'Benefit forecasts feed project selection and the decisions to continue or stop projects.', zh: '收益预测用于项目选择以及项目继续或终止的决策。' },
    ],
    5: [
      { en: 'The results of benefits realization are used to improve the assumptions of new business cases.', zh: '利用收益实现的结果改进新商业论证的假设。' },
      { en: 'The organization compares its benefits realization with that of other organizations and learns from the difference.', zh: '组织将自身的收益实现情况与其他组织比较,并从差距中学习。' },
    ],
  },
  'financial-management': {
    2: [
      { en: 'Projects have an approved budget before their execution starts.', zh: '项目在执行开始前有经批准的预算。' },
      { en: 'Actual costs are recorded against the project budget.', zh: '对照项目预算记录实际成本。' },
    ],
    3: [
      { en: 'One cost breakdown structure and estimating method applies to all projects.', zh: '所有项目采用统一的成本分解结构和估算方法。' },
      { en: 'An estimate at completion is produced every reporting period.', zh: '每个报告期都给出完工估算。' },
    ],
    4: [
      { en: 'Earned value, or an equivalent measure, forecasts costs across the portfolio.', zh: '使用挣值或同等度量方法预测整个项目组合的成本。' },
      { en: 'Funding is released in tranches against measured performance.', zh: '依据衡量出的绩效分批拨付资金。' },
    ],
    5: [
      { en: 'The accuracy of estimates is measured and the estimating methods are improved from it.', zh: '衡量估算的准确度,并据此改进估算方法。' },
      { en: 'Financial controls are reviewed against those of other organizations and refined.', zh: '对照其他组织评审财务控制,并加以完善。' },
    ],
  },
  'stakeholder-engagement': {
    2: [
      { en: 'Major projects identify their stakeholders and what they expect.', zh: '重大项目识别其干系人及其期望。' },
      { en: 'Projects have a communication plan.', zh: '项目有沟通计划。' },
    ],
    3: [
      { en: 'One stakeholder analysis and engagement approach is used across the organization.', zh: '全组织采用统一的干系人分析和参与方法。' },
      { en: 'Communication roles and channels are defined for the whole portfolio.', zh: '为整个项目组合定义了沟通角色和渠道。' },
    ],
    4: [
      { en: 'Stakeholder satisfaction is measured and acted on.', zh: '衡量干系人满意度并据此采取行动。' },
      { en: 'The effectiveness of engagement is reported across the portfolio.', zh: '在整个项目组合范围内报告干系人参与的成效。' },
    ],
    5: [
      { en: 'Engagement practices are improved from measured feedback.', zh: '依据衡量得到的反馈改进干系人参与的做法。' },
      { en: 'Stakeholders help shape the portfolio, and their feedback changes how the organization runs projects.', zh: '干系人参与塑造项目组合,其反馈会改变组织管理项目的方式。' },
    ],
  },
  'risk-management': {
    2: [
      { en: 'Major projects keep a risk register.', zh: '重大项目维护风险登记册。' },
      { en: 'Each risk has an owner and a planned response.', zh: '每项风险都有负责人和计划的应对措施。' },
    ],
    3: [
      { en: 'One risk process, with common scales and register format, applies to all projects.', zh: '所有项目采用统一的风险过程、评级标准和登记册格式。' },
      { en: 'Risks are escalated to program or portfolio level by defined criteria.', zh: '按既定标准将风险上报到项目集或项目组合层面。' },
    ],
    4: [
      { en: 'Risk exposure is quantified (expected monetary value, simulation) and aggregated across the portfolio.', zh: '量化风险敞口(预期货币价值、模拟)并在整个项目组合中汇总。' },
      { en: 'Risks are reviewed at fixed intervals, and the reviews are tracked.', zh: '按固定周期评审风险,并跟踪评审情况。' },
    ],
    5: [
      { en: 'Risk data of past projects improves the identification and estimates of new ones.', zh: '利用以往项目的风险数据改进新项目的风险识别和估计。' },
      { en: 'The risk process is evaluated and improved from its measured effectiveness.', zh: '依据衡量出的有效性评价并改进风险过程。' },
    ],
  },
  'organizational-governance': {
    2: [
      { en: 'Every project has a named sponsor and a named project manager.', zh: '每个项目都有明确的发起人和项目经理。' },
      { en: 'Major project decisions are recorded.', zh: '项目的重大决策有记录。' },
    ],
    3: [
      { en: 'Decision rights, roles and stage gates are defined for all projects (for example in a RACI matrix).', zh: '为所有项目定义了决策权、角色和阶段关口(例如RACI矩阵)。' },
      { en: 'The PMO checks that projects comply with the project management standards.', zh: 'PMO检查项目是否遵守项目管理标准。' },
    ],
    4: [
      { en: 'Compliance and governance performance are measured and reported to the board.', zh: '衡量合规和治理绩效,并向董事会报告。' },
      { en: 'The level of control is tailored to each project’s size and risk.', zh: '根据每个项目的规模和风险调整控制程度。' },
    ],
    5: [
      { en: 'Governance arrangements are reviewed and improved from measured results.', zh: '依据度量结果评审并改进治理安排。' },
      { en: 'Portfolio governance is integrated with corporate governance and strategy.', zh: '项目组合治理与公司治理和战略融为一体。' },
    ],
  },
  'resource-management': {
    2: [
      { en: 'Projects plan the people they need.', zh: '项目规划其所需的人员。' },
      { en: 'Managers resolve resource conflicts between projects case by case.', zh: '管理者逐一解决项目之间的资源冲突。' },
    ],
    3: [
      { en: 'One view of resource demand and capacity covers all projects.', zh: '有覆盖所有项目的统一资源需求与产能视图。' },
      { en: 'A standard process allocates shared resources between projects.', zh: '采用标准流程在项目之间分配共享资源。' },
    ],
    4: [
      { en: 'Utilization and over-allocation are measured and forecast.', zh: '衡量并预测资源利用率和过度分配。' },
      { en: 'Capacity limits constrain project selection and scheduling.', zh: '产能限制会约束项目选择和进度安排。' },
    ],
    5: [
      { en: 'Resource plans are improved from measured productivity and estimating accuracy.', zh: '依据衡量出的生产率和估算准确度改进资源计划。' },
      { en: 'Competence development is planned from the forecast demand for skills.', zh: '根据预测的技能需求规划能力发展。' },
    ],
  },
};

/**
 * The maturity questionnaire: for each of the seven perspectives and each level from 2 to 5, two
 * statements that hold in an organization at that level (56 in all, level 1 — awareness — being
 * where every organization starts). The statements were written for pmo-kit after the level
 * descriptions of staged maturity models (P3M3, OPM3, CMMI); they are not taken from any
 * published questionnaire. Answer each with true, false, or the share (0–1) in which it holds;
 * {@link assessMaturity} derives the levels.
 *
 * @example
 * ```ts
 * MATURITY_QUESTIONS.filter((q) => q.perspective === 'risk-management' && q.level === 3).map((q) => q.text.en);
 * ```
 */
export const MATURITY_QUESTIONS: readonly MaturityQuestion[] = deepFreeze(
  MATURITY_PERSPECTIVES.flatMap((perspective) =>
    QUESTIONED_LEVELS.flatMap((level) =>
      QUESTIONS_PER_LEVEL.map((letter, i) => ({
        id: `${MATURITY_PERSPECTIVE_CODES[perspective]}-${level}${letter}`,
        perspective,
        level,
        text: STATEMENTS[perspective][level][i]!,
      })),
    ),
  ),
);
