/** checkGovernance: a failing and a passing fixture for every built-in rule; severity by PMO type; custom rules. */
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import type { Portfolio, PortfolioInput } from '../../src/model/portfolio.js';
import { CycleError } from '../../src/errors.js';
import { checkGovernance, GOVERNANCE_RULES, healthScore, type CheckGovernanceOptions, type GovernanceRule } from '../../src/performance/index.js';
import { handPortfolio } from './scoringFixtures.js';

/** The hand portfolio, as input, changed by `edit`, parsed again. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test fixtures edit any field
function edited(edit: (p: any) => void): Portfolio {
  const input = JSON.parse(JSON.stringify(handPortfolio())) as PortfolioInput;
  edit(input);
  return parsePortfolio(input);
}

/** A second project `q` and a cross-project dependency p/t -> q/u with the given owners. */
function withLink(owners: { fromOwnerId?: string; toOwnerId?: string }): Portfolio {
  return edited((p) => {
    p.projects.push({ id: 'q', name: 'Q', start: '2026-01-19', managerId: 'pm', sponsorId: 'sp', tasks: [{ id: 'u', name: 'Use', duration: 2, demands: [{ resourceId: 'r1', units: 1 }] }] });
    p.baselines.push({ id: 'bq', projectId: 'q', date: '2026-01-02' });
    p.crossDependencies = [{ fromProject: 'p', from: 't', toProject: 'q', to: 'u', ...owners }];
  });
}

const findings = (pf: Portfolio, ruleId: string, options: CheckGovernanceOptions = {}) => checkGovernance(pf, options).findings.filter((f) => f.ruleId === ruleId);

describe('every built-in rule has a failing and a passing fixture', () => {
  it('the rule set', () => {
    expect(GOVERNANCE_RULES.map((r) => r.id)).toEqual([
      'project-baseline',
      'project-sponsor',
      'project-manager',
      'risk-review',
      'status-report-age',
      'critical-task-resource',
      'manager-authority',
      'cross-dependency-owners',
    ]);
    for (const r of GOVERNANCE_RULES) expect(r.description.zh).toMatch(/[\u4e00-\u9fff]/);
    // The hand portfolio passes every rule.
    expect(checkGovernance(handPortfolio()).findings).toEqual([]);
  });

  it('project-baseline', () => {
    expect(findings(handPortfolio(), 'project-baseline')).toEqual([]);
    expect(findings(edited((p) => (p.baselines = [])), 'project-baseline')).toMatchObject([{ projectId: 'p', path: ['projects', 0], at: 'projects[0]', severity: 'warning' }]);
  });

  it('project-sponsor and project-manager', () => {
    expect(findings(handPortfolio(), 'project-sponsor')).toEqual([]);
    expect(findings(handPortfolio(), 'project-manager')).toEqual([]);
    const none = edited((p) => {
      delete p.projects[0]!.sponsorId;
      delete p.projects[0]!.managerId;
    });
    expect(findings(none, 'project-sponsor')).toMatchObject([{ projectId: 'p', path: ['projects', 0, 'sponsorId'], message: 'project "p" has no sponsor (sponsorId)' }]);
    expect(findings(none, 'project-manager')).toMatchObject([{ projectId: 'p', path: ['projects', 0, 'managerId'] }]);
    // Only active projects: a proposed project needs neither.
    expect(findings(edited((p) => ((p.projects[0]!.status = 'proposed'), delete p.projects[0]!.sponsorId)), 'project-sponsor')).toEqual([]);
  });

  it('risk-review: reviewed within 30 days of the status date (lastReviewedOn, else identifiedOn)', () => {
    expect(findings(handPortfolio(), 'risk-review', { statusDate: '2026-02-04' })).toEqual([]); // 30 days
    const late = findings(handPortfolio(), 'risk-review', { statusDate: '2026-02-05' }); // 31 days
    expect(late).toMatchObject([{ projectId: 'p', path: ['risks', 0, 'identifiedOn'] }]);
    expect(late[0]!.message).toBe('risk "k" was last assessed (identified) on 2026-01-05, 31 days before 2026-02-05: more than 30');
    const reviewed = edited((p) => (p.risks[0]!.lastReviewedOn = '2026-02-01'));
    expect(findings(reviewed, 'risk-review', { statusDate: '2026-02-05' })).toEqual([]);
    expect(findings(reviewed, 'risk-review', { statusDate: '2026-02-05', riskReviewDays: 3 })).toMatchObject([{ path: ['risks', 0, 'lastReviewedOn'] }]);
    expect(findings(edited((p) => delete p.risks[0]!.identifiedOn), 'risk-review')).toMatchObject([{ message: expect.stringMatching(/has no review date/) }]);
    // Closed risks need no review.
    expect(findings(edited((p) => (p.risks[0]!.status = 'closed')), 'risk-review', { statusDate: '2026-06-01' })).toEqual([]);
  });

  it('status-report-age: a report at most 30 days old, once the project has run 30 days', () => {
    expect(findings(handPortfolio(), 'status-report-age', { statusDate: '2026-02-08' })).toEqual([]); // 30 days old
    expect(findings(handPortfolio(), 'status-report-age', { statusDate: '2026-02-09' })).toMatchObject([{ projectId: 'p', path: ['statusReports', 0, 'date'] }]);
    const noReport = edited((p) => (p.statusReports = []));
    expect(findings(noReport, 'status-report-age', { statusDate: '2026-02-04' })).toEqual([]); // started 30 days before
    expect(findings(noReport, 'status-report-age', { statusDate: '2026-02-05' })).toMatchObject([{ projectId: 'p', path: ['projects', 0], message: expect.stringMatching(/no status report on or before 2026-02-05/) }]);
  });

  it('critical-task-resource: an unfinished critical task without a demand', () => {
    expect(findings(handPortfolio(), 'critical-task-resource')).toEqual([]);
    const bare = edited((p) => (p.projects[0]!.tasks[0]!.demands = []));
    expect(findings(bare, 'critical-task-resource')).toMatchObject([{ projectId: 'p', path: ['projects', 0, 'tasks', 0, 'demands'], message: 'critical task "t" (Work) of project "p" has no resource or skill assigned' }]);
    // Finished, or not critical (a parallel short task with float), it passes.
    expect(findings(edited((p) => Object.assign(p.projects[0]!.tasks[0]!, { demands: [], percentComplete: 100 })), 'critical-task-resource')).toEqual([]);
    const parallel = edited((p) => p.projects[0]!.tasks.push({ id: 's', name: 'Side', duration: 2 }));
    expect(findings(parallel, 'critical-task-resource')).toEqual([]);
  });

  it('manager-authority: the manager may manage the project in the structure (checkAuthority)', () => {
    expect(findings(handPortfolio(), 'manager-authority')).toEqual([]); // balanced matrix: project managers may
    const weak = findings(edited((p) => (p.organization!.structure = 'weak-matrix')), 'manager-authority');
    expect(weak).toMatchObject([{ projectId: 'p', path: ['projects', 0, 'managerId'] }]);
    expect(weak[0]!.message).toMatch(/^the manager "pm" of project "p" may not manage a project directly in this organization: In a weak matrix organization the functional manager controls/);
    expect(weak[0]!.text.zh).toMatch(/无权/);
    // A functional manager named as manager in a weak matrix may.
    expect(findings(edited((p) => ((p.organization!.structure = 'weak-matrix'), (p.organization!.people[0]!.roles = ['functional-manager']))), 'manager-authority')).toEqual([]);
    // No organization: skipped.
    const r = checkGovernance(edited((p) => delete p.organization));
    expect(r.skipped).toEqual([{ ruleId: 'manager-authority', reason: 'the portfolio has no organization' }]);
  });

  it('cross-dependency-owners: an owner on both sides', () => {
    expect(findings(withLink({ fromOwnerId: 'pm', toOwnerId: 'sp' }), 'cross-dependency-owners')).toEqual([]);
    expect(findings(withLink({ fromOwnerId: 'pm' }), 'cross-dependency-owners')).toMatchObject([{ projectId: 'q', path: ['crossDependencies', 0, 'toOwnerId'] }]);
    expect(findings(withLink({}), 'cross-dependency-owners').map((f) => f.at)).toEqual(['crossDependencies[0].fromOwnerId', 'crossDependencies[0].toOwnerId']);
  });
});

describe('the rule set follows the PMO type', () => {
  const noBaseline = () => edited((p) => (p.baselines = []));
  it('supportive advises (info), controlling requires (warning), directive enforces (error), no PMO advises', () => {
    const severity = (type: 'supportive' | 'controlling' | 'directive' | null) =>
      checkGovernance(
        edited((p) => {
          p.baselines = [];
          if (type === null) delete p.organization!.pmo;
          else p.organization!.pmo!.type = type;
        }),
      );
    expect(severity('supportive').findings[0]!.severity).toBe('info');
    expect(severity('controlling').findings[0]!.severity).toBe('warning');
    expect(severity('directive').findings[0]!.severity).toBe('error');
    expect(severity(null)).toMatchObject({ pmoType: null, severity: 'info' });
  });

  it('options override the type, for all rules or per rule', () => {
    expect(checkGovernance(noBaseline(), { pmoType: 'directive' }).findings[0]!.severity).toBe('error');
    expect(checkGovernance(noBaseline(), { severity: 'info' }).findings[0]!.severity).toBe('info');
    const r = checkGovernance(noBaseline(), { severities: { 'project-baseline': 'error' } });
    expect(r.findings[0]!.severity).toBe('error');
    expect(r.rules.find((x) => x.id === 'project-baseline')).toMatchObject({ severity: 'error', enabled: true, findings: 1 });
  });

  it('rules can be switched off', () => {
    const r = checkGovernance(noBaseline(), { disable: ['project-baseline'] });
    expect(r.findings).toEqual([]);
    expect(r.rules.find((x) => x.id === 'project-baseline')).toMatchObject({ enabled: false, findings: 0 });
    expect(() => checkGovernance(noBaseline(), { disable: ['project-basline'] })).toThrow(/options.disable names unknown rule "project-basline"/);
  });
});

describe('custom rules are plain functions', () => {
  const described: GovernanceRule = {
    id: 'has-description',
    description: { en: 'Every active project has a description.', zh: '每个在建项目都有说明。' },
    check: (ctx) =>
      ctx.activeProjects
        .filter(({ project }) => project.description === undefined)
        .map(({ project, index }) => ({ projectId: project.id, path: ['projects', index, 'description'], message: { en: 'no description', zh: '没有说明' } })),
  };

  it('run after the built-in ones, with the PMO type’s severity', () => {
    const r = checkGovernance(handPortfolio(), { rules: [described] });
    expect(r.findings).toEqual([{ ruleId: 'has-description', projectId: 'p', severity: 'warning', message: 'no description', text: { en: 'no description', zh: '没有说明' }, path: ['projects', 0, 'description'], at: 'projects[0].description' }]);
    expect(r.rules.map((x) => x.id).at(-1)).toBe('has-description');
  });

  it('a malformed rule or violation is a PmoError naming the rule', () => {
    expect(() => checkGovernance(handPortfolio(), { rules: [{ ...described, id: 'project-baseline' }] })).toThrow(/is already the id of another rule/);
    expect(() => checkGovernance(handPortfolio(), { rules: [{ ...described, check: () => [{ projectId: 3, path: [], message: 'x' }] as never }] })).toThrow(/rule "has-description" returned a violation whose projectId is not a string or null/);
    expect(() => checkGovernance(handPortfolio(), { rules: [{ ...described, check: () => 'x' as never }] })).toThrow(/must return an array of violations/);
    expect(() => checkGovernance(handPortfolio(), { rules: [{ id: 'x', description: { en: 'x' } } as never] })).toThrow(/description must be \{ en, zh \}/);
  });
});

describe('the status date', () => {
  it('defaults to the latest status report or actual date; without any, the time-based rules are skipped', () => {
    expect(checkGovernance(handPortfolio()).statusDate).toBe('2026-01-09');
    const r = checkGovernance(edited((p) => (p.statusReports = [])));
    expect(r.statusDate).toBeNull();
    expect(r.skipped.map((s) => s.ruleId)).toEqual(['risk-review', 'status-report-age']);
  });

  it('errors of the engine inside name checkGovernance and keep the cycle (healthScore likewise)', () => {
    const pf = withLink({ fromOwnerId: 'pm', toOwnerId: 'sp' });
    const cyclic = { ...pf, crossDependencies: [...pf.crossDependencies, { fromProject: 'q', from: 'u', toProject: 'p', to: 't', type: 'FS' as const, lag: 0 }] };
    for (const [fn, call] of [
      ['checkGovernance', () => checkGovernance(cyclic)],
      ['healthScore', () => healthScore({ ...cyclic, baselines: [] })],
    ] as const) {
      let err: unknown;
      try {
        call();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(CycleError);
      expect((err as CycleError).message).toBe(`${fn}: dependency cycle: "q/u" -> "p/t" -> "q/u"`);
      expect((err as CycleError).cycle).toEqual(['q/u', 'p/t', 'q/u']);
    }
  });

  it('never mutates the portfolio', () => {
    const pf = withLink({});
    const before = structuredClone(pf);
    checkGovernance(pf, { statusDate: '2026-03-01' });
    expect(pf).toEqual(before);
  });
});
