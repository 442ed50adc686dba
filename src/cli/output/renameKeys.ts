/** The CLI's JSON keeps its documented field names when the library renames a field. */

/**
 * A shallow copy of `value` whose keys listed in `names` are renamed (`{ startDate: 'start' }`),
 * every key in its place: the library's result printed under the JSON names that docs/cli.md
 * documents, in the same order as before the library renamed them.
 */
export function renameKeys(value: object, names: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[Object.hasOwn(names, k) ? names[k]! : k] = v;
  return out;
}
