// npm run weigh: page weights of the built site (dist/), against the budgets, written to bench/PAGE-WEIGHTS.md.
// Budgets: an explainer page < 100 KB gzipped with < 20 KB of JavaScript; an embed page < 30 KB.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pageWeight } from '../src/perf/page-weight.ts';

const root = path.resolve(import.meta.dirname, '..');
const siteDir = path.join(root, process.argv[2] ?? 'dist');
const list = (dir: string) => (fs.existsSync(path.join(siteDir, dir)) ? fs.readdirSync(path.join(siteDir, dir)) : []);
const pages = [
  { path: '/', budget: 100_000, scriptBudget: 20_000 },
  ...['/about/', '/search/', '/figures/', '/people/']
    .filter((page) => fs.existsSync(path.join(siteDir, page, 'index.html')))
    .map((page) => ({ path: page, budget: 100_000, scriptBudget: 20_000 })),
  ...list('explainers').map((slug) => ({ path: `/explainers/${slug}/`, budget: 100_000, scriptBudget: 20_000 })),
  ...list('embed').flatMap((slug) =>
    list(`embed/${slug}`)
      .filter((chart) => fs.existsSync(path.join(siteDir, 'embed', slug, chart, 'index.html')))
      .map((chart) => ({ path: `/embed/${slug}/${chart}/`, budget: 30_000, scriptBudget: 30_000 })),
  ),
];
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const rows = pages.map(({ path: page, budget, scriptBudget }) => {
  const w = pageWeight(siteDir, page);
  const ok = w.totalGzip < budget && w.scriptGzip < scriptBudget;
  return { ...w, budget, ok };
});
const table = [
  '| page | files | total gzip (KB) | JavaScript gzip (KB) | budget (KB) | within |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) => `| \`${r.page}\` | ${r.files} | ${kb(r.totalGzip)} | ${kb(r.scriptGzip)} | ${kb(r.budget)} | ${r.ok ? 'yes' : '**no**'} |`,
  ),
].join('\n');
// The optional host script pasted with embed codes must stay tiny: under 2 KB as served.
const hostScript = path.join(siteDir, 'embed.js');
const hostBytes = fs.existsSync(hostScript) ? fs.statSync(hostScript).size : 0;
const hostLine = `Host script \`/embed.js\`: ${hostBytes} bytes (budget 2,048): ${hostBytes < 2048 ? 'within' : '**over**'}.`;
console.log(`${table}\n\n${hostLine}`);
fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
fs.writeFileSync(
  path.join(root, 'bench', 'PAGE-WEIGHTS.md'),
  `# Page weights\n\nMeasured by \`npm run weigh\` on ${new Date().toISOString().slice(0, 10)} (node ${process.version}, ${os.cpus().length} cores): each page's HTML plus every same-site file it loads, gzipped at level 9. Explainer, home and about pages: under 100 KB with under 20 KB of JavaScript; embed pages: under 30 KB.\n\n${table}\n\n${hostLine}\n`,
);
process.exitCode = rows.every((r) => r.ok) && hostBytes < 2048 ? 0 : 1;
