#!/usr/bin/env node
/**
 * Executes every teaching notebook (examples/notebooks/*.ipynb, TypeScript with the tslab kernel)
 * top to bottom against the built package, as a reader installs it, and fails on any cell error.
 *
 * - The package is packed (`npm pack`, so exactly the published files) and unpacked into
 *   `.notebooks/node_modules/pmo-kit`; the notebooks run in `.notebooks/`, so `import … from
 *   'pmo-kit'` resolves to the tarball's dist/ (its dependencies resolve from the project's
 *   node_modules). Run `npm run build` first.
 * - Needs Debian's `jupyter-nbconvert python3-ipykernel jupyter-client` and tslab, which has its
 *   own package.json in examples/notebooks (`npm ci --prefix examples/notebooks`: tslab bundles
 *   TypeScript 5.0, whose `tsc` would shadow the project's in node_modules/.bin), with its kernel
 *   installed (`examples/notebooks/node_modules/.bin/tslab install --python=/usr/bin/python3`).
 *   Its node_modules/.bin goes on the PATH, and `tslab` is linked where the notebooks import it.
 * - A cell that raises, or writes to stderr (tslab reports type errors there), fails the run.
 * - Writes the executed notebooks as HTML to docs/notebooks/ (generated, not committed).
 *
 * Usage: node scripts/run-notebooks.mjs [name-filter]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const source = join(root, 'examples/notebooks');
const work = join(root, '.notebooks');
const html = join(root, 'docs/notebooks');
const filter = process.argv[2] ?? '';
const fail = (message) => {
  console.error(`notebooks: ${message}`);
  process.exit(1);
};

if (!existsSync(join(root, 'dist/index.js'))) fail('dist/ is missing: run npm run build first');
const jupyter = ['/usr/bin/jupyter', 'jupyter'].find((j) => j.includes('/') ? existsSync(j) : true);
const tools = join(source, 'node_modules');
if (!existsSync(join(tools, 'tslab/package.json'))) fail('tslab is not installed: npm ci --prefix examples/notebooks');
const env = { ...process.env, PATH: `${join(tools, '.bin')}${delimiter}${process.env.PATH}`, PYDEVD_DISABLE_FILE_VALIDATION: '1' };
try {
  const kernels = execFileSync(jupyter, ['kernelspec', 'list'], { env, encoding: 'utf8' });
  if (!/^\s*tslab\s/m.test(kernels)) fail('the tslab kernel is not installed: examples/notebooks/node_modules/.bin/tslab install --python=/usr/bin/python3');
} catch (err) {
  if (err.code === 'ENOENT') fail('jupyter is not installed: apt-get install -y --no-install-recommends jupyter-nbconvert python3-ipykernel jupyter-client');
  throw err;
}

// The package as published, unpacked where the notebooks run.
rmSync(work, { recursive: true, force: true });
const pkg = join(work, 'node_modules/pmo-kit');
mkdirSync(pkg, { recursive: true });
const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
execFileSync('tar', ['-xzf', join(work, tarball), '-C', pkg, '--strip-components=1']);
symlinkSync(join(tools, 'tslab'), join(work, 'node_modules/tslab'), 'dir');

const notebooks = readdirSync(source).filter((f) => f.endsWith('.ipynb') && f.includes(filter)).sort();
if (notebooks.length === 0) fail(`no notebook in examples/notebooks matches "${filter}"`);
mkdirSync(html, { recursive: true });
let failed = 0;
for (const name of notebooks) {
  const started = Date.now();
  cpSync(join(source, name), join(work, name));
  const out = join(work, 'out');
  // --allow-errors: every cell runs and keeps its error output (the message, which nbconvert's
  // own report leaves empty for tslab); the outputs are checked below.
  try {
    execFileSync(jupyter, ['nbconvert', '--to', 'notebook', '--execute', '--allow-errors', '--ExecutePreprocessor.timeout=300', '--output-dir', out, join(work, name)], { cwd: work, env, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    failed++;
    console.error(`FAIL ${name}\n${String(err.stderr ?? err.message).slice(-3000)}`);
    continue;
  }
  const nb = JSON.parse(readFileSync(join(out, name), 'utf8'));
  const problems = [];
  nb.cells.forEach((cell, i) => {
    for (const o of cell.outputs ?? []) {
      if (o.output_type === 'error') problems.push(`cell ${i + 1}: ${o.ename}: ${o.evalue}`);
      if (o.output_type === 'stream' && o.name === 'stderr') problems.push(`cell ${i + 1} wrote to stderr: ${[].concat(o.text).join('').trim()}`);
    }
  });
  const charts = nb.cells.reduce((n, c) => n + (c.outputs ?? []).filter((o) => o.data?.['image/svg+xml'] !== undefined).length, 0);
  if (problems.length > 0) {
    failed++;
    console.error(`FAIL ${name}\n  ${problems.join('\n  ')}`);
    continue;
  }
  execFileSync(jupyter, ['nbconvert', '--to', 'html', '--output-dir', html, join(out, name)], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  console.log(`ok   ${name}: ${nb.cells.filter((c) => c.cell_type === 'code').length} code cells, ${charts} charts, ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
if (failed > 0) fail(`${failed} of ${notebooks.length} notebooks failed`);
console.log(`notebooks: ${notebooks.length} executed without error; HTML in docs/notebooks/`);
