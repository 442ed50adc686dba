/** Strategic alignment scores. Private to pmo-kit. */
import type { StrategicObjective } from '../../model/strategy.js';

/** Something that contributes to objectives. */
export interface Contributor {
  readonly id: string;
  readonly contributions?: Readonly<Record<string, number>> | undefined;
}

/**
 * Alignment score of each item: Σ_o w_o × contribution_o / Σ_o w_o over the objectives (weights
 * default to 1), so that a project contributing `c` to every objective scores `c`.
 */
export function alignmentScores(objectives: readonly StrategicObjective[], items: readonly Contributor[]): number[] {
  let total = 0;
  for (const o of objectives) total += o.weight ?? 1;
  return items.map((item) => {
    if (total <= 0 || item.contributions === undefined) return 0;
    let s = 0;
    for (const o of objectives) if (Object.hasOwn(item.contributions, o.id)) s += (o.weight ?? 1) * item.contributions[o.id]!;
    return s / total;
  });
}

/** The objectives (in order) that no item of `items` contributes to (contribution > 0). */
export function unservedObjectives(objectives: readonly StrategicObjective[], items: readonly Contributor[]): string[] {
  return objectives
    .filter((o) => !items.some((item) => item.contributions !== undefined && Object.hasOwn(item.contributions, o.id) && item.contributions[o.id]! > 0))
    .map((o) => o.id);
}
