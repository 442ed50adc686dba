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

  it('writes bytes (writeBytes) in order with the texts, only the given length, from a buffer reused after', () => {
    const file = join(dir, `out-${Math.random()}.txt`);
    const fd = openSync(file, 'w');
    const reused = Buffer.alloc(3 * SLICE);
    try {
      const w = syncWriter(fd);
      w.write('a');
      reused.write('é\u{1F600}b', 0, 'utf8');
      w.writeBytes(reused, Buffer.byteLength('é\u{1F600}b'));
      reused.fill(0x7a); // reused: what was written stays written
      w.write('中');
      w.writeBytes(reused, 2 * SLICE + 5); // longer than a slice
      w.writeBytes(reused, 0);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file).equals(Buffer.concat([Buffer.from('aé\u{1F600}b中', 'utf8'), Buffer.alloc(2 * SLICE + 5, 0x7a)]))).toBe(true);
  });
});
