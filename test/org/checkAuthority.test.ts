import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUTHORITY_ACTIONS,
  AUTHORITY_LEVELS,
  ORGANIZATION_STRUCTURES,
  PMO_TYPES,
  ROLES,
  type AuthorityAction,
  type Organization,
  type OrganizationStructure,
  type Role,
} from '../../src/model/organization.js';
import { checkAuthority, ROLE_AUTHORITY } from '../../src/org/index.js';
import { clone, deepFreeze } from '../helpers.js';
import { catchPmoError, expectBilingual, org, person, pmo } from './fixtures.js';

const everyone = [
  person('pm', ['project-manager']),
  person('fm', ['functional-manager']),
  person('rm', ['resource-manager']),
  person('sp', ['sponsor']),
  person('tm', ['team-member']),
];
const allowed = (s: OrganizationStructure, id: string, action: AuthorityAction) =>
  checkAuthority(org(s, everyone), id, action).allowed;

describe('checkAuthority — roles across structures (PMBOK)', () => {
  it('gives reassigning a shared resource to resource owners, never to a single project manager', () => {
    const who = (s: OrganizationStructure) =>
      ['pm', 'fm', 'rm', 'sp', 'tm'].filter((id) => allowed(s, id, 'reassign-shared-resource'));
    expect(who('functional')).toEqual(['fm', 'rm']);
    expect(who('weak-matrix')).toEqual(['fm', 'rm']);
    expect(who('balanced-matrix')).toEqual(['fm', 'rm']);
    expect(who('strong-matrix')).toEqual(['rm']);
    expect(who('projectized')).toEqual(['sp']);
    expect(who('composite')).toEqual(['fm', 'rm']);
  });

  it('puts the budget with the functional manager in functional and weak matrix, with both in balanced, with the PM in strong matrix and projectized', () => {
    const who = (s: OrganizationStructure) => ['pm', 'fm'].filter((id) => allowed(s, id, 'approve-project-budget'));
    expect(who('functional')).toEqual(['fm']);
    expect(who('weak-matrix')).toEqual(['fm']);
    expect(who('balanced-matrix')).toEqual(['pm', 'fm']);
    expect(who('strong-matrix')).toEqual(['pm']);
    expect(who('projectized')).toEqual(['pm']);
  });

  it("grows the project manager's authority from functional to projectized", () => {
    const count = (s: OrganizationStructure) => AUTHORITY_ACTIONS.filter((a) => allowed(s, 'pm', a)).length;
    const counts = (['functional', 'weak-matrix', 'balanced-matrix', 'strong-matrix', 'projectized'] as const).map(count);
    expect(counts[0]).toBe(0);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]!);
    expect(counts[4]).toBeGreaterThan(counts[1]!);
  });

  it('gives the sponsor portfolio decisions everywhere and a team member nothing', () => {
    for (const s of ORGANIZATION_STRUCTURES) {
      for (const a of ['select-project', 'cancel-project', 'approve-project-budget', 'change-project-scope'] as const) {
        expect(allowed(s, 'sp', a)).toBe(true);
      }
      expect(allowed(s, 'sp', 'manage-project-directly')).toBe(false);
      for (const a of AUTHORITY_ACTIONS) expect(allowed(s, 'tm', a)).toBe(false);
    }
  });

  it('matches ROLE_AUTHORITY for every role, action and structure', () => {
    for (const s of ORGANIZATION_STRUCTURES) {
      for (const role of ROLES.filter((r) => r !== 'pmo-lead')) {
        const o = org(s, [person('x', [role])]);
        for (const a of AUTHORITY_ACTIONS) {
          expect(checkAuthority(o, 'x', a).allowed, `${role} ${a} ${s}`).toBe(ROLE_AUTHORITY[role][a]?.includes(s) ?? false);
        }
      }
    }
  });

  it('combines roles: a person allowed by any role is allowed', () => {
    const o = org('functional', [person('x', ['project-manager', 'functional-manager'])]);
    const d = checkAuthority(o, 'x', 'approve-project-budget');
    expect(d.allowed).toBe(true);
    expect(d.basis.filter((r) => r.kind === 'role').map((r) => r.effect)).toEqual(['none', 'allow']);
  });
});

describe('checkAuthority — the PMO lead', () => {
  const lead = person('lead', ['pmo-lead']);

  it("gives the PMO lead the type's default authority", () => {
    const can = (t: (typeof PMO_TYPES)[number], a: AuthorityAction) =>
      checkAuthority(org('weak-matrix', [lead], pmo(t, { leadId: 'lead' })), 'lead', a).allowed;
    expect(can('supportive', 'set-standards')).toBe(true);
    expect(can('supportive', 'require-compliance')).toBe(false);
    expect(can('controlling', 'require-compliance')).toBe(true);
    expect(can('controlling', 'audit-project')).toBe(true);
    expect(can('controlling', 'reassign-shared-resource')).toBe(false);
    expect(can('directive', 'reassign-shared-resource')).toBe(true);
    expect(can('directive', 'manage-project-directly')).toBe(true);
    expect(can('directive', 'select-project')).toBe(false);
    expect(can('directive', 'approve-project-budget')).toBe(false);
  });

  it('recognizes the lead by pmo.leadId even without the role, and by the role without leadId', () => {
    const byId = org('functional', [person('boss', [])], pmo('controlling', { leadId: 'boss' }));
    expect(checkAuthority(byId, 'boss', 'require-compliance').allowed).toBe(true);
    expect(checkAuthority(byId, 'boss', 'require-compliance').basis.some((r) => r.en.includes('named as pmo.leadId'))).toBe(true);
    const byRole = org('functional', [lead], pmo('controlling'));
    expect(checkAuthority(byRole, 'lead', 'require-compliance').allowed).toBe(true);
  });

  it('does not give PMO authority to others, nor to a pmo-lead when there is no PMO', () => {
    const o = org('functional', [lead, person('other', ['project-manager'])], pmo('directive', { leadId: 'lead' }));
    expect(checkAuthority(o, 'other', 'require-compliance').allowed).toBe(false);
    const none = org('functional', [lead]);
    const d = checkAuthority(none, 'lead', 'set-standards');
    expect(d.allowed).toBe(false);
    expect(d.basis.some((r) => r.kind === 'pmo' && r.en.includes('has no PMO'))).toBe(true);
  });

  it('lets pmo.authority.level override the type, and grants and denies adjust it', () => {
    const at = (authority: NonNullable<Parameters<typeof pmo>[1]>['authority'], a: AuthorityAction) =>
      checkAuthority(org('strong-matrix', [lead], pmo('supportive', authority ? { authority } : {})), 'lead', a).allowed;
    expect(at(undefined, 'require-compliance')).toBe(false);
    expect(at({ level: 'high' }, 'reassign-shared-resource')).toBe(true);
    expect(at({ grants: ['select-project'] }, 'select-project')).toBe(true);
    expect(at({ level: 'high', denies: ['reassign-shared-resource'] }, 'reassign-shared-resource')).toBe(false);
    expect(at({ grants: ['audit-project'], denies: ['audit-project'] }, 'audit-project')).toBe(false);
    expect(at({ denies: ['set-standards'] }, 'set-standards')).toBe(false);
  });

  it("withholds a denied action from the PMO only, not from the lead's other roles or grants", () => {
    const p = pmo('directive', { leadId: 'lead', authority: { denies: ['approve-project-budget', 'accept-risk'] } });
    const o = org('functional', [person('lead', ['pmo-lead', 'sponsor'])], p);
    const d = checkAuthority(o, 'lead', 'approve-project-budget');
    expect(d.allowed).toBe(true);
    expect(d.basis.some((r) => r.kind === 'pmo' && r.effect === 'deny')).toBe(true);
    const g = org('functional', [person('lead', ['pmo-lead'], { grants: ['accept-risk'] })], p);
    expect(checkAuthority(g, 'lead', 'accept-risk').allowed).toBe(true);
  });
});

describe('checkAuthority — explicit grants, basis, errors and odd ids', () => {
  it('allows an action in person.grants whatever the roles', () => {
    const o = org('functional', [person('tm', ['team-member'], { grants: ['reassign-shared-resource'] })]);
    const d = checkAuthority(o, 'tm', 'reassign-shared-resource');
    expect(d.allowed).toBe(true);
    expect(d.basis.at(-1)).toMatchObject({ kind: 'grant', effect: 'allow' });
  });

  it('explains the decision: verdict first, then the structure and each role, in both languages', () => {
    const d = checkAuthority(org('weak-matrix', everyone), 'pm', 'reassign-shared-resource');
    expect(d).toMatchObject({ allowed: false, action: 'reassign-shared-resource', personId: 'pm' });
    expect(d.basis.map((r) => [r.kind, r.effect])).toEqual([
      ['decision', 'deny'],
      ['structure', 'none'],
      ['role', 'none'],
    ]);
    expect(d.basis[0]!.en).toBe('Not allowed: no role, PMO authority or explicit grant gives "Person pm" the right to reassign a shared resource between projects.');
    expect(d.basis[1]!.zh).toContain('弱矩阵型组织中,职能经理控制资源和项目预算');
    expect(d.basis[2]!.en).toBe('As project manager, the person may not reassign a shared resource between projects in a weak matrix organization.');
    expect(d.basis[2]!.zh).toBe('作为项目经理,此人在弱矩阵型组织中无权在项目之间重新调配共享资源。');
    expectBilingual(d.basis, 3);
    const ok = checkAuthority(org('weak-matrix', everyone), 'fm', 'reassign-shared-resource');
    expect(ok.basis[0]).toMatchObject({ kind: 'decision', effect: 'allow' });
    expect(ok.basis[0]!.zh).toBe('允许:“Person fm”有权在项目之间重新调配共享资源。');
  });

  it('says so when the person holds no role', () => {
    const d = checkAuthority(org('projectized', [person('nobody')]), 'nobody', 'audit-project');
    expect(d.allowed).toBe(false);
    expect(d.basis.some((r) => r.zh === '此人未担任任何治理角色。')).toBe(true);
  });

  it('throws UNKNOWN_ID for an unknown person and INVALID_ARGUMENT for an unknown action', () => {
    const o = org('functional', everyone);
    const e1 = catchPmoError(() => checkAuthority(o, 'ghost', 'audit-project'));
    expect(e1.code).toBe('UNKNOWN_ID');
    expect(e1.message).toBe('checkAuthority: unknown person "ghost"');
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(catchPmoError(() => checkAuthority(o, id, 'audit-project')).code).toBe('UNKNOWN_ID');
    }
    const e2 = catchPmoError(() => checkAuthority(o, 'pm', 'fire-everyone' as AuthorityAction));
    expect(e2.code).toBe('INVALID_ARGUMENT');
    expect(e2.message).toMatch(/^checkAuthority: unknown action "fire-everyone"; expected one of "reassign-shared-resource"/);
    expect(catchPmoError(() => checkAuthority(o, 'pm', 'toString' as AuthorityAction)).code).toBe('INVALID_ARGUMENT');
  });

  it('works with ids like __proto__, constructor and toString', () => {
    const o = org(
      'functional',
      [person('__proto__', ['functional-manager']), person('constructor', ['pmo-lead']), person('toString', [], { grants: ['cancel-project'] })],
      pmo('controlling', { leadId: 'constructor' }),
    );
    expect(checkAuthority(o, '__proto__', 'reassign-shared-resource')).toMatchObject({ allowed: true, personId: '__proto__' });
    expect(checkAuthority(o, 'constructor', 'require-compliance').allowed).toBe(true);
    expect(checkAuthority(o, 'toString', 'cancel-project').allowed).toBe(true);
    expect(checkAuthority(o, 'toString', 'select-project').allowed).toBe(false);
  });

  it('does not crash on odd but type-correct input: no PMO, empty people, missing arrays', () => {
    expect(catchPmoError(() => checkAuthority(org('composite', []), 'x', 'accept-risk')).code).toBe('UNKNOWN_ID');
    const sparse = { id: 'o', name: 'O', structure: 'composite', pmo: { name: 'P', type: 'directive', leadId: 'a' }, people: [{ id: 'a', name: '' }] };
    const d = checkAuthority(sparse as unknown as Organization, 'a', 'accept-risk');
    expect(d.allowed).toBe(true);
    expect(d.basis[0]!.en).toContain('"a"');
    expect(catchPmoError(() => checkAuthority({ ...sparse, structure: 'flat' } as unknown as Organization, 'a', 'accept-risk')).code).toBe(
      'INVALID_ARGUMENT',
    );
    expect(catchPmoError(() => checkAuthority(null as unknown as Organization, 'a', 'accept-risk')).code).toBe('INVALID_ARGUMENT');
  });

  it('uses the first person when an id is duplicated', () => {
    const o = org('functional', [person('x', ['functional-manager']), person('x', ['team-member'])]);
    expect(checkAuthority(o, 'x', 'approve-project-budget').allowed).toBe(true);
  });
});

describe('checkAuthority — properties', () => {
  const idArb = fc.constantFrom('a', 'b', '__proto__', 'constructor', 'toString');
  const actionsArb = fc.subarray([...AUTHORITY_ACTIONS]);
  const personArb = fc.record({
    id: idArb,
    name: fc.string(),
    roles: fc.subarray([...ROLES]),
    grants: fc.option(actionsArb, { nil: undefined }),
  });
  const pmoArb = fc.record({
    name: fc.string(),
    type: fc.constantFrom(...PMO_TYPES),
    functions: fc.constant([]),
    leadId: fc.option(idArb, { nil: undefined }),
    authority: fc.option(
      fc.record(
        {
          level: fc.constantFrom(...AUTHORITY_LEVELS),
          grants: actionsArb,
          denies: actionsArb,
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  });
  const orgArb = fc.record({
    id: fc.constant('o'),
    name: fc.constant('O'),
    structure: fc.constantFrom(...ORGANIZATION_STRUCTURES),
    units: fc.constant([]),
    people: fc.array(personArb, { minLength: 1, maxLength: 4 }),
    pmo: fc.option(pmoArb, { nil: undefined }),
  });
  const strip = <T extends object>(o: T): T =>
    JSON.parse(JSON.stringify(o)) as T; // drops undefined optional keys (exactOptionalPropertyTypes)

  it('is deterministic, pure, and allowed exactly when a reason allows it', () => {
    fc.assert(
      fc.property(orgArb, fc.constantFrom(...AUTHORITY_ACTIONS), (raw, action) => {
        const o = deepFreeze(strip(raw as unknown as Organization));
        const before = clone(o);
        const id = o.people[0]!.id;
        const d1 = checkAuthority(o, id, action);
        const d2 = checkAuthority(o, id, action);
        expect(d2).toEqual(d1);
        expect(o).toEqual(before);
        expect(d1.basis[0]!.kind).toBe('decision');
        expect(d1.basis[0]!.effect).toBe(d1.allowed ? 'allow' : 'deny');
        expect(d1.allowed).toBe(d1.basis.slice(1).some((r) => r.effect === 'allow'));
        for (const r of d1.basis) {
          expect(r.en.length).toBeGreaterThan(0);
          expect(r.zh.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an explicit grant always allows; denying the PMO never allows more; a role never takes authority away', () => {
    fc.assert(
      fc.property(orgArb, fc.constantFrom(...AUTHORITY_ACTIONS), fc.constantFrom(...ROLES), (raw, action, extraRole: Role) => {
        const o = strip(raw as unknown as Organization);
        const first = o.people[0]!;
        const id = first.id;
        const base = checkAuthority(o, id, action).allowed;
        const withGrant = { ...o, people: [{ ...first, grants: [...(first.grants ?? []), action] }, ...o.people.slice(1)] };
        expect(checkAuthority(withGrant, id, action).allowed).toBe(true);
        const withRole = { ...o, people: [{ ...first, roles: [...first.roles, extraRole] }, ...o.people.slice(1)] };
        if (base) expect(checkAuthority(withRole, id, action).allowed).toBe(true);
        if (o.pmo !== undefined) {
          const denies = [...(o.pmo.authority?.denies ?? []), action];
          const denied = { ...o, pmo: { ...o.pmo, authority: { ...o.pmo.authority, denies } } };
          if (checkAuthority(denied, id, action).allowed) expect(base).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
