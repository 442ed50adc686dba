/** Mermaid text escaping. Private to pmo-kit/io. */

/**
 * Text safe inside a quoted Mermaid label: letters, digits and a few punctuation marks stay;
 * every other character (quotes, `#`, `;`, `<`, `>`, `&`, brackets, pipes, line breaks, emoji…)
 * becomes a Mermaid entity code `#<code point>;`. `extra` lists more characters to encode (the
 * Gantt syntax reserves `:`).
 */
export function mermaidText(value: string, extra = ''): string {
  let out = '';
  for (const ch of value) {
    const keep = /^[\p{L}\p{M}\p{N} .,:!?()_\-+*/'=@%$]$/u.test(ch) && !extra.includes(ch);
    out += keep ? ch : `#${ch.codePointAt(0)};`;
  }
  return out;
}
