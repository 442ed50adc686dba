import { PmoError } from '../errors.js';
import { show } from '../internal/show.js';
import { amount, atMost, finiteOrNull } from './internal/numbers.js';
import type { EarnedValueInput, EarnedValueNullable, EarnedValueResult } from './types.js';

/**
 * Earned value management at a status date: variances, indices and every standard estimate at
 * completion, from the budget at completion and the cumulative PV, EV and AC (PMI Practice
 * Standard for Earned Value Management).
 *
 * - SV = EV − PV, CV = EV − AC, SPI = EV / PV, CPI = EV / AC.
 * - EAC typical = BAC / CPI; atypical = AC + (BAC − EV); combined = AC + (BAC − EV) / (CPI × SPI);
 *   bottom-up = AC + ETC (when `etc` is given). ETC = EAC − AC and VAC = BAC − EAC for each.
 * - TCPI against the BAC = (BAC − EV) / (BAC − AC); against the EAC = (BAC − EV) / (EAC − AC).
 * - No NaN or Infinity ever comes out: a ratio whose denominator is 0 (PV = 0, AC = 0, EV = 0 for
 *   CV%) is `null`, and so is a forecast built on it or a target that can no longer be met;
 *   `reasons` names the cause of each `null`. When no work remains (EV = BAC) every EAC is AC and
 *   both TCPIs are 0. The full table is in docs/performance-control.md.
 *
 * Complexity: O(1).
 *
 * @param input - `bac`, `pv`, `ev`, `ac` (and an optional bottom-up `etc`): numbers from 0 to 1e300
 * @returns the measures; fractions stay fractions (SPI 0.875, percentComplete 0.35)
 * @throws {@link PmoError} `INVALID_ARGUMENT` when a number is missing, negative, not finite or above 1e300, or
 *   when PV or EV exceeds the BAC
 * @example
 * ```ts
 * const m = earnedValue({ bac: 100_000, pv: 40_000, ev: 35_000, ac: 36_000 });
 * m.spi;        // 0.875
 * m.cpi;        // 0.9722…
 * m.eacTypical; // 102857.14…
 * m.tcpiBac;    // 1.015625
 * ```
 */
export function earnedValue(input: EarnedValueInput): EarnedValueResult {
  const fn = 'earnedValue';
  if (typeof input !== 'object' || input === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: expected { bac, pv, ev, ac }, got ${show(input)}`);
  const bac = amount(fn, 'bac', input.bac);
  const pv = amount(fn, 'pv', input.pv);
  const ev = amount(fn, 'ev', input.ev);
  const ac = amount(fn, 'ac', input.ac);
  const etc = input.etc === undefined ? undefined : amount(fn, 'etc', input.etc);
  if (!atMost(pv, bac)) throw new PmoError('INVALID_ARGUMENT', `${fn}: pv (${pv}) exceeds bac (${bac}): the planned value is at most the budget at completion`);
  if (!atMost(ev, bac)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ev (${ev}) exceeds bac (${bac}): the earned value is at most the budget at completion`);

  const reasons: Partial<Record<EarnedValueNullable, string>> = {};
  const because = <T>(field: EarnedValueNullable, why: string): T | null => {
    reasons[field] = why;
    return null;
  };
  const spi = pv > 0 ? ev / pv : because<number>('spi', 'PV = 0: no work was planned by the status date');
  const cpi = ac > 0 ? ev / ac : because<number>('cpi', 'AC = 0: nothing was spent by the status date');
  const noBac = 'BAC = 0: the project has no budget';
  // Work remaining, in budget terms; rounding noise of EV against BAC is no work.
  const work = ev >= bac || atMost(bac, ev) ? 0 : bac - ev;

  const eacTypical =
    work === 0
      ? ac
      : cpi === null
        ? because<number>('eacTypical', 'CPI is undefined (AC = 0): no cost performance to extrapolate yet')
        : cpi === 0
          ? because<number>('eacTypical', 'CPI = 0 (EV = 0 for a positive AC): nothing earned for the money spent, BAC / CPI is unbounded')
          : ac + work / cpi;
  const factor = cpi === null || spi === null ? null : cpi * spi;
  const eacCombined =
    work === 0
      ? ac
      : factor === null
        ? because<number>('eacCombined', `${cpi === null ? 'CPI' : 'SPI'} is undefined (${cpi === null ? 'AC' : 'PV'} = 0)`)
        : factor === 0
          ? because<number>('eacCombined', 'CPI × SPI = 0 (EV = 0): the combined forecast is unbounded')
          : ac + work / factor;
  const eacAtypical = ac + work;
  const eacBottomUp = etc === undefined ? because<number>('eacBottomUp', 'no bottom-up ETC was given') : ac + etc;

  const derived = (eac: number | null, suffix: 'Typical' | 'Combined' | 'BottomUp') => {
    if (eac !== null) return { etc: eac - ac, vac: bac - eac };
    const why = reasons[`eac${suffix}`]!;
    reasons[`etc${suffix}`] = why;
    reasons[`vac${suffix}`] = why;
    return { etc: null, vac: null };
  };
  const typical = derived(eacTypical, 'Typical');
  const combined = derived(eacCombined, 'Combined');
  const bottomUp = derived(eacBottomUp, 'BottomUp');

  const tcpiBac = work === 0 ? 0 : bac - ac > 0 ? work / (bac - ac) : because<number>('tcpiBac', 'BAC − AC <= 0 with work remaining: the budget is spent, no efficiency finishes within it');
  const target = etc !== undefined ? eacBottomUp : eacTypical;
  const targetName = etc !== undefined ? 'bottom-up EAC' : 'typical EAC';
  const tcpiEac =
    work === 0
      ? 0
      : target === null
        ? because<number>('tcpiEac', `the ${targetName} is undefined: ${reasons[etc !== undefined ? 'eacBottomUp' : 'eacTypical']!}`)
        : target - ac > 0
          ? work / (target - ac)
          : because<number>('tcpiEac', `the ${targetName} leaves no funds (EAC − AC <= 0) for the remaining work`);

  const result: { -readonly [K in keyof EarnedValueResult]: EarnedValueResult[K] } = {
    bac,
    pv,
    ev,
    ac,
    sv: ev - pv,
    cv: ev - ac,
    svPercent: pv > 0 ? (ev - pv) / pv : because<number>('svPercent', 'PV = 0: no work was planned by the status date'),
    cvPercent: ev > 0 ? (ev - ac) / ev : because<number>('cvPercent', 'EV = 0: no work was earned by the status date'),
    spi,
    cpi,
    percentPlanned: bac > 0 ? pv / bac : because<number>('percentPlanned', noBac),
    percentComplete: bac > 0 ? ev / bac : because<number>('percentComplete', noBac),
    percentSpent: bac > 0 ? ac / bac : because<number>('percentSpent', noBac),
    eacTypical,
    eacAtypical,
    eacCombined,
    eacBottomUp,
    etcTypical: typical.etc,
    etcAtypical: work,
    etcCombined: combined.etc,
    etcBottomUp: bottomUp.etc,
    vacTypical: typical.vac,
    vacAtypical: ev - ac,
    vacCombined: combined.vac,
    vacBottomUp: bottomUp.vac,
    tcpiBac,
    tcpiEac,
    reasons,
  };
  finiteOrNull(result, NULLABLE, reasons);
  return result;
}

const NULLABLE: readonly EarnedValueNullable[] = [
  'spi',
  'cpi',
  'svPercent',
  'cvPercent',
  'percentPlanned',
  'percentComplete',
  'percentSpent',
  'eacTypical',
  'eacCombined',
  'eacBottomUp',
  'etcTypical',
  'etcCombined',
  'etcBottomUp',
  'vacTypical',
  'vacCombined',
  'vacBottomUp',
  'tcpiBac',
  'tcpiEac',
];
