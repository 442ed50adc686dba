import { describe, expect, it } from 'vitest';
import { failure } from '../../src/cli/runSpec.js';
import { PmoError } from '../../src/errors.js';
import { isStringLengthError, joinLines, MAX_STRING_LENGTH } from '../../src/internal/stringLimit.js';

describe('joinLines', () => {
  it('joins with a newline after each line', () => {
    expect(joinLines('f', 'the text', ['a', 'b'])).toBe('a\nb\n');
    expect(joinLines('f', 'the text', [])).toBe('\n');
  });

  it('refuses a text past the longest string before building it, naming the function and the limit', () => {
    // 1,100 references to one 500,000-character line: 550 million characters joined, 0.5 MB held.
    const lines = new Array<string>(1_100).fill('x'.repeat(500_000));
    let err: unknown;
    try {
      joinLines('toDot', 'the DOT text', lines);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PmoError);
    expect((err as PmoError).code).toBe('INVALID_ARGUMENT');
    expect((err as PmoError).message).toBe(
      'toDot: the DOT text would be 550,001,100 characters, longer than the longest string JavaScript holds (536,870,888 characters, 512 MiB): write fewer tasks (one project, or split the portfolio)',
    );
  });

  it('MAX_STRING_LENGTH is the limit of this V8', () => {
    expect(() => 'x'.repeat(MAX_STRING_LENGTH + 1)).toThrow(RangeError);
    let caught: unknown;
    try {
      'x'.repeat(MAX_STRING_LENGTH + 1);
    } catch (e) {
      caught = e;
    }
    expect(isStringLengthError(caught)).toBe(true);
    expect(isStringLengthError(new RangeError('Maximum call stack size exceeded'))).toBe(false);
  });
});

describe('the CLI on an output past the longest string', () => {
  it('exits 2 with the limit, not as an internal error', () => {
    let err = '';
    const code = failure(new RangeError('Invalid string length'), 'export', { out: () => {}, err: (t) => (err += t), readText: () => '' });
    expect(code).toBe(2);
    expect(err).toBe('pmo export: the output would be longer than the longest string JavaScript holds (536,870,888 characters, 512 MiB): give it fewer tasks\n');
  });
});
