import { parsePortfolio } from './src/model/index.js';
import { portfolioKpis } from './src/performance/portfolioKpis.js';
import { schedulePortfolio } from './src/schedule/index.js';
import { overallocations, resourceLoading } from './src/resources/index.js';
import { readFileSync } from 'node:fs';
const p = parsePortfolio(JSON.parse(readFileSync('examples/data/sample-portfolio.json','utf8')));
const plan = schedulePortfolio(p);
const r = portfolioKpis(p, { overallocations: overallocations(p, plan, { by: 'day' }), resourceLoading: resourceLoading(p, plan) });
for (const k of r.kpis) console.log(k.id, k.value, k.count, k.reason, JSON.stringify(k.breakdown.program), k.distribution ?? '', k.ratings ?? '');
