// Checks the typedoc JSON model: every exported function (and class method) has a summary,
// @param for each parameter, @returns unless it returns void, and an @example.
// Run after typedoc (npm run docs does both). Exits 1 listing every gap.
import { readFileSync } from 'node:fs';

const KIND_FUNCTION = 64;
const KIND_METHOD = 2048;
const KIND_CONSTRUCTOR = 512;
const api = JSON.parse(readFileSync(new URL('../docs/api/api.json', import.meta.url), 'utf8'));

const problems = [];
const seen = new Set();
function text(parts) {
  return (parts ?? []).map((p) => p.text).join('').trim();
}
function check(node, path) {
  const name = path.concat(node.name).join('.');
  if ((node.kind === KIND_FUNCTION || node.kind === KIND_METHOD) && !node.flags?.isExternal && !node.inheritedFrom) {
    for (const sig of node.signatures ?? []) {
      const key = `${sig.sources?.[0]?.fileName ?? ''}:${name}`;
      if (seen.has(key) || node.inheritedFrom) continue;
      seen.add(key);
      const c = sig.comment;
      if (!c || text(c.summary) === '') {
        problems.push(`${name}: no summary`);
        continue;
      }
      const tags = new Map();
      for (const t of c.blockTags ?? []) tags.set(t.tag, (tags.get(t.tag) ?? 0) + 1);
      if (!tags.has('@example')) problems.push(`${name}: no @example`);
      for (const p of sig.parameters ?? []) if (!p.comment || text(p.comment.summary) === '') problems.push(`${name}: parameter ${p.name} undocumented`);
      const returnsVoid = sig.type?.type === 'intrinsic' && (sig.type.name === 'void' || sig.type.name === 'undefined');
      if (!returnsVoid && !tags.has('@returns')) problems.push(`${name}: no @returns`);
    }
  }
  if (node.kind === KIND_CONSTRUCTOR) return;
  for (const child of node.children ?? []) check(child, node.kind === 1 ? [] : path.concat(node.name));
}
check(api, []);
if (problems.length > 0) {
  console.error(`check-docs: ${problems.length} documentation gap(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-docs: every exported function has a summary, @param, @returns and @example (${seen.size} checked)`);
