import type { SearchPage, SiteBundle } from '@jiyue/content/bundle';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SITES_FILE, TERMS_DIR, TOP_TERMS, VOCABULARY_FILE, type SitesJson } from './client/vocabulary-types.ts';
import { belowPages } from './below-pages.ts';
import { indexShards, type ShardInfo } from './shards.ts';
import type { SynonymGroup } from './synonyms.ts';
import { buildVocabulary, collectTerms, htmlText, termChunks } from './vocabulary.ts';

export interface IndexStats { pages: number; terms: number; vocabularyBytes: number; shards: ShardInfo[]; chunks?: number }

export interface IndexOptions {
  /** Where the site's shards are cached between builds. */
  cacheDir?: string;
  /** On a portal: the pages of the sites below it (the library step's search-below.json). */
  below?: SearchPage[];
}

/** Where a site's shards are cached between builds: next to its app, never published. */
export const shardCacheDir = (outDir: string) => join(dirname(outDir), 'node_modules', '.cache', 'jiyue-pagefind');

/**
 * Builds the site's search files from its built HTML, inside the site's own output folder, so
 * every site ships its own search:
 * - the Pagefind index of the item pages (only <main data-pagefind-body> is indexed), as shards
 *   in /pagefind/ (see shards.ts), each re-indexed only when its pages changed; on a portal it
 *   covers the pages of the sites below it too, so a citizen's query reads one index;
 * - the site's vocabulary for query help (pinyin, traditional, synonyms) and its list of shards,
 *   /pagefind/jiyue-vocabulary.json (synonym groups, character map, chunk keys, shards, sites
 *   below), next to the index so the portals above may read it with the same CORS rule, and its
 *   terms with their pinyin in /pagefind/jiyue-terms/ (top.json and one file per chunk key);
 * - /search/sites.json: this site and the sites below it, where their result links go.
 * The one call the site integration makes into search (astro:build:done).
 */
export async function indexSite(outDir: string, bundle?: SiteBundle, synonyms: SynonymGroup[] = [], { cacheDir = shardCacheDir(outDir), below = [] }: IndexOptions = {}): Promise<IndexStats> {
  const shards = await indexShards(outDir, cacheDir, undefined, belowPages(below));
  const pages = shards.reduce((n, s) => n + s.pages, 0);
  const f = shards.map((s) => s.path);
  if (!bundle) {
    writeFileSync(join(outDir, 'pagefind', VOCABULARY_FILE), JSON.stringify({ v: 1, t: [], p: [], s: [], c: '', f }));
    return { pages, terms: 0, vocabularyBytes: 0, shards };
  }
  const input = {
    docs: [...bundle.items, ...below.map((p) => p.item)].map((item) => ({ title: item.title, text: `${item.summary ?? ''}\n${htmlText(item.html)}` })),
    labels: [...new Set([bundle.site.name, ...bundle.columns.map((c) => c.name), ...below.flatMap((p) => [p.site.name, p.column]), ...bundle.items.map((i) => i.source), ...below.map((p) => p.item.source)])],
    synonyms,
  };
  const collected = collectTerms(input);
  const chunks = termChunks(collected);
  const vocabulary = buildVocabulary(input, collected, chunks);
  // Every term, by chunk key: what a pinyin query loads stays small as the site grows.
  const termsDir = join(outDir, 'pagefind', TERMS_DIR);
  rmSync(termsDir, { recursive: true, force: true });
  mkdirSync(termsDir, { recursive: true });
  for (const [key, chunk] of chunks) writeFileSync(join(termsDir, `${key}.json`), JSON.stringify(chunk));
  // The most used terms apart: a portal's query reads every site's vocabulary file, but only
  // this site's top terms, and only for suggestions and "did you mean".
  const { t, p, ...head } = vocabulary;
  writeFileSync(join(termsDir, `${TOP_TERMS}.json`), JSON.stringify({ v: vocabulary.v, t, p }));
  const vocabularyJson = JSON.stringify({ ...head, t: [], p: [], f });
  writeFileSync(join(outDir, 'pagefind', VOCABULARY_FILE), vocabularyJson);
  mkdirSync(join(outDir, 'search'), { recursive: true });
  writeFileSync(join(outDir, SITES_FILE), `${JSON.stringify(sitesJson(bundle, below), null, 1)}\n`);
  return { pages, terms: vocabulary.t.length, vocabularyBytes: Buffer.byteLength(vocabularyJson), shards, chunks: chunks.size };
}

/** This site and every site whose pages its index covers (where their result links go). */
export function sitesJson(bundle: SiteBundle, below: SearchPage[] = []): SitesJson {
  const { id, name, origin } = bundle.site;
  const sites = new Map(below.map((p) => [p.site.id, { ...p.site, origin: new URL(p.url).origin }]));
  return { v: 2, self: { id, name, origin }, below: [...sites.values()] };
}
