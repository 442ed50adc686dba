import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import { simulateRisk } from '../../src/risk/index.js';
import { simulateRiskParallel } from '../../src/risk/node/index.js';

const sample = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/data/sample-portfolio.json', import.meta.url)), 'utf8')) as Portfolio;

describe('simulateRiskParallel', () => {
  it('gives the single-thread result, bit for bit, for 1, 2 and 3 workers', async () => {
    const options = { iterations: 301, seed: 13, date: '2026-10-01', correlations: [{ tasks: ['tel/tel-int', 'tel/tel-rollout'], coefficient: 0.6 }] };
    const single = simulateRisk(sample, options);
    for (const workers of [1, 2, 3]) expect(await simulateRiskParallel(sample, { ...options, workers })).toEqual(single);
  }, 60_000);

  it('rejects bad input before starting workers', async () => {
    await expect(simulateRiskParallel(sample, { workers: 0 })).rejects.toThrow(PmoError);
    await expect(simulateRiskParallel(sample, { iterations: -1 })).rejects.toThrow(/iterations/);
  });
});
