/**
 * What the shard cache saves (issue 10 item 4): a synthetic site of N item pages (default 5,000)
 * indexed as one Pagefind index and as shards — cold, again with nothing changed, and after one
 * page of the newest shard changed. `node packages/search/bench/shards.ts [pages]`.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildShard, indexablePages, indexShards } from '../src/shards.ts';
import { generate, pageHtml } from './synthetic.ts';

const n = Number(process.argv[2] ?? 5000);
const dir = mkdtempSync(join(tmpdir(), 'jiyue-shards-bench-'));
const site = join(dir, 'dist');
const pages = generate(n);
for (const p of pages) {
  mkdirSync(join(site, p.path), { recursive: true });
  writeFileSync(join(site, p.path, 'index.html'), pageHtml(p, '示例市人民政府'));
}
const count = (d: string): number => readdirSync(d).reduce((k, f) => k + (statSync(join(d, f)).isDirectory() ? count(join(d, f)) : 1), 0);
const time = async (label: string, run: () => Promise<unknown>) => {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const out = await run();
  const c = process.cpuUsage(cpu);
  console.log(`${label}: ${((performance.now() - t) / 1000).toFixed(1)} s wall, ${((c.user + c.system) / 1e6).toFixed(1)} s CPU of this process (Pagefind's own process not included)`);
  return out;
};
try {
  await time(`one index, ${n} pages (maxFragments as the shards)`, () => buildShard(indexablePages(site), join(dir, 'single')));
  console.log(`  files: ${count(join(dir, 'single'))}`);
  const cache = join(dir, 'cache');
  const cold = (await time('shards, cold cache', () => indexShards(site, cache))) as { id: string; pages: number }[];
  console.log(`  shards: ${cold.map((s) => `${s.id} (${s.pages})`).join(', ')}; files: ${count(join(site, 'pagefind'))}`);
  await time('shards, nothing changed', () => indexShards(site, cache));
  const newest = pages.filter((p) => p.date.startsWith(cold[0]!.id.slice(0, 4))).sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;
  writeFileSync(join(site, newest.path, 'index.html'), pageHtml({ ...newest, title: `${newest.title}（修订）` }, '示例市人民政府'));
  const edited = (await time('shards, one page of the newest shard changed', () => indexShards(site, cache))) as { id: string; cached: boolean }[];
  console.log(`  re-indexed: ${edited.filter((s) => !s.cached).map((s) => s.id).join(', ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
