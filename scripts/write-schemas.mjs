// Writes the JSON Schema of every top-level model to schemas/<model>.json, from the built library.
import { mkdirSync, writeFileSync } from 'node:fs';
import { MODEL_NAMES, toJsonSchema } from '../dist/index.js';

mkdirSync(new URL('../schemas/', import.meta.url), { recursive: true });
for (const name of MODEL_NAMES) {
  writeFileSync(new URL(`../schemas/${name}.json`, import.meta.url), `${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
}
console.log(`schemas: wrote ${MODEL_NAMES.length} files to schemas/`);
