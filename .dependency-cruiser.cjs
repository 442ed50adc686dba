// Dependency rules of pmo-kit's sources, checked by `npm run check:deps` (dependency-cruiser), run
// by CI (.ci/run):
//   1. layer order: a module imports only from the modules before it in
//      model, calendar/org, schedule, resources/portfolio/performance/risk, io/viz, cli
//      (modules on one line are on one level and do not import each other), plus src/internal
//      and src/errors.ts; those two import only each other;
//   2. no module imports another module's internal/ folder;
//   3. no import loop (type-only imports count);
//   4. library code imports no example data, tests, benchmarks or scripts, and nothing that does
//      not resolve.
// src/index.ts re-exports every module and is on no level.

/** The levels of the dependency order, first to last. */
const LEVELS = [['model'], ['calendar', 'org'], ['schedule'], ['resources', 'portfolio', 'performance', 'risk'], ['io', 'viz'], ['cli']];

const layerRules = LEVELS.flatMap((level, k) =>
  level.map((module) => {
    const allowed = [...LEVELS.slice(0, k).flat(), module, 'internal'];
    return {
      name: `layer-order-${module}`,
      comment: `${module} imports only from ${LEVELS.slice(0, k).flat().join(', ') || 'no other module'}, src/internal and src/errors.ts`,
      severity: 'error',
      from: { path: `^src/${module}/` },
      to: { path: '^src/', pathNot: [`^src/(${allowed.join('|')})/`, '^src/errors\\.ts$'] },
    };
  }),
);

/** A file in an internal/ folder of some module, at any depth (two expressions: no nested quantifier). */
const INTERNAL = ['^src/[^/]+/internal/', '^src/[^/]+/.+/internal/'];

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'shared-base',
      comment: 'src/internal and src/errors.ts are below every module: they import only each other',
      severity: 'error',
      from: { path: '^src/(internal/|errors\\.ts$)' },
      to: { path: '^src/', pathNot: '^src/(internal/|errors\\.ts$)' },
    },
    {
      name: 'no-internal-of-other-module',
      comment: "a module does not reach into another module's internal/ folder",
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: INTERNAL, pathNot: '^src/$1/' },
    },
    {
      name: 'no-circular',
      comment: 'no import loop, type-only imports included',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-example-data-in-library',
      comment: 'library code does not import example data, tests, benchmarks or scripts (the CLI reads the sample at run time)',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(examples|test|bench|scripts)/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'every import resolves',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
  },
};
