/** Access to the third-party reference data for the io tests (read in place, never copied). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `../shared/data/` relative to the repository root. */
export const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

/** Whether a folder of the reference data is present. */
export function hasData(folder: string): boolean {
  const ok = existsSync(DATA + folder);
  if (!ok) console.warn(`[io tests] skipped: reference data ${DATA + folder} is absent`);
  return ok;
}

/** The text of a reference file. */
export function data(path: string): string {
  return readFileSync(DATA + path, 'utf8');
}

/** File names in a folder of the reference data, sorted, filtered by extension. */
export function files(folder: string, ext: string): string[] {
  return existsSync(DATA + folder)
    ? readdirSync(DATA + folder)
        .filter((f) => f.endsWith(ext))
        .sort()
    : [];
}
