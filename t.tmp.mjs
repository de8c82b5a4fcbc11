import { providerRecords } from './dist/index.js';
for (let k = 0; k < 2; k++) {
  const t = performance.now(); let n = 0;
  for (const r of providerRecords({ seed: k, people: 10000, asOf: '2026-11-01' })) { n++; }
  console.log('dist', n, (performance.now() - t).toFixed(0), 'ms');
}
