import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** Library subpaths: each folder of src/ with a public index becomes `pmo-kit/<folder>`. */
export const SUBPATHS = ['model', 'org', 'calendar', 'schedule', 'resources', 'portfolio', 'performance', 'risk', 'io', 'viz'] as const;

const LIBRARY = {
  index: 'src/index.ts',
  ...Object.fromEntries(SUBPATHS.map((s) => [`${s}/index`, `src/${s}/index.ts`])),
  // Node only (worker threads), not re-exported by the root entry: `pmo-kit/risk/node`.
  'risk/node/index': 'src/risk/node/index.ts',
};
/** Scripts loaded by path (worker threads), built without types. */
const WORKERS = { 'risk/node/worker': 'src/risk/node/worker.ts' };
const CLI = 'dist/cli/index.js';

/** Makes the CLI entry an executable script (the shebang only on it, not on the library chunks). */
function makeCliExecutable(): void {
  const code = readFileSync(CLI, 'utf8');
  if (!code.startsWith('#!')) writeFileSync(CLI, `#!/usr/bin/env node\n${code}`);
  chmodSync(CLI, 0o755);
}

// No source maps: the output is not minified (readable as is), and maps with embedded sources
// were 65 % of the tarball. `npm run build` empties dist/ first (the two configs run in parallel).
// d3's modules ship as ESM only: they are bundled into dist/ (both formats), so that
// `require('pmo-kit/viz')` works on every Node version the package supports.
const common = { splitting: true, sourcemap: false, clean: false, target: 'node20', treeshake: true } as const;
const noExternal: (string | RegExp)[] = [/^d3-/, 'internmap'];

export default defineConfig([
  {
    // ESM: the library entries and the CLI in one build, so the CLI imports the library's chunks
    // instead of bundling a copy. Shared chunks also give `pmo-kit` and `pmo-kit/model` one
    // PmoError class.
    ...common,
    noExternal,
    entry: { ...LIBRARY, ...WORKERS, 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
    dts: { entry: LIBRARY },
    onSuccess: async () => makeCliExecutable(),
  },
  {
    ...common,
    noExternal,
    entry: { ...LIBRARY, ...WORKERS },
    format: ['cjs'],
    dts: { entry: LIBRARY },
  },
]);
