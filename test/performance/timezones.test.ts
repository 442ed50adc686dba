import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const PROBE = fileURLToPath(new URL('./tz-probe.ts', import.meta.url));
const ZONES = ['America/Sao_Paulo', 'Pacific/Kiritimati', 'America/Santiago'];

function probe(tz: string): { environment: { tz: string; offsetMinutes: number } } & Record<string, unknown> {
  const text = execFileSync(process.execPath, ['--import', 'tsx', PROBE], { cwd: ROOT, env: { ...process.env, TZ: tz }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(text);
}

describe('earned value analyses do not depend on the time zone', () => {
  const utc = probe('UTC');

  it.each(ZONES)('gives the same analyses under TZ=%s as under UTC', (tz) => {
    const other = probe(tz);
    expect(other.environment.tz).toBe(tz);
    expect(other.environment.offsetMinutes).not.toBe(utc.environment.offsetMinutes);
    const { environment: _a, ...rest } = other;
    const { environment: _b, ...expected } = utc;
    expect(rest).toEqual(expected);
  });

  it('computes something substantial in the probe', () => {
    const week = utc['sample-week'] as { periods: { key: string }[]; projects: unknown[] };
    expect(week.periods.length).toBeGreaterThan(25);
    expect(week.projects).toHaveLength(4);
    const dst = utc['dst-day'] as { periods: { key: string }[] };
    expect(dst.periods.map((p) => p.key)).toContain('2018-11-05');
  });
});
