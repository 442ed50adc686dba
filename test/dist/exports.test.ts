/**
 * Imports the built package through its name (ESM and CJS), so that a broken exports map, a
 * missing subpath or a CJS/ESM mismatch fails CI. `npm test` builds first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const SUBPATHS = ['pmo-kit', 'pmo-kit/model', 'pmo-kit/org', 'pmo-kit/calendar', 'pmo-kit/schedule', 'pmo-kit/resources', 'pmo-kit/portfolio', 'pmo-kit/performance', 'pmo-kit/risk', 'pmo-kit/io', 'pmo-kit/viz'];

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
}

describe.skipIf(!existsSync(join(ROOT, 'dist', 'index.js')))('built package', () => {
  it('every subpath loads as ESM and as CJS with the same exports', () => {
    const script = (kind: 'esm' | 'cjs') =>
      kind === 'esm'
        ? `const out = {}; for (const s of ${JSON.stringify(SUBPATHS)}) out[s] = Object.keys(await import(s)).sort(); console.log(JSON.stringify(out));`
        : `const out = {}; for (const s of ${JSON.stringify(SUBPATHS)}) out[s] = Object.keys(require(s)).filter(k => k !== 'default' && k !== '__esModule').sort(); console.log(JSON.stringify(out));`;
    const esm = JSON.parse(node(['--input-type=module', '-e', script('esm')])) as Record<string, string[]>;
    const cjs = JSON.parse(node(['--input-type=commonjs', '-e', script('cjs')])) as Record<string, string[]>;
    expect(cjs).toEqual(esm);
    for (const s of SUBPATHS) expect(esm[s]!.length).toBeGreaterThan(2);
    expect(esm['pmo-kit']).toEqual(expect.arrayContaining(['parsePortfolio', 'PmoError', 'describeStructure', 'toJsonSchema']));
    // the root re-exports every subpath
    for (const s of SUBPATHS.slice(1)) expect(esm['pmo-kit']).toEqual(expect.arrayContaining(esm[s]!));
  });

  it('subpaths share one PmoError class (instanceof works across entries) in both formats', () => {
    const esm = node([
      '--input-type=module',
      '-e',
      `const a = await import('pmo-kit'); const b = await import('pmo-kit/model'); const o = await import('pmo-kit/org');
       let e; try { b.parsePortfolio({}); } catch (x) { e = x; }
       let f; try { o.describeStructure('nope'); } catch (x) { f = x; }
       console.log(a.PmoError === b.PmoError, e instanceof a.PmoValidationError, f instanceof a.PmoError);`,
    ]);
    expect(esm.trim()).toBe('true true true');
    const cjs = node([
      '--input-type=commonjs',
      '-e',
      `const a = require('pmo-kit'); const b = require('pmo-kit/model'); const o = require('pmo-kit/org');
       let e; try { b.parsePortfolio({}); } catch (x) { e = x; }
       let f; try { o.describeStructure('nope'); } catch (x) { f = x; }
       console.log(a.PmoError === b.PmoError, e instanceof a.PmoValidationError, f instanceof a.PmoError);`,
    ]);
    expect(cjs.trim()).toBe('true true true');
  });

  it('instanceof works across the ESM and CJS builds (dual-package hazard), and subclasses still differ', () => {
    // Errors thrown by one build, checked against the classes of the other, both ways.
    const out = node([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
       const esm = await import('pmo-kit');
       const cjs = createRequire(process.cwd() + '/')('pmo-kit');
       const thrown = (lib) => {
         const errors = {};
         try { lib.parsePortfolio({}); } catch (x) { errors.validation = x; }
         try { lib.cpm({ tasks: [{ id: 'a', duration: 1 }, { id: 'b', duration: 1 }], links: [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }] }); } catch (x) { errors.cycle = x; }
         try { lib.describeStructure('nope'); } catch (x) { errors.plain = x; }
         return errors;
       };
       const classes = ['PmoError', 'PmoValidationError', 'CycleError', 'DeadlineError'];
       const table = (errors, lib) => Object.fromEntries(Object.entries(errors).map(([k, e]) => [k, classes.filter((c) => e instanceof lib[c])]));
       console.log(JSON.stringify({
         distinctClasses: esm.PmoError !== cjs.PmoError,
         cjsErrorsVsEsmClasses: table(thrown(cjs), esm),
         esmErrorsVsCjsClasses: table(thrown(esm), cjs),
         sameBuild: table(thrown(esm), esm),
         plainObject: esm.PmoError[Symbol.hasInstance]({ code: 'VALIDATION', name: 'PmoError' }),
         plainError: new Error('x') instanceof cjs.PmoError,
       }));`,
    ]);
    const r = JSON.parse(out) as Record<string, unknown>;
    const expected = { validation: ['PmoError', 'PmoValidationError'], cycle: ['PmoError', 'CycleError'], plain: ['PmoError'] };
    expect(r.distinctClasses).toBe(true);
    expect(r.cjsErrorsVsEsmClasses).toEqual(expected);
    expect(r.esmErrorsVsCjsClasses).toEqual(expected);
    expect(r.sameBuild).toEqual(expected);
    expect(r.plainObject).toBe(false);
    expect(r.plainError).toBe(false);
  });

  it('exports the sample portfolio (ESM JSON import and require)', () => {
    const esm = node([
      '--input-type=module',
      '-e',
      `const { default: sample } = await import('pmo-kit/examples/data/sample-portfolio.json', { with: { type: 'json' } });
       const { parsePortfolio } = await import('pmo-kit');
       console.log(parsePortfolio(sample).projects.length);`,
    ]);
    const cjs = node(['--input-type=commonjs', '-e', `console.log(require('pmo-kit').parsePortfolio(require('pmo-kit/examples/data/sample-portfolio.json')).projects.length);`]);
    expect(Number(esm.trim())).toBeGreaterThan(0);
    expect(cjs.trim()).toBe(esm.trim());
  });

  it('ships type declarations for both formats', () => {
    for (const s of ['index', 'model/index', 'org/index', 'calendar/index', 'schedule/index', 'resources/index', 'portfolio/index', 'performance/index', 'risk/index', 'io/index']) {
      expect(existsSync(join(ROOT, 'dist', `${s}.d.ts`))).toBe(true);
      expect(existsSync(join(ROOT, 'dist', `${s}.d.cts`))).toBe(true);
    }
  });

  it('ships no source maps, and the pmo CLI imports the library chunks instead of a copy', () => {
    const all = readdirSync(join(ROOT, 'dist'), { recursive: true, encoding: 'utf8' });
    expect(all.filter((f) => f.endsWith('.map'))).toEqual([]);
    const cli = readFileSync(join(ROOT, 'dist', 'cli', 'index.js'), 'utf8');
    expect(cli.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(cli).toMatch(/from '\.\.\/chunk-[A-Z0-9]+\.js'/);
    for (const fn of ['schedulePortfolio', 'levelResources', 'parsePortfolio', 'readMspdi']) expect(cli).not.toContain(`function ${fn}(`);
  });

  it('the pmo bin runs', () => {
    const out = node([join(ROOT, 'dist', 'cli', 'index.js'), '--version']);
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

it('dist is built (npm test builds it first)', () => {
  expect(existsSync(join(ROOT, 'dist', 'index.js')), 'run `npm run build` (npm test does it for you)').toBe(true);
});
