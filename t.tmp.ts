import { cpmArrays } from './src/schedule/index.js';
Error.stackTraceLimit = 100000;
let v: unknown = []; for (let i = 0; i < 20000; i++) v = [v];
const base = () => ({ duration: [2, 3, 0], from: [0, 1], to: [1, 2], type: [1, 0], lag: [1, 0] });
for (const k of ['duration','from','to','type','lag']) for (const idx of [0,1]) {
  const a: any = base(); a[k][idx] = v;
  try { cpmArrays(a); } catch (e: any) { if (e instanceof RangeError) console.log(k, idx, e.stack.split('\n').filter((l: string) => l.includes('/src/')).slice(0,3).join('\n')); }
}
for (const k of ['duration','from','to','type','lag']) { const a: any = base(); a[k] = v; try { cpmArrays(a); } catch (e: any) { if (e instanceof RangeError) console.log('whole', k, e.stack.split('\n').filter((l: string) => l.includes('/src/')).slice(0,3).join('\n')); } }
try { cpmArrays(base(), {criticalThreshold: v} as any) } catch (e: any) { if (e instanceof RangeError) console.log('opt', e.stack.split('\n').filter((l: string) => l.includes('/src/')).slice(0,3).join('\n')); }
