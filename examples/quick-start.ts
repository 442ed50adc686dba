/**
 * Quick start: validate the sample portfolio, then ask the knowledge model about its PMO.
 * Run with `npx tsx examples/quick-start.ts` (or import from 'pmo-kit' in your own project).
 */
import { readFileSync } from 'node:fs';
import { checkAuthority, describeStructure, parsePortfolio, pmoAnalyses, pmoResponsibilities, safeParsePortfolio } from '../src/index.js';

const portfolio = parsePortfolio(JSON.parse(readFileSync(new URL('./data/sample-portfolio.json', import.meta.url), 'utf8')));
const org = portfolio.organization!;

console.log(`${portfolio.name}: ${portfolio.projects.length} projects`);
console.log(`${org.name} is a ${describeStructure(org.structure).label.en} (${describeStructure(org.structure).label.zh})`);
console.log('PMO responsibilities here:', pmoResponsibilities(org.structure, org.pmo?.type).map((r) => r.function).join(', '));

// May the PMO lead move a shared person from one project to another?
const decision = checkAuthority(org, org.pmo!.leadId!, 'reassign-shared-resource');
console.log(`PMO lead may reassign a shared resource: ${decision.allowed}`);
for (const reason of decision.basis) console.log(`  - ${reason.en}`);

// Which analyses should this PMO run, and which exist today?
const report = pmoAnalyses(org);
console.log(`analyses available: ${report.available.join(', ')}`);
console.log(`analyses planned:   ${report.planned.join(', ')}`);

// Validation reports every issue with its path.
const broken = safeParsePortfolio({ id: 'x', name: 'X', projects: [{ id: 'p', name: 'P', start: '2025-02-30', tasks: [{ id: 'a', name: 'A', duration: -1 }] }] });
if (!broken.success) for (const issue of broken.error.issues) console.log(broken.error.formatIssue(issue));
