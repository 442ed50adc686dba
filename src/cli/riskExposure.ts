/** The risk exposure per project that `pmo health`, `pmo kpis` and the demo hand to the health score. */
import type { AnalyzeRisksResult } from '../risk/types.js';

/**
 * Each project's expected cost of its active threats (`threatEmv` of the risk analysis' exposure
 * by project): the `riskExposure` option of `healthScore`.
 */
export function threatExposure(analysis: AnalyzeRisksResult): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of analysis.exposure.byProject) if (g.key !== null) out.set(g.key, g.threatEmv);
  return out;
}
