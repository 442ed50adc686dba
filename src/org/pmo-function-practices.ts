import type { PmoFunction, PmoType } from '../model/organization.js';
import { deepFreeze } from './internal/freeze.js';
import type { LocalizedText } from './types.js';

/**
 * How each PMO type carries out each PMO function. The difference follows the PMBOK Guide's
 * degrees of control: a supportive PMO advises and supplies (projects decide), a controlling PMO
 * sets rules and enforces compliance, a directive PMO decides and manages itself. Used by
 * {@link pmoResponsibilities} for the `practice` of each responsibility.
 *
 * @example
 * ```ts
 * PMO_FUNCTION_PRACTICES['resource-allocation'].directive.en;
 * // 'Decides the allocation of shared resources between projects …'
 * ```
 */
export const PMO_FUNCTION_PRACTICES: { readonly [F in PmoFunction]: { readonly [T in PmoType]: LocalizedText } } = deepFreeze({
  'methods-and-standards': {
    supportive: {
      en: 'Publishes a recommended project management method and standards with templates and guidance; projects adopt them voluntarily.',
      zh: '发布推荐的项目管理方法和标准,并提供模板和指导;项目自愿采用。',
    },
    controlling: {
      en: "Sets the organization's project management method and standards, requires every project to follow them and checks conformance at stage gates and reviews.",
      zh: '制定组织的项目管理方法和标准,要求所有项目遵循,并在阶段关口和评审中检查符合性。',
    },
    directive: {
      en: "Applies its method and standards directly: the project managers it assigns run their projects the PMO's way.",
      zh: '直接应用其方法和标准:由PMO委派的项目经理按PMO的方式执行项目。',
    },
  },
  'training-and-support': {
    supportive: {
      en: 'Offers training, coaching and a help desk to project managers and teams on request; this is its core service.',
      zh: '按需为项目经理和团队提供培训、辅导和咨询支持;这是其核心服务。',
    },
    controlling: {
      en: 'Trains people in the mandatory method and tools, and ties support to compliance (for example, onboarding before a project may pass its first gate).',
      zh: '培训人员掌握强制要求的方法和工具,并将支持与合规挂钩(例如项目通过第一个关口前须完成入门培训)。',
    },
    directive: {
      en: 'Develops the project managers who report to it, with training, certification paths and mentoring as part of their line management.',
      zh: '培养向其汇报的项目经理,在直线管理中提供培训、认证路径和辅导。',
    },
  },
  'resource-management': {
    supportive: {
      en: 'Keeps resource capacity and demand visible and advises managers on using project resources; it does not assign people.',
      zh: '维护资源能力与需求的可视化信息,为管理者提供项目资源使用建议;不直接分派人员。',
    },
    controlling: {
      en: 'Requires resource requests and assignments to follow a defined process and reports utilization against plan.',
      zh: '要求资源申请和分派遵循规定流程,并对照计划报告资源利用率。',
    },
    directive: {
      en: 'Assigns and re-plans project resources itself so that projects deliver on time.',
      zh: '亲自分派和重新规划项目资源,确保项目按时交付。',
    },
  },
  'performance-monitoring': {
    supportive: {
      en: 'Collects project status and offers dashboards and reports that projects may use; reporting is voluntary.',
      zh: '收集项目状态,提供项目可选用的仪表板和报告;报告为自愿性质。',
    },
    controlling: {
      en: 'Mandates periodic status reports with defined metrics, tracks performance against baselines and escalates variances to decision makers.',
      zh: '强制要求按规定指标定期报告状态,对照基准跟踪绩效,并将偏差上报决策者。',
    },
    directive: {
      en: 'Monitors the projects it runs and takes corrective action itself when they deviate.',
      zh: '监控其直接管理的项目,一旦偏离即亲自采取纠正措施。',
    },
  },
  'resource-allocation': {
    supportive: {
      en: 'Advises on how to allocate shared resources between projects (capacity views, conflict analysis); functional and project managers decide.',
      zh: '就共享资源在项目之间如何分配提供建议(能力视图、冲突分析);由职能经理和项目经理决策。',
    },
    controlling: {
      en: "Enforces the allocation process: shared resources are requested, prioritized and released through the PMO's procedure, and conflicts are escalated under its rules.",
      zh: '强制执行资源分配流程:共享资源须按PMO的程序申请、排序和释放,冲突按其规则升级处理。',
    },
    directive: {
      en: 'Decides the allocation of shared resources between projects and reassigns people when priorities change.',
      zh: '决定共享资源在项目之间的分配,并在优先级变化时重新调配人员。',
    },
  },
  'standards-and-best-practices': {
    supportive: {
      en: 'Collects and promotes best practices and cross-department working agreements as recommendations.',
      zh: '收集并推广最佳实践和跨部门协作约定,作为建议供各方采用。',
    },
    controlling: {
      en: 'Turns project management norms into mandatory standards across departments and audits adherence.',
      zh: '将项目管理规范转化为跨部门的强制标准,并审计执行情况。',
    },
    directive: {
      en: 'Builds its norms and best practices into the projects it runs; the departments that work with those projects follow them.',
      zh: '将规范和最佳实践融入其直接管理的项目;与这些项目合作的部门遵照执行。',
    },
  },
  'project-integration': {
    supportive: {
      en: 'Maps the dependencies between projects and facilitates conflict resolution between project managers, who keep the decisions.',
      zh: '梳理项目之间的依赖关系,协助项目经理之间解决冲突,决策权仍在项目经理。',
    },
    controlling: {
      en: 'Requires projects to declare inter-project dependencies, reviews them in a regular integration forum and enforces an escalation path for conflicts.',
      zh: '要求项目申报项目间依赖,在定期的整合会议上评审,并强制执行冲突升级路径。',
    },
    directive: {
      en: 'Plans and sequences interdependent projects as one whole and resolves conflicts between them by decision.',
      zh: '将相互依赖的项目作为一个整体进行计划和排序,并以决策方式解决项目之间的冲突。',
    },
  },
  'performance-evaluation': {
    supportive: {
      en: 'Evaluates project results on request and provides data (benchmarks, post-project reviews) to support decisions.',
      zh: '应要求评估项目成果,提供数据(如基准对比、项目后评价)以支持决策。',
    },
    controlling: {
      en: 'Evaluates every project against defined criteria (earned value, KPIs, benefits) at set points and reports the results to governance bodies.',
      zh: '在规定节点按既定标准(挣值、关键绩效指标、收益)评估每个项目,并向治理机构报告结果。',
    },
    directive: {
      en: 'Evaluates its projects and project managers and acts on the results: re-plans, reassigns or recommends stopping projects.',
      zh: '评估其管理的项目和项目经理,并据此采取行动:重新计划、调整人员或建议终止项目。',
    },
  },
  methodology: {
    supportive: {
      en: 'Maintains a library of project management methods and processes tailored to project work, offered as guidance.',
      zh: '维护适合项目工作的项目管理方法和流程库,作为指导提供。',
    },
    controlling: {
      en: 'Defines the mandatory project life cycle and processes, including tailoring rules, and checks that projects follow them.',
      zh: '规定强制的项目生命周期和流程(包括裁剪规则),并检查项目是否遵循。',
    },
    directive: {
      en: 'Owns the method and runs its projects with it: the method is how the PMO itself works.',
      zh: '拥有项目管理方法并用它执行项目:该方法就是PMO自身的工作方式。',
    },
  },
  'project-selection': {
    supportive: {
      en: 'Helps prepare business cases and plans and provides analysis for selection; sponsors and executives choose.',
      zh: '协助编写商业论证和计划,为项目选择提供分析;由发起人和高层决策。',
    },
    controlling: {
      en: 'Runs the selection and gating process: proposals must meet its criteria and pass its checkpoints before they are planned and executed.',
      zh: '主持项目选择和关口流程:提案须符合其标准并通过检查点,方可进入规划和执行。',
    },
    directive: {
      en: 'Recommends the portfolio, then plans and executes the selected projects itself so that they deliver on time and meet their objectives.',
      zh: '提出项目组合建议,并亲自规划和执行入选项目,确保按时交付并实现预期目标。',
    },
  },
  'lessons-learned': {
    supportive: {
      en: 'Collects and shares lessons learned and best practices and maintains the project management knowledge base; this is its core service.',
      zh: '总结和分享经验教训与最佳实践,维护项目管理知识库;这是其核心服务。',
    },
    controlling: {
      en: 'Requires lessons-learned reviews at phase and project closure and checks that new projects consult the knowledge base.',
      zh: '要求在阶段和项目收尾时进行经验教训总结,并检查新项目是否查阅知识库。',
    },
    directive: {
      en: 'Feeds the lessons learned on its own projects straight into how it plans and runs the next ones.',
      zh: '将自身项目的经验教训直接用于后续项目的规划和执行。',
    },
  },
  'risk-management': {
    supportive: {
      en: 'Provides risk templates and checklists and facilitates risk workshops; projects own their risks.',
      zh: '提供风险模板和核对单,并主持风险研讨会;风险由项目自行负责。',
    },
    controlling: {
      en: 'Mandates a risk management process and risk registers, reviews risk exposure across projects and escalates risks beyond tolerance.',
      zh: '强制实施风险管理流程和风险登记册,审查跨项目的风险敞口,并上报超出容忍度的风险。',
    },
    directive: {
      en: 'Identifies and manages project risks itself, deciding responses and accepting risks within its delegated tolerance.',
      zh: '亲自识别和管理项目风险,决定应对措施,并在授权的容忍度内接受风险。',
    },
  },
  'templates-and-tools': {
    supportive: {
      en: 'Supplies templates, forms, tools and information from other projects: the defining service of a supportive PMO.',
      zh: '提供模板、表格、工具及其他项目的信息:这是支持型PMO的标志性服务。',
    },
    controlling: {
      en: 'Prescribes the templates, forms and tools that projects must use.',
      zh: '规定项目必须使用的模板、表格和工具。',
    },
    directive: {
      en: 'Uses its standard templates and tools on the projects it runs.',
      zh: '在其直接管理的项目中使用标准模板和工具。',
    },
  },
  'governance-and-compliance': {
    supportive: {
      en: 'Has no mandate to enforce: it explains the governance framework and reports deviations to those who can act on them.',
      zh: '无强制执行权:只解释治理框架,并向有权处理者报告偏差。',
    },
    controlling: {
      en: 'Requires compliance with the project management framework, the templates and tools, and the governance framework through reviews, audits and gates: the defining service of a controlling PMO.',
      zh: '通过评审、审计和关口,要求项目遵从项目管理框架、模板和工具以及治理框架:这是控制型PMO的标志性服务。',
    },
    directive: {
      en: 'Is itself the governance of the projects it runs and answers for them to the executives or the portfolio board.',
      zh: '自身即是其所管理项目的治理主体,并就这些项目向高层或项目组合委员会负责。',
    },
  },
  'direct-project-management': {
    supportive: {
      en: 'Does not manage projects; at most it lends a PMO staff member as a coordinator on request.',
      zh: '不管理项目;至多应要求派出PMO人员担任协调员。',
    },
    controlling: {
      en: 'Does not manage projects directly; it can intervene in a failing project through the governance process (recovery plans, audits).',
      zh: '不直接管理项目;可通过治理流程(恢复计划、审计)介入陷入困境的项目。',
    },
    directive: {
      en: 'Manages and controls projects directly: project managers are assigned by and report to the PMO. This is the defining service of a directive PMO.',
      zh: '直接管理和控制项目:项目经理由PMO委派并向PMO汇报。这是指令型PMO的标志性服务。',
    },
  },
});
