import { parsePortfolio } from './src/model/index.js';
import { checkGovernance } from './src/performance/index.js';
import { readFileSync } from 'node:fs';
const p = parsePortfolio(JSON.parse(readFileSync('examples/data/sample-portfolio.json','utf8')));
const r = checkGovernance(p);
console.log(r.statusDate, r.pmoType, r.skipped);
for (const f of r.findings) console.log(f.severity, f.ruleId, f.projectId, f.at, f.message);
