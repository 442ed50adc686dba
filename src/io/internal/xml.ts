/**
 * Safe XML reading and writing on fast-xml-parser. Private to pmo-kit/io.
 *
 * Reading: documents with a document type declaration are refused before any parsing, so that no
 * DOCTYPE-declared entity is ever expanded and no external entity is ever resolved (fast-xml-parser
 * would expand internal entities itself). The five XML entities and numeric character references
 * are decoded; the document is checked for well-formedness by fast-xml-parser's validator first
 * (its parser alone is lenient).
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { PmoError } from '../../errors.js';

/** A parsed element: child element names to values (string, element, or array of them). */
export type XmlNode = { readonly [name: string]: unknown };

/** Where a DOCTYPE or ENTITY declaration starts, or -1. Case-insensitive, anywhere in the text. */
function findDeclaration(text: string, what: 'DOCTYPE' | 'ENTITY'): number {
  const re = what === 'DOCTYPE' ? /<!\s*DOCTYPE/i : /<!\s*ENTITY/i;
  const m = re.exec(text);
  return m ? m.index : -1;
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/**
 * Parses `xml` into plain objects. Every value is a string (no number guessing), whitespace is
 * kept, namespace prefixes are removed, and elements whose (local) name is in `arrays` (e.g.
 * `Task`) are always arrays.
 *
 * @throws PmoError PARSE for a non-string, a DOCTYPE/ENTITY declaration or malformed XML
 */
export function parseXml(fn: string, xml: unknown, arrays: ReadonlySet<string>): XmlNode {
  if (typeof xml !== 'string') {
    throw new PmoError('PARSE', `${fn}: expected the XML document as a string, got ${xml === null ? 'null' : typeof xml}`);
  }
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  if (text.trim() === '') throw new PmoError('PARSE', `${fn}: the document is empty`);
  const doctype = findDeclaration(text, 'DOCTYPE');
  const entity = findDeclaration(text, 'ENTITY');
  if (doctype !== -1 || entity !== -1) {
    const at = lineColumn(text, doctype !== -1 ? doctype : entity);
    const what =
      entity !== -1
        ? 'a DOCTYPE with ENTITY declarations (entities are never expanded and external entities never resolved)'
        : 'a DOCTYPE declaration (not allowed: DOCTYPE-declared entities are never expanded)';
    throw new PmoError('PARSE', `${fn}: refused: the document contains ${what} at line ${at.line}, column ${at.column}`);
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    const { msg, line, col } = valid.err as { msg: string; line?: number; col?: number };
    const at = typeof line === 'number' ? ` at line ${line}${typeof col === 'number' ? `, column ${col}` : ''}` : '';
    throw new PmoError('PARSE', `${fn}: malformed XML${at}: ${msg}`);
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    // Decodes numeric character references (&#13;) as XML requires; named HTML entities too.
    htmlEntities: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    commentPropName: false,
    // Element names only: building each element's path string would cost a third of the parse.
    jPath: false,
    isArray: (name: string) => arrays.has(name),
  });
  try {
    const out: unknown = parser.parse(text);
    if (typeof out !== 'object' || out === null) throw new Error('no element');
    return out as XmlNode;
  } catch (err) {
    if (err instanceof PmoError) throw err;
    throw new PmoError('PARSE', `${fn}: malformed XML: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

/** Whether a code point may appear in an XML 1.0 document. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/**
 * Escapes text for element content: `&`, `<`, `>` and carriage returns (as `&#13;`, which
 * survives line-end normalization). Throws INVALID_ARGUMENT for characters XML 1.0 cannot carry.
 */
export function escapeXmlText(fn: string, value: string, what: () => string): string {
  let out = '';
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    if (!isXmlChar(cp) || (cp >= 0xd800 && cp <= 0xdfff)) {
      throw new PmoError(
        'INVALID_ARGUMENT',
        `${fn}: ${what()} contains the character U+${cp.toString(16).toUpperCase().padStart(4, '0')}, which XML 1.0 cannot represent`,
      );
    }
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '\r') out += '&#13;';
    else out += ch;
  }
  return out;
}

/**
 * Builds an XML document from plain objects whose string leaves are already escaped with
 * {@link escapeXmlText} (numbers are written as they are). Arrays repeat the element; keys
 * starting with `@_` are attributes (constants only).
 */
export function buildXml(root: Record<string, unknown>): string {
  const builder = new XMLBuilder({
    format: true,
    indentBy: '  ',
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    suppressEmptyNode: false,
    processEntities: false,
  });
  const body = builder.build(root) as string;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
}
