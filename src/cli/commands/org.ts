import { ORGANIZATION_STRUCTURES, PMO_TYPES, type OrganizationStructure, type PmoType } from '../../model/organization.js';
import { compareRoles } from '../../org/compareRoles.js';
import { describePmoType } from '../../org/describePmoType.js';
import { describeStructure } from '../../org/describeStructure.js';
import { localize } from '../../org/localize.js';
import { PMO_FUNCTION_INFO } from '../../org/pmo-functions.js';
import { pmoResponsibilities } from '../../org/pmoResponsibilities.js';
import { STRUCTURE_CHARACTERISTIC_LABELS } from '../../org/structures.js';
import type { LocalizedText } from '../../org/types.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { JSON_FLAG, LANG_FLAG, booleanFlag, orList, parseLang, stringFlag } from '../flags.js';
import { CliExit, printJson } from '../io.js';

const T = {
  characteristics: { en: 'Projects in this structure', zh: '该结构下的项目特征' },
  responsibilities: { en: 'PMO responsibilities', zh: 'PMO的职责' },
  goal: { en: 'PMO goal', zh: 'PMO的目标' },
  versus: { en: 'PMO versus project manager', zh: 'PMO和项目经理的区别' },
  functions: { en: 'Typical functions', zh: '典型职能' },
  authority: { en: 'Default authority', zh: '默认权限' },
  more: { en: 'Its responsibilities in a structure: pmo org <structure> --pmo-type', zh: '其在某一组织结构中的职责：pmo org <结构> --pmo-type' },
} satisfies Record<string, LocalizedText>;

/** `pmo org`: the knowledge model of organization structures and PMO types. */
export const orgCommand: CommandSpec = {
  name: 'org',
  summary: 'what a PMO does in an organization structure, and what each PMO type is (English or Chinese)',
  usage: '[structure] [--pmo-type T] [--lang en|zh] [--json]',
  positionals: { min: 0, max: 1, what: 'organization structure' },
  flags: {
    'pmo-type': { type: 'string', value: 'T', description: `a PMO type: ${orList(PMO_TYPES)}; alone, its profile` },
    lang: LANG_FLAG,
    json: JSON_FLAG,
  },
  examples: [
    { command: 'pmo org', description: 'the organization structures and PMO types' },
    { command: 'pmo org balanced-matrix --pmo-type controlling', description: 'what a controlling PMO does in a balanced matrix' },
    { command: 'pmo org --pmo-type directive --lang zh', description: 'the directive PMO, in Chinese' },
  ],
  notes: [`Structures: ${ORGANIZATION_STRUCTURES.join(', ')}.`],
  run: runOrg,
};

function runOrg(ctx: CommandContext): number {
  const lang = parseLang(ctx);
  const json = booleanFlag(ctx, 'json');
  const l = (text: LocalizedText) => localize(text, lang);
  const typeName = stringFlag(ctx, 'pmo-type');
  if (typeName !== undefined && !(PMO_TYPES as readonly string[]).includes(typeName))
    throw new CliExit(2, `pmo org: unknown PMO type "${typeName}"; expected one of ${PMO_TYPES.join(', ')}`);
  const pmoType = typeName as PmoType | undefined;
  const structure = ctx.positionals[0];
  if (structure !== undefined && !(ORGANIZATION_STRUCTURES as readonly string[]).includes(structure))
    throw new CliExit(2, `pmo org: unknown organization structure "${structure}"; expected one of ${ORGANIZATION_STRUCTURES.join(', ')}`);

  if (structure === undefined && pmoType === undefined) {
    if (json) {
      printJson(ctx.io, { structures: ORGANIZATION_STRUCTURES.map((s) => describeStructure(s)), pmoTypes: PMO_TYPES.map((t) => describePmoType(t)) });
      return 0;
    }
    const lines = [
      ...ORGANIZATION_STRUCTURES.map((s) => `${s.padEnd(16)} ${l(describeStructure(s).label)}`),
      '',
      ...PMO_TYPES.map((t) => `${t.padEnd(16)} ${l(describePmoType(t).label)}: ${l(describePmoType(t).control)}`),
    ];
    ctx.io.out(`${lines.join('\n')}\n`);
    return 0;
  }

  if (structure === undefined) {
    const type = describePmoType(pmoType!);
    if (json) {
      printJson(ctx.io, { structure: null, pmoType: type, responsibilities: null });
      return 0;
    }
    const out = [
      `${l(type.label)} (${l(type.control)})`,
      l(type.description),
      '',
      `${l(T.functions)}:`,
      ...type.typicalFunctions.map((f) => `  - ${l(PMO_FUNCTION_INFO[f].label)}`),
      '',
      `${l(T.authority)}: ${type.defaultAuthority.join(', ')}`,
      '',
      l(T.more),
    ];
    ctx.io.out(`${out.join('\n')}\n`);
    return 0;
  }

  const profile = describeStructure(structure as OrganizationStructure);
  const responsibilities = pmoResponsibilities(structure as OrganizationStructure, pmoType);
  if (json) {
    printJson(ctx.io, { structure: profile, pmoType: pmoType === undefined ? null : describePmoType(pmoType), responsibilities });
    return 0;
  }
  const out: string[] = [`${l(profile.label)}`, l(profile.description), '', `${l(T.characteristics)}:`];
  for (const [key, c] of Object.entries(profile.characteristics) as [keyof typeof profile.characteristics, { text: LocalizedText }][])
    out.push(`  - ${l(STRUCTURE_CHARACTERISTIC_LABELS[key])}: ${l(c.text)}`);
  if (pmoType !== undefined) {
    const type = describePmoType(pmoType);
    out.push('', `${l(type.label)} (${l(type.control)})`, l(type.description));
  }
  out.push('', `${l(T.responsibilities)}:`);
  for (const r of responsibilities) {
    out.push(`  - ${l(r.label)}: ${l(r.description)}`);
    if (r.practice !== undefined) out.push(`      ${l(r.practice)}`);
  }
  out.push('', `${l(T.goal)}: ${l(profile.pmoGoal)}`, '', `${l(T.versus)}:`);
  const cmp = compareRoles('pmo', 'project-manager');
  for (const axis of cmp.axes) out.push(`  ${l(axis.label)}: ${l(cmp.left.label)}: ${l(axis.left)} / ${l(cmp.right.label)}: ${l(axis.right)}`);
  ctx.io.out(`${out.join('\n')}\n`);
  return 0;
}
