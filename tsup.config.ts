import { defineConfig } from 'tsup';

/** Library subpaths: each folder of src/ with a public index becomes `pmo-kit/<folder>`. */
export const SUBPATHS = ['model', 'org', 'calendar', 'schedule', 'resources', 'risk', 'io'] as const;

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(SUBPATHS.map((s) => [`${s}/index`, `src/${s}/index.ts`])),
    },
    format: ['esm', 'cjs'],
    dts: true,
    // Shared chunks in both formats, so that `pmo-kit` and `pmo-kit/model` share one PmoError class.
    splitting: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
  },
  {
    entry: { 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    splitting: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
