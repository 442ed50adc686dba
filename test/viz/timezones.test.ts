/** The charts and the report are the same bytes in every time zone. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const PROBE = fileURLToPath(new URL('./tz-probe.ts', import.meta.url));
// Kiritimati is UTC+14, Pago Pago UTC-11; Santiago and Chatham change their clocks in the charts' months.
const ZONES = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Santiago'];

function probe(tz: string): { environment: { tz: string; offsetMinutes: number } } & Record<string, unknown> {
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', PROBE], { cwd: ROOT, env: { ...process.env, TZ: tz }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
}

describe('charts and reports do not depend on the time zone', () => {
  const utc = probe('UTC');

  it.each(ZONES)('draws the same bytes under TZ=%s as under UTC', (tz) => {
    const other = probe(tz);
    expect(other.environment.tz).toBe(tz);
    expect(other.environment.offsetMinutes).not.toBe(utc.environment.offsetMinutes);
    for (const key of Object.keys(utc)) if (key !== 'environment') expect(other[key], key).toEqual(utc[key]);
  });

  it('draws something substantial in the probe', () => {
    expect(String(utc.gantt).length).toBeGreaterThan(20_000);
    expect(String(utc.html)).toContain('<svg');
  });
});
