import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const PROBE = fileURLToPath(new URL('./tz-probe.ts', import.meta.url));
const ZONES = ['America/Sao_Paulo', 'Asia/Tehran', 'Pacific/Kiritimati', 'America/Santiago'];

/** Runs the probe in a child process with the given TZ and returns its parsed output. */
function probe(tz: string): { environment: { tz: string; offsetMinutes: number } } & Record<string, unknown> {
  const text = execFileSync(process.execPath, ['--import', 'tsx', PROBE], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(text);
}

describe('time-zone independence', () => {
  const utc = probe('UTC');

  it.each(ZONES)('gives the same calendars and schedules under TZ=%s as under UTC', (tz) => {
    const other = probe(tz);
    // The child really ran in that zone (so the comparison means something).
    expect(other.environment.tz).toBe(tz);
    expect(other.environment.offsetMinutes).not.toBe(utc.environment.offsetMinutes);
    const { environment: _a, ...rest } = other;
    const { environment: _b, ...expected } = utc;
    expect(rest).toEqual(expected);
  });

  it('computes something substantial in the probe', () => {
    expect((utc.calendar as unknown[]).length).toBeGreaterThan(50);
    expect((utc.schedules as unknown[]).length).toBe(4);
  });
});
