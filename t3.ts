import { parsePortfolio } from './src/model/index.js';
import { healthScore } from './src/performance/healthScore.js';
import { schedulePortfolio } from './src/schedule/index.js';
import { overallocations } from './src/resources/index.js';
import { readFileSync } from 'node:fs';
const p = parsePortfolio(JSON.parse(readFileSync('examples/data/sample-portfolio.json','utf8')));
const over = overallocations(p, schedulePortfolio(p), { by: 'day' });
console.time('h');
const h = healthScore(p, { overallocations: over, previousStatusDate: '2026-03-31' });
console.timeEnd('h');
for (const x of h.projects) { console.log(x.id, x.score, x.rating, x.drivers.map(d=>`${d.indicator}=${d.value}:${d.contribution}`).join(' '), '| absent', x.absent.map(a=>a.indicator+': '+a.reason).join('; ')); console.log('   trend', JSON.stringify(x.trend)); }
console.log(h.portfolio, h.unscored);
