/** The demo's organization sections: the structure, the PMO and its responsibilities, the PMO versus the project manager, the analyses for this PMO. */
import type { Portfolio } from '../../model/portfolio.js';
import { compareRoles } from '../../org/compareRoles.js';
import { describePmoType } from '../../org/describePmoType.js';
import { describeStructure } from '../../org/describeStructure.js';
import { PMO_FUNCTION_INFO } from '../../org/pmo-functions.js';
import { pmoAnalyses } from '../../org/pmoAnalyses.js';
import { pmoResponsibilities } from '../../org/pmoResponsibilities.js';
import { STRUCTURE_CHARACTERISTIC_LABELS } from '../../org/structures.js';
import type { LocalizedText } from '../../org/types.js';
import type { DemoWriter } from './text.js';

/** A person's name by id (`-` for none, the id when unknown). */
export function personNames(portfolio: Portfolio): (id: string | undefined) => string {
  const people = new Map((portfolio.organization?.people ?? []).map((p) => [p.id, p]));
  return (id) => (id === undefined ? '-' : (people.get(id)?.name ?? id));
}

/** The organization, its structure, its PMO with the responsibilities in this structure, and the PMO versus the project manager. */
export function printOrganization(w: DemoWriter, portfolio: Portfolio): void {
  const { out, t, l, heading } = w;
  const org = portfolio.organization!;
  const personName = personNames(portfolio);
  heading(t('organization'));
  const structure = describeStructure(org.structure);
  out.push(`${org.name}: ${org.people.length} ${t('people')}, ${org.units.length} ${t('units')}`);
  out.push(`${t('structure')}: ${l(structure.label)}. ${l(structure.description)}`);
  out.push(`${t('characteristics')}:`);
  for (const [key, c] of Object.entries(structure.characteristics) as [keyof typeof structure.characteristics, { text: LocalizedText }][])
    out.push(`  - ${l(STRUCTURE_CHARACTERISTIC_LABELS[key])}: ${l(c.text)}`);

  if (org.pmo !== undefined) {
    const pmo = org.pmo;
    const type = describePmoType(pmo.type);
    heading(`${t('pmo')}: ${pmo.name}`);
    out.push(`${l(type.label)} (${l(type.control)}). ${l(type.description)}`);
    out.push(`${t('lead')}: ${personName(pmo.leadId)}`);
    out.push(`${t('offers')}: ${pmo.functions.map((f) => l(PMO_FUNCTION_INFO[f].label)).join(', ')}`);

    heading(`${t('responsibilities')} (${l(structure.label)}, ${l(type.label)})`);
    for (const r of pmoResponsibilities(org.structure, pmo.type)) {
      out.push(`- ${l(r.label)}: ${l(r.description)}`);
      if (r.practice !== undefined) out.push(`    ${l(r.practice)}`);
    }
    out.push(`${t('goal')}: ${l(structure.pmoGoal)}`);
  }

  heading(t('versus'));
  const cmp = compareRoles('pmo', 'project-manager');
  for (const axis of cmp.axes) {
    out.push(`${l(axis.label)}:`);
    out.push(`  ${l(cmp.left.label)}: ${l(axis.left)}`);
    out.push(`  ${l(cmp.right.label)}: ${l(axis.right)}`);
  }
  out.push(l(cmp.common));
}

/** The analyses of the capability map for this PMO's functions, available or planned. */
export function printAnalyses(w: DemoWriter, portfolio: Portfolio): void {
  const { out, t, l, heading } = w;
  heading(t('analyses'));
  const report = pmoAnalyses(portfolio.organization!);
  for (const f of report.functions) {
    out.push(`- ${l(f.label)} [${t(f.status)}]`);
    for (const a of f.analyses) out.push(`    ${a.status === 'available' ? '✓' : '·'} ${a.functionName} (${a.module}): ${l(a.label)}`);
  }
  out.push('', `${report.available.length} ${t('available')}, ${report.planned.length} ${t('planned')}`);
}
