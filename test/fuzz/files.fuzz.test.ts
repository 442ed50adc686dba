/**
 * Hostile files for every reader: valid MS Project XML, PSPLIB, MPLIB, CSV and portfolio JSON
 * with random cuts, insertions, duplications and truncations, and with adversarial pieces spliced
 * in (entity expansion, external entities, DOCTYPEs, CDATA, unbalanced quotes, NUL bytes, lone
 * surrogates, huge numbers, deeply nested JSON). The only acceptable outcomes are a result or a
 * PmoError; no external entity is ever read.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectFormat, readCsv, readCsvDetails, readMspdi, readMspdiDetails, readPsplib, readRcmp } from '../../src/io/index.js';
import { parsePortfolio } from '../../src/model/parse.js';
import { CSV_FILES, MSPDI_TEXT, PSPLIB_TEXT, RCMP_TEXT, SAMPLE_TEXT } from './inputs.js';
import { clean, prototypeSnapshot, runs } from './support.js';

let before = '';
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expect(prototypeSnapshot()).toBe(before);
});

const XML_ATTACKS = [
  '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>',
  '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:1/x.dtd"> %p;]>',
  '&xxe;',
  '&lol4;',
  '&#0;',
  '&#x110000;',
  '<![CDATA[</Name>]]>',
  '<Task>',
  '</Task>',
  '<UID>-1</UID>',
  '<Duration>PT99999999999H0M0S</Duration>',
  '<Start>2025-02-30T08:00:00</Start>',
  '<Start>0000-01-01T00:00:00</Start>',
  '<Name>__proto__</Name>',
  '<OutlineLevel>1000</OutlineLevel>',
  '<PredecessorUID>1</PredecessorUID>',
];
const TEXT_ATTACKS = ['\u0000', '\uD800', '\uFEFF', '"', '""', '\r', '\r\n', ',,,,', ';', '\t', '=cmd|\' /C calc\'!A0', '1e999', '-1', 'NaN', '__proto__', '2025-02-30', '0000-01-01', '9'.repeat(400), 'ü😀', '*'.repeat(72)];
const JSON_ATTACKS = ['[', ']', '{', '}', '"', ',', 'null', '"__proto__"', '{"__proto__":{"polluted":1}}', '1e999', '-0', '"2025-02-30"', '[[[[[[[[[[[[[[[[[[[[', '[]', '{}'];

interface Edit {
  readonly at: number;
  readonly len: number;
  readonly op: 'cut' | 'insert' | 'dup' | 'truncate';
  readonly text: string;
}

function editsArb(attacks: readonly string[]): fc.Arbitrary<Edit[]> {
  const edit = fc.record({
    at: fc.nat(),
    len: fc.nat({ max: 300 }),
    op: fc.constantFrom('cut', 'insert', 'insert', 'dup', 'truncate') as fc.Arbitrary<Edit['op']>,
    text: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...attacks) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) }),
  });
  return fc.array(edit, { minLength: 1, maxLength: 4 });
}

function edit(text: string, es: readonly Edit[]): string {
  let t = text;
  for (const e of es) {
    const at = t.length === 0 ? 0 : e.at % t.length;
    if (e.op === 'cut') t = t.slice(0, at) + t.slice(at + e.len);
    else if (e.op === 'insert') t = t.slice(0, at) + e.text + t.slice(at);
    else if (e.op === 'dup') t = t.slice(0, at + e.len) + t.slice(at, at + e.len) + t.slice(at + e.len);
    else t = t.slice(0, at);
  }
  return t;
}

/** Puts `piece` just after the XML declaration (where a DOCTYPE goes), else at the start. */
function afterDeclaration(xml: string, piece: string): string {
  const i = xml.indexOf('?>');
  return i < 0 ? piece + xml : xml.slice(0, i + 2) + piece + xml.slice(i + 2);
}

describe('damaged files give a result or a PmoError', () => {
  const readers: [string, string, readonly string[], (t: string) => unknown][] = [
    ['readMspdi', MSPDI_TEXT, XML_ATTACKS, (t) => readMspdi(t)],
    ['readMspdiDetails', MSPDI_TEXT, XML_ATTACKS, (t) => readMspdiDetails(t)],
    ['readPsplib', PSPLIB_TEXT, TEXT_ATTACKS, (t) => readPsplib(t)],
    ['readRcmp', RCMP_TEXT, TEXT_ATTACKS, (t) => readRcmp(t)],
    ['parsePortfolio(JSON.parse)', SAMPLE_TEXT, JSON_ATTACKS, (t) => {
      let v: unknown;
      try {
        v = JSON.parse(t);
      } catch {
        return undefined; // not JSON: the CLI reports it; the library never sees it
      }
      return parsePortfolio(v);
    }],
  ];
  for (const [name, text, attacks, read] of readers) {
    it(name, () => {
      fc.assert(
        fc.property(editsArb(attacks), (es) => {
          const t = edit(text, es);
          clean(name, () => read(t));
          clean('detectFormat', () => detectFormat(t));
        }),
        { numRuns: runs(name.startsWith('readMspdi') ? 60 : 100) },
      );
    });
  }

  it('readCsv and readCsvDetails', () => {
    fc.assert(
      fc.property(fc.nat(), editsArb(TEXT_ATTACKS), fc.constantFrom(undefined, ',', ';', '\t'), (which, es, delimiter) => {
        const files = CSV_FILES.map((f, i) => (i === which % CSV_FILES.length ? { ...f, text: edit(f.text, es) } : f));
        const options = delimiter === undefined ? {} : { delimiter };
        clean('readCsv', () => readCsv(files, options as never));
        clean('readCsvDetails', () => readCsvDetails(files, options as never));
      }),
      { numRuns: runs(60) },
    );
  });
});

describe('XML entities: no expansion bomb, no external entity read', () => {
  it('entity definitions and references anywhere in a project file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...XML_ATTACKS.slice(0, 3)), fc.constantFrom('&lol4;', '&xxe;', '&lol;', ''), fc.nat(), (doctype, ref, at) => {
        const xml = afterDeclaration(MSPDI_TEXT, doctype);
        const i = xml.indexOf('<Name>', at % xml.length);
        const t = i < 0 ? xml : `${xml.slice(0, i + 6)}${ref}${xml.slice(i + 6)}`;
        for (const [name, read] of [['readMspdi', readMspdi], ['readMspdiDetails', readMspdiDetails]] as const) {
          let out: unknown;
          clean(name, () => (out = read(t)));
          if (out !== undefined) {
            const text = JSON.stringify(out);
            expect(text).not.toContain('root:');
            expect(text).not.toContain('lollollol');
          }
        }
      }),
      { numRuns: runs(40) },
    );
  });
});

describe('deeply nested JSON', () => {
  it('is a PmoError from every parse function, not a stack overflow', () => {
    for (const depth of [1_000, 10_000, 100_000]) {
      const text = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const obj = `${'{"projects":'.repeat(depth)}[]${'}'.repeat(depth)}`;
      for (const t of [text, obj]) {
        let v: unknown;
        try {
          v = JSON.parse(t);
        } catch {
          continue;
        }
        clean(`parsePortfolio(depth ${depth})`, () => parsePortfolio(v));
      }
    }
  });
});
