/** `pmo-kit/risk/node` from the built package (ESM and CJS): its worker script is found and gives the single-thread result. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const SAMPLE = JSON.stringify(join(ROOT, 'examples', 'data', 'sample-portfolio.json'));

describe.skipIf(!existsSync(join(ROOT, 'dist', 'risk', 'node', 'worker.js')))('built pmo-kit/risk/node', () => {
  it('simulateRiskParallel runs its workers and equals simulateRisk, as ESM and as CJS', () => {
    const body = `const p = JSON.parse(require('node:fs').readFileSync(${SAMPLE}, 'utf8'));
      const a = await node.simulateRiskParallel(p, { iterations: 200, seed: 3, workers: 2 });
      const b = risk.simulateRisk(p, { iterations: 200, seed: 3 });
      console.log(JSON.stringify(a) === JSON.stringify(b), a.iterations);`;
    const esm = execFileSync(process.execPath, ['--input-type=module', '-e', `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); const node = await import('pmo-kit/risk/node'); const risk = await import('pmo-kit/risk'); ${body}`], { cwd: ROOT, encoding: 'utf8' });
    const cjs = execFileSync(process.execPath, ['-e', `(async () => { const node = require('pmo-kit/risk/node'); const risk = require('pmo-kit/risk'); ${body} })()`], { cwd: ROOT, encoding: 'utf8' });
    expect(esm.trim()).toBe('true 200');
    expect(cjs.trim()).toBe('true 200');
  }, 60_000);
});
