/**
 * Each command's module, loaded on demand: the `pmo` binary loads the one command it runs (and
 * the engines that command needs) instead of all of them, which saves about a third of its start.
 * The same commands in the same order as registry.ts (a test checks it).
 */
import type { CommandSpec } from './command.js';

/** A loader of each command's spec, by command name. */
export const COMMAND_MODULES: Readonly<Record<string, () => Promise<CommandSpec>>> = {
  demo: () => import('./commands/demo.js').then((m) => m.demoCommand),
  validate: () => import('./commands/validate.js').then((m) => m.validateCommand),
  import: () => import('./commands/import.js').then((m) => m.importCommand),
  schema: () => import('./commands/schema.js').then((m) => m.schemaCommand),
  org: () => import('./commands/org.js').then((m) => m.orgCommand),
  cpm: () => import('./commands/cpm.js').then((m) => m.cpmCommand),
  deps: () => import('./commands/deps.js').then((m) => m.depsCommand),
  impact: () => import('./commands/impact.js').then((m) => m.impactCommand),
  level: () => import('./commands/level.js').then((m) => m.levelCommand),
  load: () => import('./commands/load.js').then((m) => m.loadCommand),
  evm: () => import('./commands/evm.js').then((m) => m.evmCommand),
  risks: () => import('./commands/risks.js').then((m) => m.risksCommand),
  simulate: () => import('./commands/simulate.js').then((m) => m.simulateCommand),
  health: () => import('./commands/health.js').then((m) => m.healthCommand),
  kpis: () => import('./commands/kpis.js').then((m) => m.kpisCommand),
  governance: () => import('./commands/governance.js').then((m) => m.governanceCommand),
  maturity: () => import('./commands/maturity.js').then((m) => m.maturityCommand),
  lessons: () => import('./commands/lessons.js').then((m) => m.lessonsCommand),
  export: () => import('./commands/export.js').then((m) => m.exportCommand),
  allocate: () => import('./commands/allocate.js').then((m) => m.allocateCommand),
  select: () => import('./commands/select.js').then((m) => m.selectCommand),
  prioritize: () => import('./commands/prioritize.js').then((m) => m.prioritizeCommand),
  report: () => import('./commands/report.js').then((m) => m.reportCommand),
};

/** The loader of command `name`, or undefined when there is no such command. */
export function commandModule(name: string | undefined): (() => Promise<CommandSpec>) | undefined {
  return name !== undefined && Object.hasOwn(COMMAND_MODULES, name) ? COMMAND_MODULES[name] : undefined;
}
