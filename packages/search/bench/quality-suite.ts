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
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { launchChromium, searchOnPage } from './browser.ts';
import { demoCityItems, qualitySite, seedItems, type CorpusItem } from './corpus.ts';

export const KINDS = ['exact', 'pinyin', 'spaced', 'initials', 'traditional', 'everyday', 'typo'] as const;
export type Kind = (typeof KINDS)[number];

export interface Query { q: string; about: string[] }
export interface QueryResult { kind: Kind; q: string; relevant: number; hits: number; listed: number; recall: number; precision: number; top: { id: string; relevant: boolean }[] }
export interface KindSummary { queries: number; recall: number; precision: number; none: number }
export interface QualityReport { items: number; seedItems: number; results: QueryResult[]; kinds: Record<Kind, KindSummary>; pageErrors: string[] }

export const queries = (): Record<Kind, Query[]> => parse(readFileSync(new URL('./queries.yaml', import.meta.url), 'utf8'));

/** The corpus: the demo city's items and the seed regulations (those absent when the seeds are). */
export function qualityCorpus(root: string): { items: CorpusItem[]; seeds: number } {
  const seeds = seedItems(root) ?? [];
  return { items: [...demoCityItems(root), ...seeds], seeds: seeds.length };
}

export async function measureQuality(root: string, dir: string): Promise<QualityReport> {
  const { items, seeds } = qualityCorpus(root);
  const site = await qualitySite(root, dir, items);
  const browser = await launchChromium();
  const pageErrors: string[] = [];
  const results: QueryResult[] = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${site.origin}/search/`);
    const all = queries();
    for (const kind of KINDS) {
      for (const { q, about } of all[kind] ?? []) {
        const relevant = new Set([...site.texts].filter(([, t]) => about.some((a) => t.includes(a))).map(([id]) => id));
        const { urls } = await searchOnPage(page, q);
        const top = urls.slice(0, 10).map((u) => new URL(u).pathname.split('/').filter(Boolean).pop()!);
        const hits = top.filter((id) => relevant.has(id)).length;
        results.push({
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
  }
  return { items: items.length, seedItems: seeds, results, kinds, pageErrors };
}
