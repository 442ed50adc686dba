/** The file formats pmo-kit reads. */
export type FileFormat = 'portfolio' | 'mspdi' | 'psplib' | 'rcmp';

/**
 * Guesses a file's format from its content (not its name), for `--format auto`: a JSON object is
 * a pmo-kit portfolio, XML with a `<Project>` element MSPDI, text with `PRECEDENCE RELATIONS` and
 * `REQUESTS/DURATIONS` a PSPLIB `.sm` file, and whitespace-separated integers with
 * `project:activity` successors an MPLIB `.rcmp` file. Looks at the content only; it parses
 * nothing, so the reader may still reject the file.
 *
 * Complexity: O(size of the text) at worst; usually only its beginning is read.
 *
 * @param text - the file's content
 * @returns the format, or `undefined` when none fits
 * @example
 * ```ts
 * detectFormat(readFileSync('plan.xml', 'utf8')); // 'mspdi'
 * detectFormat('{"id": "pf", "name": "P", "projects": []}'); // 'portfolio'
 * ```
 */
export function detectFormat(text: string): FileFormat | undefined {
  if (typeof text !== 'string') return undefined;
  const s = text.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('{')) return 'portfolio';
  if (s.startsWith('<')) return /<(?:\w+:)?Project[\s>/]/.test(s.slice(0, 100_000)) ? 'mspdi' : undefined;
  if (/PRECEDENCE RELATIONS/i.test(s) && /REQUESTS\/DURATIONS/i.test(s)) return 'psplib';
  const head = s.slice(0, 4096).split(/\s+/).filter((t) => t !== '');
  if (head.length >= 3 && head.slice(0, 2).every((t) => /^\d+$/.test(t))) {
    const resources = Number(head[1]);
    const numeric = head.slice(2, 2 + resources + 2).every((t) => /^\d+$/.test(t));
    if (numeric && /\b\d+:\d+\b/.test(s.slice(0, 100_000))) return 'rcmp';
  }
  return undefined;
}
