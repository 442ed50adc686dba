/** Headers of CSV files: their normal form, the column each names, and the kind of file. Private to pmo-kit/io. */
import { CSV_COLUMNS, CSV_KINDS, type CsvColumn, type CsvKind } from '../csvColumns.js';

/**
 * The normal form of a header: camel case split, `%` read as `percent`, case, punctuation and
 * runs of blanks ignored (`Task_Name`, `TaskName`, ` task name ` -> `task name`; `% Complete` ->
 * `percent complete`; `Max. Units` -> `max units`).
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/%/g, ' percent ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** For each kind, the column each normal header names. */
const BY_HEADER: ReadonlyMap<CsvKind, ReadonlyMap<string, CsvColumn>> = new Map(
  CSV_KINDS.map((kind) => {
    const m = new Map<string, CsvColumn>();
    for (const c of CSV_COLUMNS[kind]) for (const h of [c.name, ...c.aliases]) if (!m.has(normalizeHeader(h))) m.set(normalizeHeader(h), c);
    return [kind, m] as const;
  }),
);

/** The column of `kind` a header names, or `undefined`. */
export function columnOf(kind: CsvKind, header: string): CsvColumn | undefined {
  return BY_HEADER.get(kind)!.get(normalizeHeader(header));
}

/** How many headers name a column of some kind (to choose the delimiter that splits the header best). */
export function knownHeaderCount(headers: readonly string[], kind?: CsvKind): number {
  const kinds = kind === undefined ? CSV_KINDS : [kind];
  return headers.filter((h) => kinds.some((k) => columnOf(k, h) !== undefined)).length;
}

/** The rules that tell a file's kind from its header, in the order they are tried (docs/file-formats.md). */
const RECOGNITION: readonly { readonly kind: CsvKind; readonly test: (keys: ReadonlySet<string>, normal: ReadonlySet<string>) => boolean }[] = [
  { kind: 'dependencies', test: (k) => k.has('from') && k.has('to') },
  { kind: 'tasks', test: (k) => k.has('duration') },
  { kind: 'assignments', test: (k) => k.has('task') && (k.has('resource') || k.has('skill')) },
  { kind: 'risks', test: (k) => k.has('probability') },
  { kind: 'calendars', test: (k) => k.has('workingDays') },
  { kind: 'holidays', test: (k) => k.has('date') },
  {
    kind: 'resources',
    test: (k, n) => k.has('capacity') || k.has('skills') || k.has('costPerHour') || ['resource', 'resource name', 'resource id'].some((h) => n.has(h)),
  },
  { kind: 'projects', test: (k, n) => k.has('start') || ['project', 'project name', 'project id'].some((h) => n.has(h)) },
];

/** The kind a header marks (the first rule that fits), or `undefined`. */
export function recognizeKind(headers: readonly string[]): CsvKind | undefined {
  const normal = new Set(headers.map(normalizeHeader));
  for (const rule of RECOGNITION) {
    const keys = new Set<string>();
    for (const h of headers) {
      const c = columnOf(rule.kind, h);
      if (c !== undefined) keys.add(c.key);
    }
    if (rule.test(keys, normal)) return rule.kind;
  }
  return undefined;
}
