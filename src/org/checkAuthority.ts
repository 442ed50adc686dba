import { PmoError } from '../errors.js';
import { AUTHORITY_ACTIONS, AUTHORITY_LEVELS, ORGANIZATION_STRUCTURES, PMO_TYPES, ROLES } from '../model/organization-constants.js';
import type { AuthorityAction, Organization, Role } from '../model/organization.js';
import { PMO_DEFAULT_AUTHORITY, ROLE_AUTHORITY, STRUCTURE_AUTHORITY_NOTES } from './authority-rules.js';
import { arrayOrEmpty, expectObject, expectOneOf, indexById, lowerFirst, upperFirst } from './internal/guards.js';
import { PMO_TYPE_PROFILES } from './pmo-types.js';
import { AUTHORITY_ACTION_INFO, ROLE_INFO } from './roles.js';
import { STRUCTURE_PROFILES } from './structures.js';
import type { ControlLevel, LocalizedText } from './types.js';

/**
 * One reason in the basis of an {@link CheckAuthorityResult}: a sentence in English and Chinese,
 * what it is about, and which way it points.
 *
 * @example
 * ```ts
 * const reason: AuthorityReason = checkAuthority(org, 'ana', 'approve-project-budget').basis[0]!;
 * reason.kind; // 'decision'
 * ```
 */
export interface AuthorityReason extends LocalizedText {
  /**
   * What the reason is about: `decision` (the verdict, always first), `structure` (who holds
   * authority in the organization's structure), `role` (one role the person holds), `pmo` (the
   * PMO's authority, for the PMO lead) or `grant` (an explicit `person.grants` entry).
   */
  readonly kind: 'decision' | 'structure' | 'role' | 'pmo' | 'grant';
  /**
   * `allow` when this reason gives the authority; `deny` when it withholds it (a
   * `pmo.authority.denies` entry) or, for the verdict, when the action is not allowed; `none`
   * when it gives nothing (context, or a role without this authority).
   */
  readonly effect: 'allow' | 'deny' | 'none';
}

/**
 * The answer of {@link checkAuthority}: whether the person may take the action, and why.
 *
 * @example
 * ```ts
 * const d: CheckAuthorityResult = checkAuthority(org, 'ana', 'reassign-shared-resource');
 * if (!d.allowed) for (const r of d.basis) console.log(r.zh);
 * ```
 */
export interface CheckAuthorityResult {
  /** Whether the person may take the action. */
  readonly allowed: boolean;
  /** The action asked about. */
  readonly action: AuthorityAction;
  /** The person asked about. */
  readonly personId: string;
  /** The reasons: the verdict first, then the structure, each role, the PMO's authority and explicit grants. */
  readonly basis: readonly AuthorityReason[];
}

const LEVEL_TEXT: { readonly [L in ControlLevel]: LocalizedText } = {
  low: { en: 'low', zh: '低' },
  moderate: { en: 'moderate', zh: '中等' },
  high: { en: 'high', zh: '高' },
};

/**
 * Decides whether a person may take a governance action, and gives the reasons.
 *
 * The person may take the action when **any** of these allows it (there is no person-level deny):
 *
 * 1. **A role they hold, in the organization's structure** ({@link ROLE_AUTHORITY}). Following the
 *    PMBOK Guide, functional managers hold resource and budget authority in functional and weak
 *    matrix organizations, project managers in strong matrix and projectized ones, and both in a
 *    balanced matrix (mixed); a composite organization is decided like a balanced matrix. The
 *    sponsor holds the decisions above the project everywhere:
 *
 *    | action                     | project manager | functional manager | resource manager | sponsor |
 *    | -------------------------- | --------------- | ------------------ | ---------------- | ------- |
 *    | `reassign-shared-resource` | —               | F, W, B, C         | F, W, B, S, C    | P       |
 *    | `assign-project-resources` | B, S, P, C      | F, W, B, C         | F, W, B, C       | —       |
 *    | `approve-project-budget`   | B, S, P, C      | F, W, B, C         | —                | all     |
 *    | `change-project-scope`     | S, P            | F, W               | —                | all     |
 *    | `approve-schedule-change`  | B, S, P, C      | F, W               | —                | all     |
 *    | `select-project`           | —               | —                  | —                | all     |
 *    | `cancel-project`           | —               | —                  | —                | all     |
 *    | `set-standards`            | —               | —                  | —                | —       |
 *    | `require-compliance`       | —               | —                  | —                | —       |
 *    | `audit-project`            | —               | —                  | —                | all     |
 *    | `manage-project-directly`  | B, S, P, C      | F, W               | —                | —       |
 *    | `accept-risk`              | S, P            | F, W               | —                | all     |
 *
 *    (F functional, W weak matrix, B balanced matrix, S strong matrix, P projectized,
 *    C composite; `team-member` and `pmo-lead` give nothing by role.)
 *
 * 2. **The PMO's authority, when the person leads the PMO** — they are `pmo.leadId`, or hold the
 *    `pmo-lead` role while the organization has a PMO. The PMO's level is `pmo.authority.level`,
 *    or else its type's (supportive `low`, controlling `moderate`, directive `high`); the level's
 *    default actions ({@link PMO_DEFAULT_AUTHORITY}) plus `pmo.authority.grants`, minus
 *    `pmo.authority.denies`, are the PMO's actions:
 *
 *    | level      | default actions                                                               |
 *    | ---------- | ----------------------------------------------------------------------------- |
 *    | `low`      | `set-standards`                                                               |
 *    | `moderate` | + `require-compliance`, `audit-project`                                       |
 *    | `high`     | + `manage-project-directly`, `assign-project-resources`, `reassign-shared-resource`, `approve-schedule-change`, `change-project-scope`, `accept-risk` |
 *
 *    A deny beats a grant of the same action, and withholds the action from the PMO only: a
 *    PMO lead who is also, say, the sponsor keeps the sponsor's authority.
 *
 * 3. **An explicit grant**: the action is in `person.grants`.
 *
 * The organization model does not link people to projects, so the decision is about authority in
 * principle ("may a project manager here approve a budget"), not about a particular project.
 * When an id occurs twice in `organization.people`, the first person wins. Runs in
 * O(people + roles + grants + denies); never mutates its input.
 *
 * @param organization - the organization (not re-validated; a missing PMO or missing arrays are
 *   treated as empty)
 * @param personId - id of a person in `organization.people`; any string (`__proto__` included)
 * @param action - the governance action, e.g. `reassign-shared-resource`
 * @returns a new decision object: `allowed`, `action`, `personId` and the `basis`, whose first
 *   entry is the verdict
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` when `action` is not a governance action,
 *   or the organization's structure or PMO type is unknown; with code `UNKNOWN_ID` when no person
 *   has id `personId`
 * @example
 * ```ts
 * const org: Organization = {
 *   id: 'acme', name: 'ACME', structure: 'weak-matrix', units: [],
 *   people: [
 *     { id: 'ana', name: 'Ana', roles: ['project-manager'] },
 *     { id: 'bo', name: 'Bo', roles: ['functional-manager'] },
 *   ],
 * };
 * checkAuthority(org, 'ana', 'reassign-shared-resource').allowed; // false
 * checkAuthority(org, 'bo', 'reassign-shared-resource').allowed; // true
 * ```
 */
export function checkAuthority(organization: Organization, personId: string, action: AuthorityAction): CheckAuthorityResult {
  const fn = 'checkAuthority';
  const act = expectOneOf(fn, 'action', action, AUTHORITY_ACTIONS);
  expectObject(fn, 'the organization', organization);
  const structure = expectOneOf(fn, 'organization structure', organization.structure, ORGANIZATION_STRUCTURES);
  const person = typeof personId === 'string' ? indexById(organization.people).get(personId) : undefined;
  if (person === undefined) {
    throw new PmoError('UNKNOWN_ID', `${fn}: unknown person ${JSON.stringify(String(personId))}`);
  }

  const actionText = AUTHORITY_ACTION_INFO[act].label;
  const structureLabel = STRUCTURE_PROFILES[structure].label;
  const reasons: AuthorityReason[] = [
    { kind: 'structure', effect: 'none', ...STRUCTURE_AUTHORITY_NOTES[structure] },
  ];
  let allowed = false;

  // 1. Roles, in the canonical order of ROLES, each once.
  const held = new Set<Role>(arrayOrEmpty(person.roles));
  const roles = ROLES.filter((r) => held.has(r) && r !== 'pmo-lead');
  if (held.size === 0) {
    reasons.push({ kind: 'role', effect: 'none', en: 'The person holds no governance role.', zh: '此人未担任任何治理角色。' });
  }
  for (const role of roles) {
    const gives = ROLE_AUTHORITY[role][act]?.includes(structure) ?? false;
    allowed ||= gives;
    const r = ROLE_INFO[role].label;
    reasons.push({
      kind: 'role',
      effect: gives ? 'allow' : 'none',
      en: `As ${r.en}, the person ${gives ? 'may' : 'may not'} ${actionText.en} in a ${lowerFirst(structureLabel.en)}.`,
      zh: `作为${r.zh},此人在${structureLabel.zh}中${gives ? '有权' : '无权'}${actionText.zh}。`,
    });
  }

  // 2. The PMO's authority, for its lead.
  const pmo = organization.pmo;
  const isLeadById = pmo !== undefined && pmo !== null && pmo.leadId === person.id;
  if ((pmo === undefined || pmo === null) && held.has('pmo-lead')) {
    reasons.push({
      kind: 'pmo',
      effect: 'none',
      en: 'The person holds the PMO lead role, but the organization has no PMO, so no PMO authority applies.',
      zh: '此人担任PMO负责人角色,但组织未设PMO,因此不适用PMO职权。',
    });
  } else if (pmo !== undefined && pmo !== null && (isLeadById || held.has('pmo-lead'))) {
    const type = expectOneOf(fn, 'PMO type', pmo.type, PMO_TYPES);
    const authority = pmo.authority ?? {};
    const levelSet = authority.level !== undefined;
    const level = levelSet
      ? expectOneOf(fn, 'PMO authority level', authority.level, AUTHORITY_LEVELS)
      : PMO_TYPE_PROFILES[type].controlLevel;
    const name = typeof pmo.name === 'string' && pmo.name !== '' ? pmo.name : 'PMO';
    const typeLabel = PMO_TYPE_PROFILES[type].label;
    const lvl = LEVEL_TEXT[level];
    reasons.push({
      kind: 'pmo',
      effect: 'none',
      en: `The person leads the PMO ${JSON.stringify(name)} (${isLeadById ? 'named as pmo.leadId' : 'holds the PMO lead role'}), a ${lowerFirst(typeLabel.en)} with ${lvl.en} control${levelSet ? ' set by pmo.authority.level' : ''}.`,
      zh: `此人是PMO“${name}”的负责人(${isLeadById ? '由 pmo.leadId 指定' : '担任PMO负责人角色'}),该PMO为${typeLabel.zh},控制程度${lvl.zh}${levelSet ? '(由 pmo.authority.level 设定)' : ''}。`,
    });
    const byDefault = PMO_DEFAULT_AUTHORITY[level].includes(act);
    const granted = arrayOrEmpty(authority.grants).includes(act);
    const denied = arrayOrEmpty(authority.denies).includes(act);
    reasons.push({
      kind: 'pmo',
      effect: byDefault && !denied ? 'allow' : 'none',
      en: `${upperFirst(lvl.en)} PMO authority ${byDefault ? 'includes' : 'does not include'} the right to ${actionText.en}.`,
      zh: `${lvl.zh}控制程度的PMO职权${byDefault ? '包含' : '不包含'}${actionText.zh}的权限。`,
    });
    if (granted) {
      reasons.push({
        kind: 'pmo',
        effect: denied ? 'none' : 'allow',
        en: `pmo.authority.grants gives the PMO the right to ${actionText.en}.`,
        zh: `pmo.authority.grants 授予PMO${actionText.zh}的权限。`,
      });
    }
    if (denied) {
      reasons.push({
        kind: 'pmo',
        effect: 'deny',
        en: `pmo.authority.denies withholds from the PMO the right to ${actionText.en}; this overrides any grant to the PMO, while the person's other roles and explicit grants still apply.`,
        zh: `pmo.authority.denies 撤销了PMO${actionText.zh}的权限;这优先于对PMO的授权,但此人的其他角色和明确授权仍然有效。`,
      });
    }
    allowed ||= (byDefault || granted) && !denied;
  }

  // 3. Explicit grants.
  if (arrayOrEmpty(person.grants).includes(act)) {
    allowed = true;
    reasons.push({
      kind: 'grant',
      effect: 'allow',
      en: `person.grants explicitly authorizes the person to ${actionText.en}.`,
      zh: `person.grants 明确授权此人${actionText.zh}。`,
    });
  }

  const who = typeof person.name === 'string' && person.name !== '' ? person.name : person.id;
  const verdict: AuthorityReason = allowed
    ? {
        kind: 'decision',
        effect: 'allow',
        en: `Allowed: ${JSON.stringify(who)} may ${actionText.en}.`,
        zh: `允许:“${who}”有权${actionText.zh}。`,
      }
    : {
        kind: 'decision',
        effect: 'deny',
        en: `Not allowed: no role, PMO authority or explicit grant gives ${JSON.stringify(who)} the right to ${actionText.en}.`,
        zh: `不允许:没有任何角色、PMO职权或明确授权使“${who}”有权${actionText.zh}。`,
      };
  return { allowed, action: act, personId: person.id, basis: [verdict, ...reasons] };
}

/** @deprecated Use {@link CheckAuthorityResult}: the former name. */
export type AuthorityDecision = CheckAuthorityResult;
