import { builtPages, isToolPage, pageCost } from '/work/main/tests/site/builtSite.ts';
const rows = builtPages().filter(isToolPage).map((p) => [p.path, (pageCost(p).jsBytes / 1024).toFixed(1)]);
for (const r of rows) console.log(r.join('  '));
