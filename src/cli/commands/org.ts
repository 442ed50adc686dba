import { ORGANIZATION_STRUCTURES, PMO_TYPES, type OrganizationStructure, type PmoType } from '../../model/organization.js';
import { compareRoles } from '../../org/compareRoles.js';
import { describePmoType } from '../../org/describePmoType.js';
import { describeStructure } from '../../org/describeStructure.js';
import { localize } from '../../org/localize.js';
import { pmoResponsibilities } from '../../org/pmoResponsibilities.js';
import { STRUCTURE_CHARACTERISTIC_LABELS } from '../../org/structures.js';
import type { Lang, LocalizedText } from '../../org/types.js';
import { CliExit, type CliIo } from '../io.js';

const T = {
  characteristics: { en: 'Projects in this structure', zh: '该结构下的项目特征' },
  responsibilities: { en: 'PMO responsibilities', zh: 'PMO的职责' },
  goal: { en: 'PMO goal', zh: 'PMO的目标' },
  versus: { en: 'PMO versus project manager', zh: 'PMO和项目经理的区别' },
} satisfies Record<string, LocalizedText>;

/**
 * `pmo org [structure] [--pmo-type T] [--lang en|zh] [--json]`: the knowledge model for one
 * organization structure (and PMO type), or the list of structures and types.
 */
export function orgCommand(
  io: CliIo,
  structure: string | undefined,
  options: { readonly lang: Lang; readonly pmoType: string | undefined; readonly json: boolean },
): number {
  const l = (text: LocalizedText) => localize(text, options.lang);
  if (options.pmoType !== undefined && !(PMO_TYPES as readonly string[]).includes(options.pmoType))
    throw new CliExit(2, `pmo org: unknown PMO type "${options.pmoType}"; expected one of ${PMO_TYPES.join(', ')}`);
  const pmoType = options.pmoType as PmoType | undefined;
  if (structure === undefined) {
    const lines = [
      ...ORGANIZATION_STRUCTURES.map((s) => `${s.padEnd(16)} ${l(describeStructure(s).label)}`),
      '',
      ...PMO_TYPES.map((t) => `${t.padEnd(16)} ${l(describePmoType(t).label)}: ${l(describePmoType(t).control)}`),
    ];
    io.out(`${lines.join('\n')}\n`);
    return 0;
  }
  if (!(ORGANIZATION_STRUCTURES as readonly string[]).includes(structure))
    throw new CliExit(2, `pmo org: unknown organization structure "${structure}"; expected one of ${ORGANIZATION_STRUCTURES.join(', ')}`);
  const profile = describeStructure(structure as OrganizationStructure);
  const responsibilities = pmoResponsibilities(structure as OrganizationStructure, pmoType);
  if (options.json) {
    io.out(`${JSON.stringify({ structure: profile, pmoType: pmoType === undefined ? null : describePmoType(pmoType), responsibilities }, null, 2)}\n`);
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
  io.out(`${out.join('\n')}\n`);
  return 0;
}
