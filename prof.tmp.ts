import { readFileSync } from 'node:fs';
import { safeParsePortfolio } from './src/model/parse.js';
const input = JSON.parse(readFileSync('/tmp/net200k.json', 'utf8'));
for (let i = 0; i < 3; i++) { const c0 = process.cpuUsage(); const t0 = performance.now(); const r = safeParsePortfolio(input); const c = process.cpuUsage(c0); console.log(r.success, (performance.now() - t0).toFixed(0), 'ms wall', ((c.user + c.system) / 1000).toFixed(0), 'ms cpu'); }
