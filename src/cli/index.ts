import { readFileSync } from 'node:fs';
import { main } from './main.js';

// A reader that closes early (`pmo cpm big.json | head -1`) is not an error: stop writing and
// exit as the command would have, with no stack trace (Node ignores SIGPIPE and reports EPIPE as
// an 'error' event on the stream instead).
let stdoutClosed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  stdoutClosed = true;
});

const code = main(process.argv.slice(2), {
  out: (text) => {
    if (!stdoutClosed) process.stdout.write(text);
  },
  err: (text) => process.stderr.write(text),
  readText: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
});
process.exitCode = code;
