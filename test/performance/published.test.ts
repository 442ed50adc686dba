/** The published earned value example (R package PRA): every published number, the derived ones to their stated precision. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { earnedSchedule, earnedValue } from '../../src/performance/index.js';
import { SHARED_DATA } from '../helpers.js';

const FILE = join(SHARED_DATA, 'evm', 'examples.json');
const present = existsSync(FILE);
if (!present) console.warn(`skipping the published EVM examples: ${FILE} is absent (../shared/data)`);

interface Example {
  name: string;
  bac: number;
  plannedCumulativeFraction: number[];
  statusPeriod: number;
  actualPercentComplete: number;
  actualCostCumulative: number[];
  published: Record<string, number>;
  derived: Record<string, number>;
}

/** Decimals written in the file for a number (its stated precision). */
function decimals(text: string, key: string): number {
  const m = new RegExp(`"${key}":\\s*(-?[0-9.]+)`).exec(text);
  const frac = m?.[1]?.split('.')[1];
  return frac === undefined ? 0 : frac.length;
}

describe.skipIf(!present)('published EVM examples (../shared/data/evm/examples.json)', () => {
  const text = present ? readFileSync(FILE, 'utf8') : '{"examples":[]}';
  const examples = (JSON.parse(text) as { examples: Example[] }).examples;

  it('has examples', () => expect(examples.length).toBeGreaterThan(0));

  for (const ex of examples) {
    const k = ex.statusPeriod;
    const pvCumulative = ex.plannedCumulativeFraction.map((f) => ex.bac * f);
    const input = { bac: ex.bac, pv: pvCumulative[k - 1]!, ev: ex.bac * ex.actualPercentComplete, ac: ex.actualCostCumulative[k - 1]! };
    const ev = earnedValue(input);
    const es = earnedSchedule({ pvCumulative, ev: input.ev, actualTime: k });
    const all: Record<string, number | null> = { ...ev, ...es } as unknown as Record<string, number | null>;
    // The field names of the file are those of the results (es, svt, spit, ieact from earnedSchedule).
    const value = (key: string): number | null => (key in es && !(key in ev) ? (es as unknown as Record<string, number>)[key]! : all[key]!);

    it(`${ex.name}: every published number matches to its printed digits`, () => {
      for (const [key, expected] of Object.entries(ex.published)) {
        const d = decimals(text, key);
        const got = value(key);
        expect(got, key).not.toBeNull();
        // Printed numbers are rounded: equal to the printed digits (exact for integers).
        expect(Math.abs(got! - expected), `${key}: ${got} vs ${expected}`).toBeLessThanOrEqual(d === 0 ? 1e-9 * Math.max(1, Math.abs(expected)) : 0.5 * 10 ** -d + 1e-12);
      }
    });

    it(`${ex.name}: every derived number matches to its stated precision`, () => {
      for (const [key, expected] of Object.entries(ex.derived)) {
        const d = decimals(text, key);
        const got = value(key);
        expect(got, key).not.toBeNull();
        expect(Math.abs(got! - expected), `${key}: ${got} vs ${expected} (${d} decimals)`).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9);
      }
    });
  }
});
