/** Heat-map data from rated risks. Private to pmo-kit/risk. */
import type { HeatMapCell, RatedRisk, RiskHeatMap, RiskMatrix } from '../types.js';
import { ratingOf } from './matrix.js';

interface MutableCell {
  count: number;
  riskIds: string[];
  score: number;
  rating: HeatMapCell['rating'];
}

function grid(matrix: RiskMatrix): MutableCell[][] {
  return matrix.probabilityWeights.map((pw) =>
    matrix.impactWeights.map((iw) => {
      const score = pw * iw;
      return { count: 0, riskIds: [], score, rating: ratingOf(matrix, score) };
    }),
  );
}

/** The active risks per cell, threats and opportunities apart; `ranked` is the rank order. O(cells + n). */
export function heatMapOf(matrix: RiskMatrix, ranked: readonly RatedRisk[]): RiskHeatMap {
  const threats = grid(matrix);
  const opportunities = grid(matrix);
  const unrated: string[] = [];
  for (const r of ranked) {
    if (!r.active) continue;
    const i = r.current.impactBand;
    if (i === null) {
      unrated.push(r.id);
      continue;
    }
    const cell = (r.kind === 'threat' ? threats : opportunities)[r.current.probabilityBand]![i]!;
    cell.count++;
    cell.riskIds.push(r.id);
  }
  return { probabilityBands: matrix.probabilityBands, impactBands: matrix.impactBands, threats, opportunities, unrated };
}
