import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { VERSION } from './version.js';

// `pmo --version` answers before the commands (and zod, and the engines) are loaded.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { main } = await import('./main.js');
  const { checkInputSize } = await import('./inputSize.js');

  // A reader that closes early (`pmo cpm big.json | head -1`) is not an error: stop writing and
  // exit as the command would have, with no stack trace (Node ignores SIGPIPE and reports EPIPE as
  // an 'error' event on the stream instead).
  let stdoutClosed = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    stdoutClosed = true;
  });

  const code = main(argv, {
    out: (text) => {
      if (!stdoutClosed) process.stdout.write(text);
    },
    err: (text) => process.stderr.write(text),
    errIsTerminal: process.stderr.isTTY === true,
    readText: (path) => {
      checkInputSize(path);
      return readFileSync(path === '-' ? 0 : path, 'utf8');
    },
    writeText: (path, text) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    },
  });
  process.exitCode = typeof code === 'number' ? code : await code;
}
