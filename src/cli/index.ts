import { readFileSync } from 'node:fs';
import { main } from './main.js';

const code = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readText: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
});
process.exitCode = typeof code === 'number' ? code : await code;
