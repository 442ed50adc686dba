/**
 * The charts from the built package, in both formats: d3 (ES modules only) is bundled into dist/
 * and dagre is required through its CJS build, so `require('pmo-kit/viz')` must draw the same
 * bytes as `import`. `npm test` builds first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const DRAW = `
  const p = model.parsePortfolio(JSON.parse(fs.readFileSync('examples/data/sample-portfolio.json', 'utf8')));
  const s = schedule.schedulePortfolio(p);
  const out = [viz.networkChart(p, s, { detail: 'milestones' }), viz.ganttChart(s, { portfolio: p }), viz.earnedValueChart(performance.earnedValueAnalysis(p))];
  console.log(JSON.stringify(out.map((x) => [x.length, x.slice(0, 4)])) + ' ' + require('node:crypto').createHash('sha256').update(out.join('')).digest('hex'));`;

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' }).trim();
}

describe.skipIf(!existsSync(join(ROOT, 'dist', 'viz', 'index.cjs')))('pmo-kit/viz from the built package', () => {
  it('draws the same charts through import and require', () => {
    const cjs = node(['--input-type=commonjs', '-e', `const fs = require('node:fs'); const viz = require('pmo-kit/viz'); const model = require('pmo-kit/model'); const schedule = require('pmo-kit/schedule'); const performance = require('pmo-kit/performance');${DRAW}`]);
    const esm = node([
      '--input-type=module',
      '-e',
      `import fs from 'node:fs'; import { createRequire } from 'node:module'; const require = createRequire(process.cwd() + '/'); import * as viz from 'pmo-kit/viz'; import * as model from 'pmo-kit/model'; import * as schedule from 'pmo-kit/schedule'; import * as performance from 'pmo-kit/performance';${DRAW}`,
    ]);
    expect(cjs).toMatch(/^\[\[\d+,"<svg"\],\[\d+,"<svg"\],\[\d+,"<svg"\]\] [0-9a-f]{64}$/);
    expect(esm).toBe(cjs);
  });
});
