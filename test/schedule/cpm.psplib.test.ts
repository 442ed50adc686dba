import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cpm } from '../../src/schedule/index.js';
import type { CpmNetwork } from '../../src/schedule/index.js';
import { present } from '../helpers.js';

const DATA = fileURLToPath(new URL('../../../shared/data/psplib/', import.meta.url));
const SETS = ['j30', 'j120'];

/**
 * A tiny PSPLIB .sm reader for this test (single-mode files): the network (jobs, durations,
 * finish-to-start successors) and the MPM-Time. The library's own reader lives in pmo-kit/io.
 */
function readSm(text: string): { network: CpmNetwork; mpmTime: number } {
  const lines = text.split(/\r?\n/);
  const at = (label: string) => lines.findIndex((l) => l.startsWith(label));
  const info = lines[at('PROJECT INFORMATION') + 2]!.trim().split(/\s+/).map(Number);
  const mpmTime = info[info.length - 1]!;
  const links: { from: string; to: string }[] = [];
  for (let i = at('PRECEDENCE RELATIONS') + 2; !lines[i]!.startsWith('*'); i++) {
    const [job, , count, ...succ] = lines[i]!.trim().split(/\s+/);
    expect(succ.length).toBe(Number(count));
    for (const s of succ) links.push({ from: job!, to: s });
  }
  const tasks: { id: string; duration: number }[] = [];
  for (let i = at('REQUESTS/DURATIONS') + 3; !lines[i]!.startsWith('*'); i++) {
    const [job, , duration] = lines[i]!.trim().split(/\s+/);
    tasks.push({ id: job!, duration: Number(duration) });
  }
  return { network: { tasks, links }, mpmTime };
}

describe.skipIf(!present(DATA))('PSPLIB: the critical path length equals the MPM-Time of every instance', () => {
  for (const set of SETS) {
    const dir = join(DATA, set);
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.sm')).sort() : [];
    it(`${set}: ${files.length} instances`, () => {
      expect(files.length).toBeGreaterThan(0);
      const wrong: string[] = [];
      for (const f of files) {
        const { network, mpmTime } = readSm(readFileSync(join(dir, f), 'utf8'));
        const r = cpm(network);
        if (r.duration !== mpmTime) wrong.push(`${f}: ${r.duration} != ${mpmTime}`);
        // The source and the sink (jobs 1 and N) are on every critical path.
        for (const path of r.criticalPaths) {
          expect(path[0]).toBe('1');
          expect(path[path.length - 1]).toBe(String(network.tasks.length));
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
