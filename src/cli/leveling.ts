/** The schedule an analysis reads: the early schedule, or the leveled one with `--leveled`. */
import type { Portfolio } from '../model/portfolio.js';
import type { LevelResourcesResult } from '../resources/leveledScheduleTypes.js';
import { levelResources } from '../resources/levelResources.js';
import { schedulePortfolio } from '../schedule/schedulePortfolio.js';
import type { SchedulePortfolioResult } from '../schedule/types.js';
import type { CommandContext, FlagSpec } from './command.js';
import { booleanFlag, LEVELING_FLAGS, parseLevelingFlags, stringFlag } from './flags.js';
import { inFile } from './input.js';
import { CliExit } from './io.js';

/** `--leveled` and the leveling options it takes. */
export const LEVELED_FLAGS: Readonly<Record<string, FlagSpec>> = {
  leveled: { type: 'boolean', description: 'read the leveled schedule (levelResources) instead of the early one' },
  ...LEVELING_FLAGS,
};

/** The schedule read: which one, and the result. */
export type ChosenSchedule =
  | { readonly kind: 'early'; readonly schedule: SchedulePortfolioResult }
  | { readonly kind: 'leveled'; readonly schedule: LevelResourcesResult };

/**
 * The early schedule (`schedulePortfolio`), or with `--leveled` the leveled one
 * (`levelResources` with `--schedules`, `--seed`, `--objective`); computed once. Leveling
 * options without `--leveled` exit 2; leveling warnings go to standard error.
 */
export function chooseSchedule(ctx: CommandContext, name: string, portfolio: Portfolio): ChosenSchedule {
  const leveled = booleanFlag(ctx, 'leveled');
  if (!leveled) {
    const stray = Object.keys(LEVELING_FLAGS).find((k) => stringFlag(ctx, k) !== undefined);
    if (stray !== undefined) throw new CliExit(2, `pmo ${ctx.command}: --${stray} applies only with --leveled`);
    return { kind: 'early', schedule: inFile(ctx, name, () => schedulePortfolio(portfolio, { progress: 'plan' })) };
  }
  const options = parseLevelingFlags(ctx);
  const result = inFile(ctx, name, () => levelResources(portfolio, options));
  for (const w of result.warnings) ctx.io.err(`pmo ${ctx.command}: ${name}: warning: ${w}\n`);
  return { kind: 'leveled', schedule: result };
}
