// Makes the CommonJS declarations (dist/**/*.d.cts) usable under `moduleResolution: node16`
// with `skipLibCheck: false`. Run by `npm run build` after tsup.
//
// @dagrejs/graphlib is a `"type": "module"` package whose one `types` file serves both its ESM
// and CJS builds, so TypeScript takes its types for ESM and refuses a plain `import` of them from
// a .d.cts (TS1479), although `require('@dagrejs/graphlib')` works at run time. Declarations only
// need its types, so each import becomes `import type … with { 'resolution-mode': 'import' }`
// (TypeScript 5.3+, every module resolution mode), and bare `import '…'` lines that the
// declaration bundler leaves behind are dropped. Fails if an import of such a package remains.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Dependencies whose types TypeScript reads as ESM only. */
const ESM_TYPED = ['@dagrejs/graphlib'];
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

function* declarations(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* declarations(path);
    else if (entry.name.endsWith('.d.cts')) yield path;
  }
}

const quote = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
let changed = 0;
const left = [];
for (const file of declarations(DIST)) {
  let text = readFileSync(file, 'utf8');
  const before = text;
  for (const pkg of ESM_TYPED) {
    const p = quote(pkg);
    text = text.replace(new RegExp(`^import ['"]${p}['"];\\n`, 'gm'), '');
    text = text.replace(
      new RegExp(`^import (?:type )?(\\{[^}]*\\}) from ['"]${p}['"];$`, 'gm'),
      `import type $1 from '${pkg}' with { 'resolution-mode': 'import' };`,
    );
    for (const line of text.split('\n')) {
      if (new RegExp(`^\\s*(import|export)\\b.*['"]${p}['"]`).test(line) && !line.includes("'resolution-mode'")) left.push(`${file}: ${line}`);
    }
  }
  if (text !== before) {
    writeFileSync(file, text);
    changed++;
  }
}
if (left.length > 0) {
  console.error(`fix-cjs-types: imports left that a CommonJS consumer cannot resolve:\n${left.join('\n')}`);
  process.exit(1);
}
console.log(`fix-cjs-types: ${changed} .d.cts file(s) import ${ESM_TYPED.join(', ')} as ESM types`);
