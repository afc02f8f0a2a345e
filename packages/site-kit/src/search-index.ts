import type { SiteBundle } from '@jiyue/content/bundle';
import { buildVocabulary, htmlText, type SitesJson, type SynonymGroup, VOCABULARY_FILE } from '@jiyue/search';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Where the search page learns which indexes to search (Q2); the local preview serves its own. */
export const SITES_FILE = 'search/sites.json';

/**
 * Text Pagefind must not index: the hidden filter/sort/meta spans (their filters and meta are
 * still read, see Pagefind's data-pagefind-ignore semantics) and page furniture inside <main>
 * (publication line, print button), so excerpts start with the content, not "发布时间：…".
 */
export const EXCLUDE_SELECTORS = ['[hidden]', '.article-meta', '.item__tools'];

export interface IndexStats { pages: number; terms: number; vocabularyBytes: number }

/**
 * Builds the site's search files from its built HTML, inside the site's own output folder, so
 * every site ships its own search:
 * - the Pagefind index of the item pages (only <main data-pagefind-body> is indexed), in /pagefind/;
 * - the site's vocabulary for query help (pinyin, traditional, synonyms), /pagefind/jiyue-vocabulary.json,
 *   next to the index so the portals above may read it with the same CORS rule;
 * - /search/sites.json: this site and the sites below it, whose indexes the search page merges.
 */
export async function indexSite(outDir: string, bundle?: SiteBundle, synonyms: SynonymGroup[] = []): Promise<IndexStats> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn', excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
  let pages = 0;
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind 索引失败：${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
    pages = added.page_count;
  } finally {
    await pagefind.close();
  }
  if (!bundle) return { pages, terms: 0, vocabularyBytes: 0 };
  const vocabulary = buildVocabulary({
    docs: bundle.items.map((item) => ({ title: item.title, text: `${item.summary ?? ''}\n${htmlText(item.html)}` })),
    labels: [bundle.site.name, ...bundle.columns.map((c) => c.name), ...new Set(bundle.items.map((i) => i.source))],
    synonyms,
  });
  const vocabularyJson = JSON.stringify({ ...vocabulary, k: bundle.children.map(({ id, name, origin }) => ({ id, name, origin })) });
  writeFileSync(join(outDir, 'pagefind', VOCABULARY_FILE), vocabularyJson);
  mkdirSync(join(outDir, 'search'), { recursive: true });
  writeFileSync(join(outDir, SITES_FILE), `${JSON.stringify(sitesJson(bundle), null, 1)}\n`);
  return { pages, terms: vocabulary.t.length, vocabularyBytes: Buffer.byteLength(vocabularyJson) };
}

/** This site's own index and those of the sites directly below it (their own children are discovered from their vocabulary files). */
export function sitesJson(bundle: SiteBundle): SitesJson {
  const { id, name, origin } = bundle.site;
  return {
    v: 1,
    self: { id, name, origin, bundlePath: '/pagefind/' },
    merge: bundle.children.map((c) => ({ id: c.id, name: c.name, origin: c.origin, bundlePath: `${c.origin}/pagefind/` })),
  };
}
