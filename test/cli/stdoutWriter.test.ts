/** Standard output written synchronously, slice by slice: the bytes are those of the text as UTF-8. */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SLICE, syncWriter } from '../../src/cli/stdoutWriter.js';

const dir = mkdtempSync(join(tmpdir(), 'pmo-stdout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What `syncWriter` writes of `texts` to a file. */
function written(texts: readonly string[]): Buffer {
  const file = join(dir, `out-${Math.random()}.txt`);
  const fd = openSync(file, 'w');
  try {
    const w = syncWriter(fd);
    for (const t of texts) w.write(t);
  } finally {
    closeSync(fd);
  }
  return readFileSync(file);
}

describe('syncWriter', () => {
  it('writes long texts whole, in order, without splitting a surrogate pair between slices', () => {
    const pair = '\u{1F600}'; // two UTF-16 code units, four bytes
    const texts = [
      `${'a'.repeat(SLICE - 1)}${pair}${'é'.repeat(SLICE)}`, // the pair straddles the first slice's end
      '',
      `${'中'.repeat(3 * SLICE + 7)}\n`,
      'x',
    ];
    expect(written(texts).equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true);
  });

  it('writes a lone surrogate as U+FFFD, as Buffer.from does', () => {
    const texts = ['a\ud800b', `${'z'.repeat(SLICE - 1)}\ud800`];
    expect(written(texts).equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true);
  });
});
