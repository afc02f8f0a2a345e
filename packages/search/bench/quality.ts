/**
 * pnpm search:quality — how well search finds what citizens mean.
 *
 * 1. Recall@10 and precision@10 per query kind (quality-suite.ts): the demo city plus the seed
 *    regulations, one item per article, each query typed into the city portal's real search
 *    page in Chromium (run `pnpm build` first).
 * 2. Bytes transferred for a first and a follow-up query on a synthetic 10,000-page site, and the
 *    index size per 1,000 pages (synthetic.ts).
 *
 *   pnpm search:quality [--skip-synthetic] [--pages 10000] [--pad 5000] [--verbose]
 *
 * --pad N adds N generated pages to the quality corpus (the same queries on a 5,000+ item site).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { kb } from './browser.ts';
import { KINDS, measureQuality } from './quality-suite.ts';
import { syntheticBenchmark } from './synthetic.ts';

const root = new URL('../../../', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: { 'skip-synthetic': { type: 'boolean' }, pages: { type: 'string', default: '10000' }, pad: { type: 'string', default: '0' }, verbose: { type: 'boolean' } },
});

async function quality() {
  const report = await measureQuality(root, join(tmpdir(), 'jiyue-search-quality'), Number(args.pad));
  console.log(`Corpus: ${report.items} items (${report.seedItems} articles of the seed regulations), one site, the city portal's search page.`);
  for (const r of report.results) {
    console.log(`  ${r.kind.padEnd(11)} ${r.q.padEnd(22)} relevant ${String(r.relevant).padStart(3)}  found@10 ${String(r.hits).padStart(2)}/${String(r.listed).padEnd(2)}  R ${r.recall.toFixed(2)}  P ${r.precision.toFixed(2)}${r.literal ? `  literal ${r.literal.pages} first ${r.literal.first.toFixed(2)}` : ''}`);
    if (args.verbose) for (const t of r.top) console.log(`      ${t.relevant ? '✓' : '✗'} ${t.id}`);
  }
  console.log('\nkind         queries  recall@10  precision@10  no result  literal-first@10');
  for (const kind of KINDS) {
    const s = report.kinds[kind];
    console.log(`${kind.padEnd(12)} ${String(s.queries).padStart(7)}  ${s.recall.toFixed(3).padStart(9)}  ${s.precision.toFixed(3).padStart(12)}  ${String(s.none).padStart(9)}  ${s.literalFirst === undefined ? '' : s.literalFirst.toFixed(3).padStart(16)}`);
  }
  if (report.pageErrors.length) console.log(`page errors: ${report.pageErrors.join('; ')}`);
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
