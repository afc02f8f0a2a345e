/**
 * pnpm search:quality — how well the city portal's search finds what citizens mean.
 *
 * 1. Recall@10 and precision@10 per query kind (exact, pinyin, initials, traditional, synonym)
 *    over the built demo city (run `pnpm build` first), each query typed into the real search
 *    page of the city portal in Chromium, which searches the portal and every site below it.
 *    A page is relevant when its indexed content contains one of the query's `about` phrases
 *    (queries.yaml). recall@10 = relevant in the top 10 / min(relevant, 10);
 *    precision@10 = relevant in the top 10 / results in the top 10.
 * 2. Bytes transferred for a first and a follow-up query on a synthetic 10,000-page site, and the
 *    index size per 1,000 pages (synthetic.ts).
 *
 *   pnpm search:quality [--skip-synthetic] [--pages 10000] [--verbose]
 */
import { appSites, distDir } from '@jiyue/content';
import { load } from 'cheerio';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { startServers } from '../../../scripts/serve.ts';
import { EXCLUDE_SELECTORS } from '../src/shards.ts';
import { launchChromium } from '../../../test/helpers/browser.ts';
import { kb, searchOnPage } from './browser.ts';
import { syntheticBenchmark } from './synthetic.ts';

const root = new URL('../../../', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: { 'skip-synthetic': { type: 'boolean' }, pages: { type: 'string', default: '10000' }, verbose: { type: 'boolean' } },
});

type Kind = 'exact' | 'pinyin' | 'initials' | 'traditional' | 'synonym';
const queries = parse(readFileSync(new URL('./queries.yaml', import.meta.url), 'utf8')) as Record<Kind, { q: string; about: string[] }[]>;

/** Item id → indexed text (title and body, without the furniture the index leaves out), over every site. */
function itemTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const site of appSites(root)) {
    const dist = distDir(root, site);
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`找不到 ${dist}：请先运行 pnpm build。`);
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('index.html')) continue;
      const html = readFileSync(join(dist, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const $ = load(html);
      const main = $('main[data-pagefind-body]');
      main.find(EXCLUDE_SELECTORS.join(',')).remove();
      const id = file.split('/').slice(-2)[0]!;
      if (!texts.has(id)) texts.set(id, main.text().replace(/\s+/g, ''));
    }
  }
  return texts;
}

const idOf = (url: string) => new URL(url).pathname.split('/').filter(Boolean).pop()!;

async function quality() {
  const texts = itemTexts();
  const servers = await startServers(root, 43000 + Math.floor(Math.random() * 10000));
  const browser = await launchChromium();
  const city = servers.sites.find((s) => s.id === 'city')!;
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${city.port}/search/`);
  const rows: string[] = [];
  const summary: Record<string, { recall: number; precision: number; n: number; none: number }> = {};
  try {
    for (const kind of Object.keys(queries) as Kind[]) {
      let recall = 0;
      let precision = 0;
      let none = 0;
      for (const { q, about } of queries[kind]) {
        const relevant = new Set([...texts].filter(([, t]) => about.some((a) => t.includes(a))).map(([id]) => id));
        const { urls } = await searchOnPage(page, q);
        const top = urls.slice(0, 10).map(idOf);
        const hits = top.filter((id) => relevant.has(id)).length;
        const r = relevant.size ? hits / Math.min(relevant.size, 10) : 1;
        const p = top.length ? hits / top.length : 0;
        if (!top.length) none++;
        recall += r;
        precision += p;
        rows.push(`  ${kind.padEnd(11)} ${q.padEnd(18)} relevant ${String(relevant.size).padStart(3)}  found@10 ${String(hits).padStart(2)}/${String(top.length).padEnd(2)}  R ${r.toFixed(2)}  P ${p.toFixed(2)}`);
        if (args.verbose) for (const id of top) rows.push(`      ${relevant.has(id) ? '✓' : '✗'} ${id}`);
      }
      const n = queries[kind].length;
      summary[kind] = { recall: recall / n, precision: precision / n, n, none };
    }
  } finally {
    await browser.close();
    await servers.stop();
  }
  console.log('Queries (city portal, searching the portal and the 4 sites below it):');
  console.log(rows.join('\n'));
  console.log('\nkind         queries  recall@10  precision@10  no result');
  const targets: Record<Kind, number> = { exact: 0.95, traditional: 0.95, pinyin: 0.9, synonym: 0.9, initials: 0 };
  for (const [kind, s] of Object.entries(summary)) {
    const target = targets[kind as Kind];
    const verdict = target ? (s.recall >= target ? `≥ ${target} ✓` : `< ${target} ✗`) : '';
    console.log(`${kind.padEnd(12)} ${String(s.n).padStart(7)}  ${s.recall.toFixed(3).padStart(9)}  ${s.precision.toFixed(3).padStart(12)}  ${String(s.none).padStart(9)}  ${verdict}`);
  }
  if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
}

await quality();
if (!args['skip-synthetic']) {
  const r = await syntheticBenchmark(Number(args.pages));
  console.log(`\nSynthetic site: ${r.pages} pages (indexing ${r.indexSeconds.toFixed(1)} s)`);
  const per = (b: number) => kb(b / (r.pages / 1000));
  console.log(`  index size: ${kb(r.indexBytes)} in ${r.indexFiles} files = ${per(r.indexBytes)} per 1,000 pages`);
  console.log(`    words ${per(r.breakdown.words)}, page fragments (excerpts) ${per(r.breakdown.fragments)}, metadata ${per(r.breakdown.meta)}, filters ${per(r.breakdown.filters)} per 1,000 pages`);
  console.log(`  vocabulary: ${r.terms} terms, ${kb(r.vocabularyBytes)} (${kb(r.vocabularyGzip)} gzip)`);
  console.log(`  search page itself (HTML, CSS, JS): ${kb(r.pageLoad.total)}`);
  for (const q of r.queries) {
    console.log(`  ${q.label} “${q.q}”: ${kb(q.total)} transferred in ${q.requests} requests → ${q.status}${q.label === 'first query' ? (q.total <= 200 * 1024 ? '  (≤ 200 KB ✓)' : '  (> 200 KB ✗)') : ''}`);
    // Where the bytes go, by kind of file.
    const groups = new Map<string, number>();
    for (const row of q.rows) {
      const path = new URL(row.url).pathname;
      const kind = path.match(/\.(pf_\w+)$/)?.[1] ?? path.split('/').pop()!;
      groups.set(kind, (groups.get(kind) ?? 0) + row.bytes);
    }
    console.log(`      ${[...groups].map(([k, b]) => `${k} ${kb(b)}`).join(', ')}`);
  }
}
