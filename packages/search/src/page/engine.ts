/**
 * The search behind the search page: this site's Pagefind index — on a portal it covers the
 * pages of the sites below it too (Q2), so one index answers — its shards merged, queried once
 * per variant of the citizen's query (Q3), results combined: the pages containing a variant as
 * written, by relevance or newest first (plain matches only when there are none). Loaded on the
 * first keystroke or query, never with the page.
 */
import { chunkKeysFor, FILTER, META, SHARD_FILTER, SORT, TERMS_DIR, TOP_TERMS, toVocabulary, VOCABULARY_FILE, type SiteRef, type SitesJson, type TermChunkJson, type Variant, type Vocabulary, type VocabularyJson } from '../client/index.ts';

interface PagefindFragment {
  url: string;
  /** The page's indexed text. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindResult { id: string; score: number; data(): Promise<PagefindFragment> }
interface PagefindResponse { results: PagefindResult[] }
type FilterValue = string | { none: string[] };
interface SearchOptions { filters?: Record<string, FilterValue>; sort?: Record<string, 'asc' | 'desc'> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string, o?: SearchOptions): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface Hit {
  url: string;
  title: string;
  date: string;
  excerpt: string;
  /** The site the page is on, when it is not this one (cross-site results). */
  site?: string;
  column?: string;
  /** The library item the page shows (one entry per item, however many sites show it). */
  item?: string;
}

export interface ResultSet {
  total: number;
  /** The next `n` results; fewer at the end. */
  next(n: number): Promise<Hit[]>;
  done(): boolean;
}

/** Below this many pages with what was typed, the best other candidates are read for it (at most this many). */
const CHECK_BELOW = 10;
const CHECK_AT_MOST = 30;

/** This site's index: its vocabulary and its newest shard (with Pagefind's runtime) are here. */
const INDEX_PATH = '/pagefind/';

async function getJson<T>(url: string): Promise<T | undefined> {
  try {
    const res = await fetch(url);
    return res.ok ? ((await res.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where this site and the sites below it are served, by id. /search/sites.json names production
 * origins; on another port of the same host names (a test or staging server) the other sites are
 * on that port too; on an unknown host (a static file server on a laptop) links keep the
 * production origins.
 */
export function placeSites(sites: SitesJson, here: Location | URL): Map<string, SiteRef> {
  const all = [sites.self, ...sites.below];
  const prod = new URL(sites.self.origin);
  const port = here.port ? `:${here.port}` : '';
  const rebase = here.origin !== prod.origin && here.hostname === prod.hostname;
  return new Map(all.map((s) => [s.id, rebase ? { ...s, origin: `${here.protocol}//${new URL(s.origin).hostname}${port}` } : s]));
}

/** A shard's filter value: its folder, "/" for the newest (at the index root). */
const shardLabel = (folder: string) => folder || '/';

/** A result's link: a page of a site below is linked where that site is served. */
function linkOf(f: PagefindFragment, sites: Map<string, SiteRef>): string {
  const at = f.meta[META.siteId];
  const site = at ? sites.get(at) : undefined;
  if (!site) return f.url;
  const url = new URL(f.url, 'https://invalid.');
  return `${site.origin}${url.pathname}${url.search}${url.hash}`;
}

export class SearchEngine {
  private pagefind?: Promise<Pagefind>;
  private vocabulary?: Promise<Vocabulary>;
  private file?: Promise<SitesJson | undefined>;
  /** The shards of this site's index, relative to /pagefind/ ("" is the newest, with the runtime). */
  private shards: string[] = [''];
  private vocabularyFile?: VocabularyJson;
  private chunks = new Map<string, Promise<TermChunkJson | undefined>>();

  private loadSites(): Promise<SitesJson | undefined> {
    this.file ??= getJson<SitesJson>('/search/sites.json');
    return this.file;
  }

  /** This site's vocabulary (synonym groups, character map, chunk keys, shards); loaded once. */
  loadVocabulary(): Promise<Vocabulary> {
    this.vocabulary ??= (async () => {
      const file = await getJson<VocabularyJson>(`${INDEX_PATH}${VOCABULARY_FILE}`);
      this.vocabularyFile = file;
      if (file?.f?.length) this.shards = file.f;
      return toVocabulary(file ? [file] : []);
    })();
    return this.vocabulary;
  }

  /**
   * The vocabulary for one query: the synonym groups and character map, the term chunks the
   * query's pinyin may mean (only chunks the site has, so nothing is asked for in vain) and,
   * `withTop`, the site's most used terms (suggestions, "did you mean").
   */
  async vocabularyFor(query: string, withTop = false): Promise<Vocabulary> {
    const base = await this.loadVocabulary();
    const file = this.vocabularyFile;
    if (!file) return base;
    const wanted = chunkKeysFor(query).filter((k) => hasKey(file.x, k)).map((k) => `${INDEX_PATH}${TERMS_DIR}/${k}.json`);
    const top = withTop ? `${INDEX_PATH}${TERMS_DIR}/${TOP_TERMS}.json` : undefined;
    if (!wanted.length && !top) return base;
    for (const url of [...wanted, ...(top ? [top] : [])]) if (!this.chunks.has(url)) this.chunks.set(url, getJson<TermChunkJson>(url));
    const [topTerms, ...chunks] = await Promise.all([top ? this.chunks.get(top)! : undefined, ...wanted.map((u) => this.chunks.get(u)!)]);
    // The top terms rank first, as the vocabulary's own terms; chunk terms after.
    return toVocabulary([topTerms ? { ...file, t: topTerms.t, p: topTerms.p } : file], chunks.filter((c): c is TermChunkJson => !!c));
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const pf = (await import(/* @vite-ignore */ `${INDEX_PATH}pagefind.js`)) as Pagefind;
      // The shards are known once the vocabulary is read.
      await this.loadVocabulary().catch(() => undefined);
      const [newest, ...older] = this.shards;
      await pf.options({ excerptLength: 36, mergeFilter: { [SHARD_FILTER]: shardLabel(newest!) } });
      await Promise.all(older.map((f) => pf.mergeIndex(`${INDEX_PATH}${f}`, { mergeFilter: { [SHARD_FILTER]: shardLabel(f) } })));
      return pf;
    })();
    return this.pagefind;
  }

  async filters(): Promise<Record<string, Record<string, number>>> {
    return (await this.load()).filters();
  }

  /**
   * Runs every variant and combines the results, by relevance or newest first.
   *
   * Pagefind splits Chinese words it does not know into single characters, so its plain search
   * for 公积金 also returns pages that merely contain 公, 积 and 金 somewhere. What counts is
   * the phrase search ("公积金"): a result is a page that contains every word of a variant as
   * written. Only when no variant matches that way are the plain (partial) matches shown,
   * and `exact` is false.
   */
  async search(variants: Variant[], chosen: Record<string, string>, byDate: boolean): Promise<ResultSet & { exact: boolean }> {
    const pf = await this.load();
    const file = await this.loadSites();
    const sites = file ? placeSites(file, location) : new Map<string, SiteRef>();
    const selfName = file?.self.name;
    const filters: Record<string, FilterValue> = { ...chosen };
    // A page of this site links here, unlabelled; a page of a site below links there, with its name
    // (the index holds one page per item: the library step chose it, search-below.ts).
    const toHit = (f: PagefindFragment): Hit => {
      const site = f.meta[META.site];
      return {
        url: linkOf(f, sites),
        title: f.meta[META.title] ?? f.url,
        date: f.meta[META.date] ?? '',
        excerpt: f.excerpt,
        site: !site || site === selfName ? undefined : site,
        column: f.filters[FILTER.column]?.[0],
        item: f.meta[META.item],
      };
    };
    const runs = await Promise.all(
      variants.map(async (v) => {
        const words = v.text.split(' ').filter(Boolean);
        const [loose, ...phrases] = await Promise.all([
          pf.search(v.text, { filters }),
          ...words.map((w) => ([...w].length > 1 ? pf.search(`"${w}"`, { filters }) : undefined)),
        ]);
        // A page matches as written when it contains every word of the variant as a phrase.
        const sets = phrases.map((p) => p && new Set(p.results.map((r) => r.id)));
        const exact = new Set(loose.results.map((r) => r.id).filter((id) => sets.every((p) => !p || p.has(id))));
        for (const p of phrases) if (p && words.length === 1) for (const r of p.results) exact.add(r.id);
        return { v, loose: loose.results, phraseResults: phrases.length === 1 && phrases[0] ? phrases[0].results : [], exact };
      }),
    );
    // Rank: pages matching as written first; among them, those matching the variant closest to
    // what was typed (weight 1 before synonyms at 0.9); then Pagefind's score.
    type Ranked = { r: PagefindResult; exact: boolean; tier: number; score: number };
    const better = (a: Ranked, b: Ranked) => (a.exact !== b.exact ? a.exact : a.tier !== b.tier ? a.tier > b.tier : a.score > b.score);
    const best = new Map<string, Ranked>();
    // The better match keeps its Pagefind result, whose excerpt marks the words it matched.
    const consider = (c: Ranked) => {
      const old = best.get(c.r.id);
      if (!old || better(c, old)) best.set(c.r.id, c);
    };
    for (const { v, loose, phraseResults, exact } of runs) {
      // For a phrase hit, Pagefind's phrase result: its excerpt is around the phrase, not around
      // scattered characters of the plain search.
      const byId = new Map(phraseResults.map((r) => [r.id, r]));
      for (const r of loose) {
        const isExact = exact.has(r.id);
        consider({ r: (isExact && byId.get(r.id)) || r, exact: isExact, tier: isExact ? v.weight : 0, score: r.score * v.weight });
      }
      // A phrase hit the plain search missed (Pagefind ranks phrase hits at a flat score).
      for (const r of phraseResults) if (!best.has(r.id)) consider({ r, exact: true, tier: v.weight, score: 0.1 * v.weight });
    }
    // Pagefind's phrase search misses a phrase inside a longer indexed word (低保 in 低保金), and
    // when the phrase's first or last character belongs to a neighbouring word (坐公交 in
    // 乘坐|公交) even its plain search can miss the page. So when the pages with what was typed
    // (the first variant; synonym hits do not count) fill less than a page, the phrase less its
    // first and less its last character are searched as phrases too, and the candidates' text is
    // read: a page that contains a variant as written ranks with that variant (a few small
    // fragments, cached).
    const typed = variants[0];
    const typedHits = [...best.values()].filter((b) => b.exact && typed && b.tier >= typed.weight).length;
    if (typed && typedHits < CHECK_BELOW) {
      // Each trimmed phrase as a phrase (the candidates most likely to hold the typed words) and
      // plainly (partial matches to show when nothing holds them, e.g. for a typo: 集约话 → 集约).
      const pieces = trimmed(typed.text);
      const [extra, plain] = await Promise.all([
        Promise.all(pieces.map((t) => pf.search(`"${t}"`, { filters }))),
        Promise.all(pieces.map((t) => pf.search(t, { filters }))),
      ]);
      for (const r of [...plain, ...extra].flatMap((x) => x.results)) if (!best.has(r.id)) best.set(r.id, { r, exact: false, tier: 0, score: r.score * 0.5 });
      // Read first the pages with a trimmed phrase as written, then those of the typed words'
      // plain search, then the rest (a page found only through a synonym rarely holds the typed words).
      const trimmedHits = new Set(extra.flatMap((x) => x.results.map((r) => r.id)));
      const typedLoose = new Set((runs[0]?.loose ?? []).map((r) => r.id));
      const order = (b: Ranked) => (trimmedHits.has(b.r.id) ? 2 : typedLoose.has(b.r.id) ? 1 : 0);
      const unsure = [...best.values()]
        .filter((b) => b.tier < typed.weight)
        .sort((a, b) => order(b) - order(a) || b.score - a.score)
        .slice(0, CHECK_AT_MOST);
      const texts = await Promise.all(unsure.map((b) => b.r.data().then((f) => f.content.replace(/\s+/g, '').toLowerCase())));
      unsure.forEach((b, i) => {
        const v = variants.find((x) => x.text.split(' ').every((w) => texts[i]!.includes(w)));
        if (v && (!b.exact || v.weight > b.tier)) Object.assign(b, { exact: true, tier: v.weight });
      });
    }
    let ranked = [...best.values()];
    const exact = ranked.some((b) => b.exact);
    if (exact) ranked = ranked.filter((b) => b.exact);
    const wanted = new Set(ranked.map((b) => b.r.id));
    if (!byDate) {
      ranked.sort((a, b) => b.tier - a.tier || b.score - a.score);
      return { ...inOrder(ranked.map((b) => b.r), toHit), exact };
    }
    // Newest first. Each shard sorts its own results by date, but Pagefind cannot sort across
    // merged indexes: ask each shard for its own sorted list and merge the lists by date.
    const perShard = this.shards.length > 1 ? this.shards.map((f) => ({ ...filters, [SHARD_FILTER]: shardLabel(f) })) : [filters];
    const lists = (
      await Promise.all(variants.flatMap((v) => perShard.map((f) => pf.search(v.text, { filters: f, sort: { [SORT.date]: 'desc' } }))))
    ).map((r) => r.results.filter((x) => wanted.has(x.id)));
    return { ...byDateMerge(lists, wanted.size, toHit), exact };
  }
}

/** A one-word Chinese phrase of three or more characters less its first, and less its last character. */
function trimmed(text: string): string[] {
  const chars = [...text];
  return chars.length >= 3 && !text.includes(' ') && /^\p{Script=Han}+$/u.test(text) ? [chars.slice(1).join(''), chars.slice(0, -1).join('')] : [];
}

/** Whether a site's concatenated chunk keys ("aqbh…") include `key`. */
function hasKey(keys: string | undefined, key: string): boolean {
  for (let i = 0; keys && i + 1 < keys.length; i += 2) if (keys[i] === key[0] && keys[i + 1] === key[1]) return true;
  return false;
}

/**
 * One entry per library item (C1) comes from the index itself (one page per item, chosen by the
 * library step), so `total` is what can be listed, and items are never merged by title — two
 * notices with the same title stay two entries.
 */
function inOrder(results: PagefindResult[], toHit: (f: PagefindFragment) => Hit): ResultSet {
  let pos = 0;
  return {
    total: results.length,
    done: () => pos >= results.length,
    async next(n) {
      const batch = results.slice(pos, pos + n);
      pos += batch.length;
      return (await Promise.all(batch.map((r) => r.data()))).map(toHit);
    },
  };
}

/** Merges lists that are each newest first, loading only the fragments it needs to compare. */
function byDateMerge(lists: PagefindResult[][], total: number, toHit: (f: PagefindFragment) => Hit): ResultSet {
  const pos = lists.map(() => 0);
  const heads = new Map<string, Promise<Hit>>();
  const emitted = new Set<string>();
  const skipDone = (k: number) => {
    while (pos[k]! < lists[k]!.length && emitted.has(lists[k]![pos[k]!]!.id)) pos[k]!++;
  };
  const head = (k: number) => {
    const key = `${k}:${pos[k]}`;
    if (!heads.has(key)) heads.set(key, lists[k]![pos[k]!]!.data().then(toHit));
    return heads.get(key)!;
  };
  const live = () => lists.map((_, k) => (skipDone(k), k)).filter((k) => pos[k]! < lists[k]!.length);
  return {
    total,
    done: () => live().length === 0,
    async next(n) {
      const out: Hit[] = [];
      while (out.length < n) {
        const ks = live();
        if (!ks.length) break;
        const hits = await Promise.all(ks.map(head));
        let best = 0;
        hits.forEach((h, i) => { if (h.date > hits[best]!.date) best = i; });
        const k = ks[best]!;
        emitted.add(lists[k]![pos[k]!]!.id);
        pos[k]!++;
        out.push(hits[best]!);
      }
      return out;
    },
  };
}
