// Checks the package as users get it: packs it once (`npm pack`), prints its size, runs
// @arethetypeswrong/cli on the tarball, installs the tarball into a temporary project, then
// type-checks test/dist/consumer/consumer.ts there under node16 ESM (.mts), node16 CJS (.cts),
// bundler and node10 (skipLibCheck false, target and lib ES2020, @types/node as a Node user has),
// type-checks the README's TypeScript examples, imports every entry, the sample and the `pmo` bin
// from the installed copy, and runs `pmo demo` there (it reads the sample at run time). Run after
// `npm run build` (CI does).
//
//   npm run build && npm run check:package
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = join(ROOT, 'test', 'dist', 'consumer');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const ATTW = join(ROOT, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
const ENTRIES = ['pmo-kit', 'pmo-kit/model', 'pmo-kit/org', 'pmo-kit/calendar', 'pmo-kit/schedule', 'pmo-kit/resources', 'pmo-kit/io', 'pmo-kit/viz'];

/** Consumer settings: each copies consumer.ts to `file` and type-checks it with these options. */
const CONSUMERS = [
  { name: 'node16-esm', file: 'consumer.mts', module: 'node16', moduleResolution: 'node16' },
  { name: 'node16-cjs', file: 'consumer.cts', module: 'node16', moduleResolution: 'node16' },
  { name: 'bundler', file: 'bundler.ts', module: 'esnext', moduleResolution: 'bundler' },
  { name: 'node10', file: 'node10.ts', module: 'commonjs', moduleResolution: 'node10' },
];

/** The ```ts blocks of the README, except those marked `<!-- not-run -->` (as test/readme.test.ts). */
function readmeBlocks(markdown) {
  const blocks = [];
  const re = /(?:^|\n)(<!-- not-run -->\s*\n)?```ts\n([\s\S]*?)\n```/g;
  for (let m = re.exec(markdown); m !== null; m = re.exec(markdown)) if (m[1] === undefined) blocks.push(m[2]);
  return blocks;
}

function run(cmd, args, cwd, options = {}) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });
}

const tmp = mkdtempSync(join(tmpdir(), 'pmo-kit-package-'));
let failed = 0;
try {
  // 1. One npm pack.
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp], ROOT));
  const tarball = join(tmp, packed.filename);
  console.log(`npm pack: ${packed.filename}: ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked, ${packed.entryCount} files`);
  const maps = packed.files.filter((f) => f.path.endsWith('.map'));
  if (maps.length > 0) {
    console.error(`check-package: the tarball ships ${maps.length} source maps`);
    failed++;
  }

  // 2. Are the types wrong? (every entry under node10, node16 CJS and ESM, bundler)
  console.log('== attw');
  try {
    console.log(run(process.execPath, [ATTW, tarball, '--format', 'table'], ROOT));
  } catch (err) {
    console.error(err.stdout ?? String(err));
    console.error('check-package: @arethetypeswrong/cli found problems');
    failed++;
  }

  // 3. One install of the tarball into a fresh project.
  const project = join(tmp, 'consumer');
  mkdirSync(project);
  copyFileSync(join(FIXTURE, 'package.json'), join(project, 'package.json'));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tarball], project);

  // 4. Type-check the consumer under each resolution mode.
  for (const c of CONSUMERS) {
    copyFileSync(join(FIXTURE, 'consumer.ts'), join(project, c.file));
    const tsconfig = {
      compilerOptions: {
        module: c.module,
        moduleResolution: c.moduleResolution,
        target: 'es2020',
        lib: ['es2020'],
        types: ['node'],
        typeRoots: [join(ROOT, 'node_modules', '@types')],
        strict: true,
        skipLibCheck: false,
        esModuleInterop: true,
        noEmit: true,
      },
      files: [c.file],
    };
    writeFileSync(join(project, `tsconfig.${c.name}.json`), JSON.stringify(tsconfig, null, 2));
    try {
      run(process.execPath, [TSC, '-p', `tsconfig.${c.name}.json`], project);
      console.log(`types ${c.name}: ok`);
    } catch (err) {
      console.error(`types ${c.name}: FAILED\n${err.stdout ?? String(err)}`);
      failed++;
    }
  }

  // 5. The README's TypeScript examples type-check against the installed copy (bundler, strict).
  const readme = readmeBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  readme.forEach((code, i) => writeFileSync(join(project, `readme-${i + 1}.ts`), `${code}\nexport {};\n`));
  const readmeConfig = {
    compilerOptions: {
      module: 'esnext',
      moduleResolution: 'bundler',
      resolveJsonModule: true,
      target: 'es2022',
      lib: ['es2022'],
      types: ['node'],
      typeRoots: [join(ROOT, 'node_modules', '@types')],
      strict: true,
      skipLibCheck: false,
      noEmit: true,
    },
    files: readme.map((_, i) => `readme-${i + 1}.ts`),
  };
  writeFileSync(join(project, 'tsconfig.readme.json'), JSON.stringify(readmeConfig, null, 2));
  try {
    run(process.execPath, [TSC, '-p', 'tsconfig.readme.json'], project);
    console.log(`types of the README examples (${readme.length} blocks): ok`);
  } catch (err) {
    console.error(`types of the README examples: FAILED (readme-N.ts is the N-th \`\`\`ts block)\n${err.stdout ?? String(err)}`);
    failed++;
  }

  // 6. The installed copy runs: every entry as ESM and CJS, the sample, the bin.
  const esm = `for (const s of ${JSON.stringify(ENTRIES)}) await import(s);
    const { default: sample } = await import('pmo-kit/examples/data/sample-portfolio.json', { with: { type: 'json' } });
    (await import('pmo-kit')).parsePortfolio(sample); console.log('ok');`;
  const cjs = `for (const s of ${JSON.stringify(ENTRIES)}) require(s);
    require('pmo-kit').parsePortfolio(require('pmo-kit/examples/data/sample-portfolio.json')); console.log('ok');`;
  try {
    run(process.execPath, ['--input-type=module', '-e', esm], project);
    run(process.execPath, ['--input-type=commonjs', '-e', cjs], project);
    const bin = join(project, 'node_modules', '.bin', 'pmo');
    const version = run(process.execPath, [bin, '--version'], project).trim();
    // `pmo demo` reads the sample from the installed package at run time: the same tour as the build's.
    const demo = run(process.execPath, [bin, 'demo'], project);
    if (demo !== run(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), 'demo'], ROOT)) throw new Error('pmo demo of the installed copy differs from the build\'s');
    console.log(`installed copy: every entry loads (ESM, CJS), the sample parses, pmo --version prints ${version}, pmo demo runs`);
  } catch (err) {
    console.error(`installed copy: FAILED\n${err.stdout ?? String(err)}`);
    failed++;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (failed > 0) {
  console.error(`check-package: ${failed} check(s) failed`);
  process.exit(1);
}
console.log('check-package: OK');
