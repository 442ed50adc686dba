/**
 * Every `pmo` command, in the order `pmo --help` lists them. Add a command here and in
 * commandModules.ts (the binary's loaders; a test checks that both list the same commands).
 */
import type { CommandSpec } from './command.js';
import { allocateCommand } from './commands/allocate.js';
import { cpmCommand } from './commands/cpm.js';
import { demoCommand } from './commands/demo.js';
import { depsCommand } from './commands/deps.js';
import { evmCommand } from './commands/evm.js';
import { exportCommand } from './commands/export.js';
import { governanceCommand } from './commands/governance.js';
import { healthCommand } from './commands/health.js';
import { impactCommand } from './commands/impact.js';
import { kpisCommand } from './commands/kpis.js';
import { lessonsCommand } from './commands/lessons.js';
import { importCommand } from './commands/import.js';
import { levelCommand } from './commands/level.js';
import { loadCommand } from './commands/load.js';
import { maturityCommand } from './commands/maturity.js';
import { orgCommand } from './commands/org.js';
import { prioritizeCommand } from './commands/prioritize.js';
import { reportCommand } from './commands/report.js';
import { risksCommand } from './commands/risks.js';
import { schemaCommand } from './commands/schema.js';
import { selectCommand } from './commands/select.js';
import { simulateCommand } from './commands/simulate.js';
import { validateCommand } from './commands/validate.js';

/** The commands of `pmo`. */
export const COMMANDS: readonly CommandSpec[] = [
  demoCommand,
  validateCommand,
  importCommand,
  schemaCommand,
  orgCommand,
  cpmCommand,
  depsCommand,
  impactCommand,
  levelCommand,
  loadCommand,
  evmCommand,
  risksCommand,
  simulateCommand,
  healthCommand,
  kpisCommand,
  governanceCommand,
  maturityCommand,
  lessonsCommand,
  exportCommand,
  allocateCommand,
  selectCommand,
  prioritizeCommand,
  reportCommand,
];
