/**
 * A site's Pagefind index as stable shards (issue 10 item 4): Pagefind has no incremental mode
 * and its cost per page grows with the index, so each site's item pages are split by date into
 * shards that rarely change — one per year, and one per quarter for the newest year once it is
 * large; a small site is one shard — and each
 * shard is cached under a key of exactly what it indexes. A shard whose pages did not change is
 * copied from the cache, not re-indexed. The search page merges the shards as it merges the sites
 * below a portal (mergeIndex), so results, filters, counts and date order are those of one index.
 *
 *   dist/pagefind/            the newest shard + Pagefind's runtime (pagefind.js, worker, WebAssembly)
 *   dist/pagefind/<shard>/    every older shard: index, filters, fragments, metadata only
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SORT } from './client/names.ts';

/** Text Pagefind must not index (see docs/search.md, "What is indexed"). */
export const EXCLUDE_SELECTORS = ['[hidden]', '.article-meta', '.item__tools'];
/** Bump when the way shards are built changes, so old cache entries are never served. */
const SHARD_FORMAT = 1;
/** About this many pages share one fragment file (Pagefind's maxFragments): fewer output files. */
const PAGES_PER_FRAGMENT_FILE = 2;
/**
 * Pagefind's word-index chunk size (its PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE; Pagefind is pinned).
 * A query fetches the whole chunk holding each of its words, from every index searched: with
 * Pagefind's default a chunk is 25–32 KB (gzip) and a portal's first query fetched 2–3 of them
 * from each of five sites; at 2000 a chunk is 2.5–4 KB and the list of chunks in each index's
 * metadata grows by about 15 bytes a chunk. Measured in docs/search.md ("Light first search").
 */
export const INDEX_CHUNK_SIZE = 1000;
/** What a shard other than the newest does not need: the runtime comes from /pagefind/ itself. */
const RUNTIME_ONLY = /^(pagefind(-worker|-highlight)?\.js|wasm\..*\.pagefind)$/;
/** Pagefind's own UI bundles: the search page has its own, so they are never shipped. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui)\.(js|css)$/;

export interface IndexablePage {
  /** The page's URL path, e.g. /zwgk/a/. */
  url: string;
  /** What Pagefind reads: the page's <html> start tag and its <main data-pagefind-body> element. */
  html: string;
  /** Publication date (the date sort key), "YYYY-MM-DD HH:mm". */
  date: string;
}

export interface ShardInfo {
  /** "2023", "2025q4"…; the newest shard is written at the index root. */
  id: string;
  /** Where the shard is, relative to /pagefind/: "" for the newest, else "<id>/". */
  path: string;
  pages: number;
  /** Content key the shard was cached under. */
  key: string;
  /** True when the shard was copied from the cache instead of being indexed. */
  cached: boolean;
}

const BODY = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>[\s\S]*<\/main>/;
const HTML_TAG = /<html\b[^>]*>/;
const SORT_DATE = new RegExp(`data-pagefind-sort="${SORT.date}"[^>]*>([^<]+)<`);

/** The item pages of a built site (those with a data-pagefind-body), reduced to what Pagefind reads. */
export function indexablePages(outDir: string): IndexablePage[] {
  const pages: IndexablePage[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (path !== join(outDir, 'pagefind')) walk(path);
        continue;
      }
      if (!name.endsWith('.html')) continue;
      const text = readFileSync(path, 'utf8');
      const body = BODY.exec(text);
      if (!body) continue;
      const rel = relative(outDir, path).split(sep).join('/');
      const url = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
      pages.push({ url, html: `${HTML_TAG.exec(text)?.[0] ?? '<html>'}<body>${body[0]}</body></html>`, date: SORT_DATE.exec(body[0])?.[1] ?? '' });
    }
  };
  walk(outDir);
  return pages;
}

/** The newest year is split by quarter once it has this many pages (a small shard for new items). */
export const QUARTERS_FROM = 400;
/**
 * Any year with more pages than this is split by quarter, and such a quarter by month: an edit
 * re-indexes one shard, and a portal's index (its pages and those of the sites below it) grows
 * with the whole city. Each shard costs a query its metadata and a chunk per word, so not smaller.
 */
export const MAX_SHARD_PAGES = 1500;

/**
 * A site with fewer item pages than this is one shard: each shard's word index is fetched per
 * query, and a small site indexes in well under a second anyway (measured: docs/search.md).
 */
export const SHARDS_FROM = 1000;

const groupBy = (pages: IndexablePage[], key: (p: IndexablePage) => string) => {
  const groups = new Map<string, IndexablePage[]>();
  for (const p of pages) {
    const k = key(p);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(p);
  }
  return groups;
};
const yearOf = (p: IndexablePage) => p.date.slice(0, 4) || '0000';
const monthOf = (p: IndexablePage) => Math.min(12, Math.max(1, Number(p.date.slice(5, 7)) || 1));

/**
 * Groups pages into shards, newest first: one per year ("2024"); a year split by quarter
 * ("2025q3") when it is the newest with QUARTERS_FROM pages or any with more than
 * MAX_SHARD_PAGES; such a quarter split by month ("2025-08") when it has more than
 * MAX_SHARD_PAGES. A page's shard depends only on its date and the size of its year and
 * quarter (and which year is the newest), so an edit moves nothing outside its year.
 */
export function planShards(pages: IndexablePage[], shardsFrom = SHARDS_FROM): { id: string; pages: IndexablePage[] }[] {
  const byUrl = (list: IndexablePage[]) => list.sort((a, b) => (a.url < b.url ? -1 : 1));
  if (pages.length < shardsFrom) return [{ id: 'all', pages: byUrl([...pages]) }];
  const newestYear = pages.reduce((y, p) => (yearOf(p) > y ? yearOf(p) : y), '');
  const shards: { id: string; pages: IndexablePage[]; newest: string }[] = [];
  const add = (id: string, list: IndexablePage[]) => shards.push({ id, pages: byUrl(list), newest: list.reduce((d, p) => (p.date > d ? p.date : d), '') });
  for (const [year, inYear] of groupBy(pages, yearOf)) {
    if (inYear.length <= MAX_SHARD_PAGES && !(year === newestYear && inYear.length >= QUARTERS_FROM)) {
      add(year, inYear);
      continue;
    }
    for (const [quarter, inQuarter] of groupBy(inYear, (p) => `${year}q${Math.ceil(monthOf(p) / 3)}`)) {
      if (inQuarter.length <= MAX_SHARD_PAGES) add(quarter, inQuarter);
      else for (const [month, inMonth] of groupBy(inQuarter, (p) => `${year}-${String(monthOf(p)).padStart(2, '0')}`)) add(month, inMonth);
    }
  }
  if (!shards.length) return [{ id: 'empty', pages: [] }];
  return shards.sort((a, b) => (a.newest !== b.newest ? (a.newest < b.newest ? 1 : -1) : a.id < b.id ? 1 : -1)).map(({ id, pages }) => ({ id, pages }));
}

function pagefindOptions(pages: number) {
  return {
    forceLanguage: 'zh-cn',
    excludeSelectors: EXCLUDE_SELECTORS,
    maxFragments: Math.max(1, Math.ceil(pages / PAGES_PER_FRAGMENT_FILE)),
  };
}

/** The cache key of a shard: Pagefind's version, the options, and every page it indexes. */
export function shardKey(pages: IndexablePage[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ format: SHARD_FORMAT, pagefind: pagefindVersion(), options: pagefindOptions(pages.length), chunk: INDEX_CHUNK_SIZE }));
  for (const p of pages) hash.update(`\0${p.url}\0${p.html}`);
  return hash.digest('hex').slice(0, 32);
}

let version: string | undefined;
function pagefindVersion(): string {
  if (!version) {
    const pkg = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
    version = existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version : 'unknown';
  }
  return version;
}

/** Indexes one shard with Pagefind into `outDir` (a fresh build, no cache). */
export async function buildShard(pages: IndexablePage[], outDir: string): Promise<void> {
  // Read by the Pagefind service when it starts (on the first createIndex of the process).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex(pagefindOptions(pages.length));
  if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
  for (const p of pages) {
    const added = await index.addHTMLFile({ url: p.url, content: p.html });
    if (added.errors.length) throw new Error(`Pagefind 无法索引 ${p.url}：${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: outDir });
  if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
  await index.deleteIndex();
  for (const name of readdirSync(outDir)) if (UNUSED.test(name)) rmSync(join(outDir, name));
}

/**
 * Writes the site's sharded index into `<outDir>/pagefind/`, each shard from `cacheDir` when its
 * key is there, else indexed and then stored in the cache. `extra`: pages indexed with the
 * site's own (on a portal, those of the sites below it).
 */
export async function indexShards(outDir: string, cacheDir: string, shardsFrom = SHARDS_FROM, extra: IndexablePage[] = []): Promise<ShardInfo[]> {
  const target = join(outDir, 'pagefind');
  rmSync(target, { recursive: true, force: true });
  const shards: ShardInfo[] = [];
  try {
    for (const [n, shard] of planShards([...indexablePages(outDir), ...extra], shardsFrom).entries()) {
      const key = shardKey(shard.pages);
      const cached = join(cacheDir, key);
      const hit = existsSync(join(cached, 'pagefind-entry.json'));
      if (!hit) {
        const tmp = `${cached}.tmp-${process.pid}`;
        rmSync(tmp, { recursive: true, force: true });
        await buildShard(shard.pages, tmp);
        mkdirSync(cacheDir, { recursive: true });
        rmSync(cached, { recursive: true, force: true });
        renameSync(tmp, cached);
      }
      const dest = n === 0 ? target : join(target, shard.id);
      cpSync(cached, dest, { recursive: true, filter: (src) => n === 0 || src === cached || !RUNTIME_ONLY.test(relative(cached, src)) });
      shards.push({ id: shard.id, path: n === 0 ? '' : `${shard.id}/`, pages: shard.pages.length, key, cached: hit });
    }
  } finally {
    await pagefind.close();
  }
  // Keep the cache to what this build used: an old shard is rebuilt if it ever comes back.
  const used = new Set(shards.map((s) => s.key));
  for (const name of existsSync(cacheDir) ? readdirSync(cacheDir) : []) if (!used.has(name)) rmSync(join(cacheDir, name), { recursive: true, force: true });
  return shards;
}
