/** The plain chart inputs of a simulation (for the report's Monte Carlo section), for `pmo demo`. */
import type { SimulateRiskResult } from '../../risk/simulationTypes.js';
import type { FinishDistribution, Sensitivity } from '../../viz/types.js';
import { topDrivers } from './simulationLines.js';

/**
 * The finish histogram (bins, P50/P80/P90, the deterministic finish) and the `top` sensitivities
 * (tornado bars, largest first) of a simulation, as `pmoReport` takes them.
 */
export function simulationChartInputs(r: SimulateRiskResult, top = 10): { finishDistribution: FinishDistribution; sensitivities: Sensitivity[] } {
  const h = r.finish.histogram;
  const bins = h.counts.map((count, i) => ({ from: h.start + i * h.width, to: h.start + (i + 1) * h.width, count }));
  const p = r.finish.percentiles;
  return {
    finishDistribution: {
      bins,
      percentiles: [
        { p: 50, value: p.p50 },
        { p: 80, value: p.p80 },
        { p: 90, value: p.p90 },
      ],
      planned: r.deterministicDuration,
      unit: 'working days',
    },
    sensitivities: topDrivers(r.tasks, top).map((t) => ({ label: t.id, value: t.sensitivity })),
  };
}
