/** The text of `pmo evm` (and the demo's earned value lines): tables of an earned value analysis. */
import type { EarnedValueAnalysisResult, EvScheduleMeasures, EvSeries, PortfolioEarnedValue, ProjectEarnedValue } from '../../performance/analysisTypes.js';
import type { EarnedValueResult } from '../../performance/types.js';
import { table } from '../format.js';

/** An amount of money, rounded to a unit, with thousands separators; `-` for null. */
export function money(x: number | null): string {
  return x === null ? '-' : Math.round(x).toLocaleString('en-US');
}

/** A ratio with `d` decimals; `-` for null. */
export function fixed(x: number | null, d = 2): string {
  return x === null ? '-' : x.toFixed(d);
}

/** A signed count of working days (`+3`, `-2`, `0`); `-` for null. */
export function signed(x: number | null): string {
  return x === null ? '-' : x > 0 ? `+${x}` : String(x);
}

interface Row {
  readonly label: string;
  readonly dataDate: string;
  readonly source: string;
  readonly measures: EarnedValueResult;
  readonly schedule: EvScheduleMeasures | null;
}

function rows(a: EarnedValueAnalysisResult): Row[] {
  const out: Row[] = a.projects.map((p: ProjectEarnedValue) => ({ label: p.projectId, dataDate: p.dataDate, source: p.source, measures: p.measures, schedule: p.schedule }));
  const total: PortfolioEarnedValue | null = a.portfolio;
  if (total !== null) out.push({ label: 'portfolio', dataDate: a.statusDate, source: '-', measures: total.measures, schedule: total.schedule });
  return out;
}

const right = (n: number, leftCols = 1): ('left' | 'right')[] => [...Array<'left'>(leftCols).fill('left'), ...Array<'right'>(n - leftCols).fill('right')];

/** The performance table: BAC, PV, EV, AC, SV, CV, SPI, CPI per project and for the portfolio. */
export function performanceTable(a: EarnedValueAnalysisResult): string[] {
  return table(
    ['project', 'data date', 'source', 'BAC', 'PV', 'EV', 'AC', 'SV', 'CV', 'SPI', 'CPI'],
    rows(a).map((r) => {
      const m = r.measures;
      return [r.label, r.dataDate, r.source, money(m.bac), money(m.pv), money(m.ev), money(m.ac), money(m.sv), money(m.cv), fixed(m.spi), fixed(m.cpi)];
    }),
    { align: [...right(11, 3)] },
  );
}

/** The forecast table: EAC by each method, ETC, VAC, TCPI against BAC and EAC. */
export function forecastTable(a: EarnedValueAnalysisResult): string[] {
  return table(
    ['project', 'EAC BAC/CPI', 'EAC AC+BAC-EV', 'EAC CPI*SPI', 'ETC', 'VAC', 'TCPI BAC', 'TCPI EAC'],
    rows(a).map((r) => {
      const m = r.measures;
      return [r.label, money(m.eacTypical), money(m.eacAtypical), money(m.eacCombined), money(m.etcTypical), money(m.vacTypical), fixed(m.tcpiBac), fixed(m.tcpiEac)];
    }),
    { align: right(8) },
  );
}

/** The earned schedule table, in working days, with planned and forecast finish dates. */
export function scheduleTable(a: EarnedValueAnalysisResult): string[] {
  return table(
    ['project', 'PD', 'AT', 'ES', 'SV(t)', 'SPI(t)', 'IEAC(t)', 'TSPI', 'planned finish', 'forecast finish', 'variance'],
    rows(a).map((r) => {
      const s = r.schedule;
      if (s === null) return [r.label, '-', '-', '-', '-', '-', '-', '-', '-', '-', '-'];
      return [
        r.label,
        String(s.plannedDuration),
        String(s.actualTime),
        fixed(s.es, 1),
        fixed(s.svt, 1),
        fixed(s.spit),
        fixed(s.ieact, 1),
        fixed(s.tspi),
        s.plannedFinishDate,
        s.forecastFinishDate ?? '-',
        signed(s.finishVariance),
      ];
    }),
    { align: [...right(8), 'left', 'left', 'right'] },
  );
}

/** The S-curve table of one series: per period PV, EV, AC, then cumulative PV, EV, AC, SPI, CPI. */
export function seriesTable(a: EarnedValueAnalysisResult, s: EvSeries): string[] {
  return table(
    ['period', 'PV', 'EV', 'AC', 'cum PV', 'cum EV', 'cum AC', 'SPI', 'CPI'],
    a.periods.map((p, i) => [
      p.key,
      money(s.pv[i]!),
      money(s.ev[i]!),
      money(s.ac[i]!),
      money(s.pvCumulative[i]!),
      money(s.evCumulative[i]!),
      money(s.acCumulative[i]!),
      fixed(s.spi[i]!),
      fixed(s.cpi[i]!),
    ]),
    { align: right(9) },
  );
}
