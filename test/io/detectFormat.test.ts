import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/io/index.js';

describe('detectFormat', () => {
  it.each([
    ['{"id": "pf"}', 'portfolio'],
    ['\uFEFF  <?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"></Project>', 'mspdi'],
    ['<msp:Project xmlns:msp="x"/>', 'mspdi'],
    ['<html></html>', undefined],
    ['****\nPRECEDENCE RELATIONS:\n...\nREQUESTS/DURATIONS:\n', 'psplib'],
    ['2\n4\n56 56 56 56\n62 0\n1 1 1 1\n0 0 0 0 0 3 1:2 1:3 1:4\n', 'rcmp'],
    ['1 2 3', undefined],
    ['', undefined],
  ])('%j is %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});
