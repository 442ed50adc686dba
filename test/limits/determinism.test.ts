/**
 * Determinism: every stochastic function takes a seed, and the same seed gives the same output
 * (compared as JSON text), in one process and in a fresh one; a different seed may give another.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import { levelResources, solveRcpsp } from '../../src/resources/index.js';
import { ROOT } from '../helpers.js';
import { RCPSP, SAMPLE_RAW } from '../fuzz/inputs.js';

const run = (seed: number) => {
  const pf = parsePortfolio(SAMPLE_RAW);
  return JSON.stringify([levelResources(pf, { schedules: 300, seed }), solveRcpsp(RCPSP as never, { schedules: 300, seed })]);
};

describe('seeded functions', () => {
  it('levelResources and solveRcpsp: the same seed gives the same bytes, in this process and in another', () => {
    const a = run(11);
    expect(run(11)).toBe(a);
    const code = `import { parsePortfolio } from './src/model/parse.ts'; import { levelResources, solveRcpsp } from './src/resources/index.ts'; import { RCPSP, SAMPLE_RAW } from './test/fuzz/inputs.ts';
      const pf = parsePortfolio(SAMPLE_RAW); process.stdout.write(JSON.stringify([levelResources(pf, { schedules: 300, seed: 11 }), solveRcpsp(RCPSP, { schedules: 300, seed: 11 })]));`;
    const other = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(other).toBe(a);
  });
});
