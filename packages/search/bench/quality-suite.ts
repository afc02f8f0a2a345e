/**
 * The search-quality suite (issue 13 item 7): every query of queries.yaml typed into the city
 * portal's real search page in Chromium, over one site holding the demo city's items and the
 * regulations of shared/seeds cut into one item per article (corpus.ts). Used by
 * `pnpm search:quality` (quality.ts) and test/search.quality.test.ts.
 *
 * A page is relevant when its indexed text contains one of the query's `about` phrases — judged
 * from the pages, not from the search. recall@10 = relevant pages in the top 10 / min(relevant, 10);
 * precision@10 = relevant pages in the top 10 / results in the top 10 (1 when nothing is listed
 * and nothing is relevant).
 *
 * Exact matches first (issue 13 item 3): for a query typed in Chinese (exact, traditional,
 * everyday), the literal pages are those whose text contains the query as typed (in simplified
 * characters). literal-first@10 = literal pages among the first k results / k, k = min(literal, 10):
 * 1 means no page found only through a synonym or a reading is listed above one with the
 * citizen's own words.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { parse } from 'yaml';
import { loadSynonyms } from '../src/synonyms.ts';
import { collectTerms } from '../src/vocabulary.ts';
import { launchChromium, searchOnPage } from './browser.ts';
import { generate } from './synthetic.ts';
import { demoCityItems, qualitySite, seedItems, type CorpusItem } from './corpus.ts';

export const KINDS = ['exact', 'pinyin', 'spaced', 'initials', 'traditional', 'everyday', 'typo', 'sampled', 'groups'] as const;
export type Kind = (typeof KINDS)[number];

export interface Query { q: string; about: string[] }
export interface QueryResult {
  kind: Kind;
  q: string;
  relevant: number;
  hits: number;
  listed: number;
  recall: number;
  precision: number;
  /** Pages containing the query as typed, and literal-first@10 (Chinese queries only). */
  literal?: { pages: number; first: number };
  top: { id: string; relevant: boolean }[];
}
export interface KindSummary { queries: number; recall: number; precision: number; none: number; literalFirst?: number }

/** The kinds typed in Chinese, whose literal matches must come first. */
export const LITERAL_KINDS: readonly Kind[] = ['exact', 'traditional', 'everyday', 'sampled', 'groups'];

/** How many terms the `sampled` kind draws from the corpus. */
export const SAMPLED = 60;

/**
 * Exact queries nobody picked (the `sampled` kind): every n-th of the corpus's own terms, most
 * used to least (the same term finder as the vocabulary, run on the corpus text), so rare words
 * and words inside longer words are asked for as often as they occur in the term list. A page is
 * relevant when it contains the term.
 */
export function sampledQueries(texts: Iterable<string>, n = SAMPLED): Query[] {
  const { ranked } = collectTerms({ docs: [...texts].map((text) => ({ title: '', text })) });
  const step = Math.max(1, Math.floor(ranked.length / n));
  return ranked.filter((_, i) => i % step === 0).slice(0, n).map((q) => ({ q, about: [q] }));
}
const simplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
export interface QualityReport { items: number; seedItems: number; results: QueryResult[]; kinds: Record<Kind, KindSummary>; pageErrors: string[] }

export const queries = (): Record<Kind, Query[]> => parse(readFileSync(new URL('./queries.yaml', import.meta.url), 'utf8'));

/** The corpus: the demo city's items and the seed regulations (those absent when the seeds are). */
export function qualityCorpus(root: string): { items: CorpusItem[]; seeds: number } {
  const seeds = seedItems(root) ?? [];
  return { items: [...demoCityItems(root), ...seeds], seeds: seeds.length };
}

/**
 * Everyday words nobody picked (the `groups` kind): every everyday word of every group of
 * content/search/synonyms.yaml whose formal term occurs in the corpus. A page is relevant when it
 * contains any word of the group.
 */
export function groupQueries(texts: Iterable<string>): Query[] {
  const all = [...texts].join('\n');
  return loadSynonyms()
    .filter((g) => all.includes(g.formal))
    .flatMap((g) => g.everyday.map((q) => ({ q, about: [g.formal, ...g.everyday] })));
}

/**
 * `pad` generated pages (synthetic.ts: the same kind of government text, random place and
 * company names) added to the corpus, so the same queries are measured on a site of 5,000+
 * items: more terms, more pages per word, more distractors. Relevance is judged the same way.
 */
export async function measureQuality(root: string, dir: string, pad = 0): Promise<QualityReport> {
  const corpus = qualityCorpus(root);
  const seeds = corpus.seeds;
  const items = [...corpus.items, ...generate(pad).map((p, i) => ({ ...p, id: `synthetic-${i}` }))];
  const site = await qualitySite(root, dir, items);
  const browser = await launchChromium();
  const pageErrors: string[] = [];
  const results: QueryResult[] = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${site.origin}/search/`);
    const all = { ...queries(), sampled: sampledQueries(site.texts.values()), groups: groupQueries(site.texts.values()) };
    for (const kind of KINDS) {
      for (const { q, about } of all[kind] ?? []) {
        const relevant = new Set([...site.texts].filter(([, t]) => about.some((a) => t.includes(a))).map(([id]) => id));
        const { urls } = await searchOnPage(page, q);
        const top = urls.slice(0, 10).map((u) => new URL(u).pathname.split('/').filter(Boolean).pop()!);
        const hits = top.filter((id) => relevant.has(id)).length;
        let literal: QueryResult['literal'];
        if (LITERAL_KINDS.includes(kind)) {
          const typed = simplified(q).replace(/\s+/g, '');
          const pages = [...site.texts.values()].filter((t) => t.includes(typed)).length;
          const k = Math.min(pages, 10);
          const first = top.slice(0, k).filter((id) => site.texts.get(id)!.includes(typed)).length;
          literal = { pages, first: k ? first / k : 1 };
        }
        results.push({
          literal,
          kind,
          q,
          relevant: relevant.size,
          hits,
          listed: top.length,
          recall: relevant.size ? hits / Math.min(relevant.size, 10) : 1,
          precision: top.length ? hits / top.length : relevant.size ? 0 : 1,
          top: top.map((id) => ({ id, relevant: relevant.has(id) })),
        });
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const kinds = {} as Record<Kind, KindSummary>;
  for (const kind of KINDS) {
    const rows = results.filter((r) => r.kind === kind);
    const mean = (f: (r: QueryResult) => number) => rows.reduce((n, r) => n + f(r), 0) / Math.max(1, rows.length);
    kinds[kind] = { queries: rows.length, recall: mean((r) => r.recall), precision: mean((r) => r.precision), none: rows.filter((r) => !r.listed).length };
    if (LITERAL_KINDS.includes(kind)) kinds[kind].literalFirst = mean((r) => r.literal!.first);
  }
  return { items: items.length, seedItems: seeds, results, kinds, pageErrors };
}
