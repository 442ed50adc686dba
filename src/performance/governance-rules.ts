import { dayNumber } from '../internal/dates.js';
import { checkAuthority } from '../org/checkAuthority.js';
import { AUTHORITY_ACTION_INFO } from '../org/roles.js';
import { taskKey } from '../schedule/taskKey.js';
import type { GovernanceRule, GovernanceViolation } from './governanceTypes.js';

const q = JSON.stringify;

/** Active risks: open or monitored (closed and occurred risks need no review). */
const ACTIVE_RISK = new Set(['open', 'monitoring']);

const missing = (field: 'sponsorId' | 'managerId', who: { en: string; zh: string }): GovernanceRule['check'] => (ctx) =>
  ctx.activeProjects
    .filter(({ project }) => project[field] === undefined)
    .map(({ project, index }) => ({
      projectId: project.id,
      path: ['projects', index, field],
      message: { en: `project ${q(project.id)} has no ${who.en} (${field})`, zh: `项目“${project.id}”没有${who.zh}(${field})` },
    }));

/**
 * The built-in governance rules, in the order {@link checkGovernance} runs them: each with its id,
 * what it requires (en, zh) and its check. A controlling PMO's standards, as the knowledge model
 * describes them: every active project has a baseline, a sponsor and a manager; risks are reviewed
 * within N days; status reports are no older than N days; no critical task lacks a resource; the
 * project manager's authority fits the organization structure ({@link checkAuthority}); a
 * cross-project dependency has an owner on both sides.
 *
 * | id | requires |
 * | --- | --- |
 * | `project-baseline` | every active project has a baseline |
 * | `project-sponsor` | every active project names a sponsor (`sponsorId`) |
 * | `project-manager` | every active project names a manager (`managerId`) |
 * | `risk-review` | every open or monitored risk of an active project (or of the portfolio) was reviewed (`lastReviewedOn`, else `identifiedOn`) within `riskReviewDays` (30) days of the status date |
 * | `status-report-age` | an active project that started more than `statusReportDays` (30) days before the status date has a status report at most that old |
 * | `critical-task-resource` | no unfinished critical task (zero float to its project's finish; milestones and summaries aside) of an active project lacks a demand (a resource or a skill) |
 * | `manager-authority` | the manager of an active project is a person of the organization authorized for `authorityAction` (`manage-project-directly`) in its structure |
 * | `cross-dependency-owners` | a cross-project dependency touching an active project names an owner on both sides (`fromOwnerId`, `toOwnerId`) |
 *
 * @example
 * ```ts
 * GOVERNANCE_RULES.map((r) => r.id);
 * checkGovernance(portfolio, { rules: [myRule], disable: ['cross-dependency-owners'] });
 * ```
 */
export const GOVERNANCE_RULES: readonly GovernanceRule[] = Object.freeze([
  {
    id: 'project-baseline',
    description: { en: 'Every active project has an approved baseline.', zh: '每个在建项目都有经批准的基准。' },
    check: (ctx) => {
      const withBaseline = new Set((ctx.portfolio.baselines ?? []).map((b) => b.projectId));
      return ctx.activeProjects
        .filter(({ project }) => !withBaseline.has(project.id))
        .map(({ project, index }) => ({
          projectId: project.id,
          path: ['projects', index],
          message: {
            en: `project ${q(project.id)} has no baseline: its progress cannot be measured against an approved plan`,
            zh: `项目“${project.id}”没有基准:无法对照经批准的计划衡量其进展`,
          },
        }));
    },
  },
  {
    id: 'project-sponsor',
    description: { en: 'Every active project has a sponsor.', zh: '每个在建项目都有发起人。' },
    check: missing('sponsorId', { en: 'sponsor', zh: '发起人' }),
  },
  {
    id: 'project-manager',
    description: { en: 'Every active project has a project manager.', zh: '每个在建项目都有项目经理。' },
    check: missing('managerId', { en: 'project manager', zh: '项目经理' }),
  },
  {
    id: 'risk-review',
    description: { en: 'Every open risk is reviewed within the review interval.', zh: '每项未关闭的风险都在评审周期内得到评审。' },
    needsStatusDate: true,
    check: (ctx) => {
      const day = dayNumber(ctx.statusDate!)!;
      const active = new Set(ctx.activeProjects.map(({ project }) => project.id));
      const n = ctx.params.riskReviewDays;
      const out: GovernanceViolation[] = [];
      (ctx.portfolio.risks ?? []).forEach((r, i) => {
        if (!ACTIVE_RISK.has(r.status) || (r.projectId !== undefined && !active.has(r.projectId))) return;
        const last = r.lastReviewedOn ?? r.identifiedOn;
        const field = r.lastReviewedOn !== undefined ? 'lastReviewedOn' : 'identifiedOn';
        if (last === undefined)
          out.push({
            projectId: r.projectId ?? null,
            path: ['risks', i, 'lastReviewedOn'],
            message: { en: `risk ${q(r.id)} has no review date (neither lastReviewedOn nor identifiedOn)`, zh: `风险“${r.id}”没有评审日期(既无 lastReviewedOn 也无 identifiedOn)` },
          });
        else if (day - dayNumber(last)! > n)
          out.push({
            projectId: r.projectId ?? null,
            path: ['risks', i, field],
            message: {
              en: `risk ${q(r.id)} was last ${field === 'lastReviewedOn' ? 'reviewed' : 'assessed (identified)'} on ${last}, ${day - dayNumber(last)!} days before ${ctx.statusDate}: more than ${n}`,
              zh: `风险“${r.id}”最近一次${field === 'lastReviewedOn' ? '评审' : '评估(识别)'}于${last},距${ctx.statusDate}已${day - dayNumber(last)!}天,超过${n}天`,
            },
          });
      });
      return out;
    },
  },
  {
    id: 'status-report-age',
    description: { en: 'Every active project reports its status within the reporting interval.', zh: '每个在建项目都在报告周期内报告状态。' },
    needsStatusDate: true,
    check: (ctx) => {
      const day = dayNumber(ctx.statusDate!)!;
      const n = ctx.params.statusReportDays;
      const reports = ctx.portfolio.statusReports ?? [];
      const out: GovernanceViolation[] = [];
      for (const { project, index } of ctx.activeProjects) {
        if (day - dayNumber(project.start)! <= n) continue;
        let latest: { i: number; d: number } | undefined;
        reports.forEach((r, i) => {
          const d = dayNumber(r.date)!;
          if (r.projectId === project.id && d <= day && (latest === undefined || d > latest.d)) latest = { i, d };
        });
        if (latest === undefined)
          out.push({
            projectId: project.id,
            path: ['projects', index],
            message: { en: `project ${q(project.id)} has no status report on or before ${ctx.statusDate}`, zh: `项目“${project.id}”在${ctx.statusDate}及之前没有状态报告` },
          });
        else if (day - latest.d > n)
          out.push({
            projectId: project.id,
            path: ['statusReports', latest.i, 'date'],
            message: {
              en: `the latest status report of project ${q(project.id)} is ${day - latest.d} days old on ${ctx.statusDate}: more than ${n}`,
              zh: `项目“${project.id}”的最新状态报告在${ctx.statusDate}时已有${day - latest.d}天,超过${n}天`,
            },
          });
      }
      return out;
    },
  },
  {
    id: 'critical-task-resource',
    description: { en: 'No critical task lacks an assigned resource.', zh: '没有未分配资源的关键任务。' },
    check: (ctx) => {
      const schedule = ctx.schedule();
      const critical = new Set(schedule.tasks.filter((t) => t.critical && !t.summary && !t.milestone).map((t) => t.key));
      const out: GovernanceViolation[] = [];
      for (const { project, index } of ctx.activeProjects)
        project.tasks.forEach((t, j) => {
          const pc: unknown = t.percentComplete;
          const done = t.actualFinish !== undefined || (typeof pc === 'number' && pc >= 100);
          if (!critical.has(taskKey(project.id, t.id)) || done || (t.demands ?? []).length > 0) return;
          out.push({
            projectId: project.id,
            path: ['projects', index, 'tasks', j, 'demands'],
            message: {
              en: `critical task ${q(t.id)} (${t.name}) of project ${q(project.id)} has no resource or skill assigned`,
              zh: `项目“${project.id}”的关键任务“${t.id}”(${t.name})没有分配资源或技能`,
            },
          });
        });
      return out;
    },
  },
  {
    id: 'manager-authority',
    description: {
      en: 'Each project manager has the authority the organization structure gives to manage the project.',
      zh: '每位项目经理都具有组织结构赋予的管理项目的职权。',
    },
    needsOrganization: true,
    check: (ctx) => {
      const org = ctx.portfolio.organization!;
      const people = new Set((org.people ?? []).map((p) => p.id));
      const action = ctx.params.authorityAction;
      const act = AUTHORITY_ACTION_INFO[action].label;
      const out: GovernanceViolation[] = [];
      for (const { project, index } of ctx.activeProjects) {
        const id = project.managerId;
        if (id === undefined) continue;
        const path = ['projects', index, 'managerId'];
        if (!people.has(id)) {
          out.push({
            projectId: project.id,
            path,
            message: { en: `the manager ${q(id)} of project ${q(project.id)} is not a person of the organization`, zh: `项目“${project.id}”的经理“${id}”不是组织中的人员` },
          });
          continue;
        }
        const d = checkAuthority(org, id, action);
        if (d.allowed) continue;
        const why = d.basis.find((b) => b.kind === 'structure');
        out.push({
          projectId: project.id,
          path,
          message: {
            en: `the manager ${q(id)} of project ${q(project.id)} may not ${act.en} in this organization${why === undefined ? '' : `: ${why.en}`}`,
            zh: `项目“${project.id}”的经理“${id}”在该组织中无权${act.zh}${why === undefined ? '' : `:${why.zh}`}`,
          },
        });
      }
      return out;
    },
  },
  {
    id: 'cross-dependency-owners',
    description: { en: 'Every cross-project dependency has an owner on both sides.', zh: '每个跨项目依赖在两端都有负责人。' },
    check: (ctx) => {
      const active = new Set(ctx.activeProjects.map(({ project }) => project.id));
      const out: GovernanceViolation[] = [];
      (ctx.portfolio.crossDependencies ?? []).forEach((d, i) => {
        if (!active.has(d.fromProject) && !active.has(d.toProject)) return;
        const link = `${d.fromProject}/${d.from} -> ${d.toProject}/${d.to}`;
        for (const [field, project, side] of [
          ['fromOwnerId', d.fromProject, { en: 'predecessor', zh: '前置' }],
          ['toOwnerId', d.toProject, { en: 'successor', zh: '后续' }],
        ] as const)
          if (d[field] === undefined)
            out.push({
              projectId: project,
              path: ['crossDependencies', i, field],
              message: { en: `the cross-project dependency ${link} has no owner on the ${side.en} side (${field})`, zh: `跨项目依赖 ${link} 的${side.zh}一端没有负责人(${field})` },
            });
      });
      return out;
    },
  },
] satisfies GovernanceRule[]);
