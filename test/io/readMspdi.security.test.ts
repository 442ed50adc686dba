/**
 * Hostile and broken MSPDI input: entity bombs, external entities, malformed XML, documents that
 * are not MSPDI, bad values. Each must end in a clean PmoError PARSE naming the problem.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { readMspdi, readMspdiDetails } from '../../src/io/index.js';

/** Runs `f`, expects a PmoError PARSE, returns it. */
function parseError(f: () => unknown): PmoError {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(PmoError);
    expect((err as PmoError).code).toBe('PARSE');
    return err as PmoError;
  }
  throw new Error('expected a PmoError PARSE');
}

const minimal = (body: string) =>
  `<Project xmlns="http://schemas.microsoft.com/project"><Name>x</Name><StartDate>2026-01-05T08:00:00</StartDate><Tasks><Task><UID>1</UID><Name>${body}</Name></Task></Tasks></Project>`;

describe('entity declarations are never expanded', () => {
  it('refuses a billion-laughs bomb quickly, without expanding it', () => {
    const levels = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i <= 12; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE Project [\n${levels.join('\n')}\n]>\n${minimal('&lol12;')}`;
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const err = parseError(() => readMspdi(xml));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
    expect(err.message).toMatch(/^readMspdi: refused: the document contains a DOCTYPE with ENTITY declarations/);
    expect(err.message).toContain('line 2, column 1');
    expect(err.message).not.toContain('lol');
  });

  describe('external entities', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmo-kit-xxe-'));
    const secretFile = join(dir, 'secret.txt');
    const SECRET = 'TOP-SECRET-7f3a9c';
    writeFileSync(secretFile, SECRET);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const variants: [string, string][] = [
      ['SYSTEM file URL', `<!DOCTYPE Project [<!ENTITY xxe SYSTEM "${pathToFileURL(secretFile).href}">]>${minimal('&xxe;')}`],
      ['SYSTEM path', `<!DOCTYPE Project [<!ENTITY xxe SYSTEM "${secretFile}">]>${minimal('&xxe;')}`],
      ['PUBLIC', `<!DOCTYPE Project [<!ENTITY xxe PUBLIC "-//x//EN" "${pathToFileURL(secretFile).href}">]>${minimal('&xxe;')}`],
      ['parameter entity', `<!DOCTYPE Project [<!ENTITY % p SYSTEM "${pathToFileURL(secretFile).href}"> %p;]>${minimal('x')}`],
      ['external DTD', `<!DOCTYPE Project SYSTEM "${pathToFileURL(secretFile).href}">${minimal('x')}`],
      ['lower-case doctype', `<!doctype Project [<!ENTITY xxe SYSTEM "${secretFile}">]>${minimal('&xxe;')}`],
      ['DOCTYPE inside the root', minimal('x').replace('<Tasks>', `<!DOCTYPE Project [<!ENTITY xxe SYSTEM "${secretFile}">]><Tasks>`)],
    ];
    it.each(variants)('%s: refused, and the secret appears nowhere', (_name, xml) => {
      const err = parseError(() => readMspdiDetails(xml));
      expect(err.message).toMatch(/refused: the document contains a DOCTYPE/);
      expect(JSON.stringify({ message: err.message, stack: err.stack, cause: String(err.cause) })).not.toContain(SECRET);
    });
  });

  it('refuses a DOCTYPE without entities too (MSPDI never has one)', () => {
    const err = parseError(() => readMspdi(`<!DOCTYPE Project>${minimal('x')}`));
    expect(err.message).toContain('a DOCTYPE declaration');
  });

  it('leaves an undeclared entity reference as text', () => {
    expect(readMspdi(minimal('a &foo; b')).projects[0]!.tasks[0]!.name).toBe('a &foo; b');
  });
});

describe('malformed and foreign input', () => {
  it.each([
    ['unclosed element', '<Project><Name>x</Project>', /malformed XML at line 1, column \d+/],
    ['mismatched tags', '<Project><Tasks></Task></Project>', /malformed XML at line 1/],
    ['not XML at all', 'hello world', /malformed XML|not an MSPDI document/],
    ['two roots', '<Project></Project><Project></Project>', /malformed XML/],
    ['empty string', '', /the document is empty/],
    ['blank', '   \n ', /the document is empty/],
  ])('%s', (_name, xml, message) => {
    expect(parseError(() => readMspdi(xml)).message).toMatch(message);
  });

  it('names the line of a malformed document', () => {
    const xml = '<Project>\n<Name>x</Name>\n<Tasks>\n<Task><UID>1</Task>\n</Tasks></Project>';
    expect(parseError(() => readMspdi(xml)).message).toMatch(/line 4/);
  });

  it('rejects XML that is not MSPDI, naming the root element', () => {
    expect(parseError(() => readMspdi('<html><body/></html>')).message).toBe(
      'readMspdi: not an MSPDI document: the root element is <html>, expected <Project> (namespace http://schemas.microsoft.com/project)',
    );
    expect(parseError(() => readMspdi('<Project><Foo/></Project>')).message).toMatch(/not an MSPDI document: <Project> has no <StartDate>/);
  });

  it.each([
    '<Project xmlns="http://schemas.microsoft.com/project"/>',
    '<Project xmlns="http://schemas.microsoft.com/project"></Project>',
    '<?xml version="1.0"?>\n<Project xmlns="http://schemas.microsoft.com/project">\n  text\n</Project>',
  ])('says an empty <Project> is empty, not that <Project> was expected (%s)', (xml) => {
    const message = parseError(() => readMspdi(xml)).message;
    expect(message).toBe('readMspdi: not an MSPDI document: <Project> is empty (it has no <StartDate>, <Calendars> or <Tasks>)');
    expect(message).not.toMatch(/expected <Project>/);
  });

  it('rejects a non-string', () => {
    expect(parseError(() => readMspdi(42 as unknown as string)).message).toMatch(/expected the XML document as a string, got number/);
    expect(parseError(() => readMspdi(null as unknown as string)).message).toMatch(/got null/);
  });

  it.each([
    ['a UID that is not a number', '<Task><UID>x</UID><Name>a</Name></Task>', /a <Task>: <UID> must be an integer, got "x"/],
    ['a bad duration', '<Task><UID>1</UID><Duration>8 hours</Duration></Task>', /task UID 1: <Duration>: not an ISO 8601 duration: "8 hours"/],
    ['a duration in months', '<Task><UID>1</UID><Duration>P1M</Duration></Task>', /task UID 1: <Duration>: years and months are ambiguous/],
    ['a bad date', '<Task><UID>1</UID><ActualStart>2026-02-30T08:00:00</ActualStart></Task>', /task UID 1: <ActualStart> must be a date-time/],
    ['a bad link type', '<Task><UID>1</UID></Task><Task><UID>2</UID><Name>b</Name><PredecessorLink><PredecessorUID>1</PredecessorUID><Type>9</Type></PredecessorLink></Task>', /task UID 2: <PredecessorLink><Type> must be 0..3, got 9/],
    ['a bad constraint', '<Task><UID>1</UID><Name>a</Name><ConstraintType>12</ConstraintType></Task>', /task UID 1: <ConstraintType> must be 0..7/],
    ['a duplicate UID', '<Task><UID>1</UID><Name>a</Name></Task><Task><UID>1</UID><Name>b</Name></Task>', /task UID 1: the UID appears twice/],
    ['a bad boolean', '<Task><UID>1</UID><Name>a</Name><Milestone>yes</Milestone></Task>', /task UID 1: <Milestone> must be 0 or 1/],
    ['a percentage over 100', '<Task><UID>1</UID><Name>a</Name><PercentComplete>150</PercentComplete></Task>', /does not form a valid portfolio[\s\S]*percentComplete/],
  ])('rejects %s, naming the task and the element', (_name, tasks, message) => {
    const xml = `<Project><StartDate>2026-01-05T08:00:00</StartDate><Tasks>${tasks}</Tasks></Project>`;
    expect(parseError(() => readMspdi(xml)).message).toMatch(message);
  });

  it('rejects zero minutes per day', () => {
    expect(parseError(() => readMspdi('<Project><StartDate>2026-01-05T08:00:00</StartDate><MinutesPerDay>0</MinutesPerDay></Project>')).message).toMatch(
      /the project: <MinutesPerDay> must be positive/,
    );
  });

  it('rejects a project without any date', () => {
    expect(parseError(() => readMspdi('<Project><Tasks><Task><UID>1</UID><Name>a</Name></Task></Tasks></Project>')).message).toMatch(
      /no <StartDate>, and no task has a <Start>/,
    );
  });
});
