/**
 * The search behind the search page: this site's Pagefind index merged with those of the sites
 * below it (Q2), queried once per variant of the citizen's query (Q3), results combined: the
 * pages containing a variant as written, by relevance or newest first (plain matches only when
 * there are none). Loaded on the first keystroke or query, never with the page.
 */
import { chunkKeysFor, COPY_FILTER, FILTER, MERGE_FILTER, META, SORT, TERMS_DIR, TOP_TERMS, toVocabulary, VOCABULARY_FILE, type SiteIndex, type SitesJson, type TermChunkJson, type Variant, type Vocabulary, type VocabularyJson } from '../client/index.ts';

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
  /** The next `n` results (deduplicated across sites); fewer at the end. */
  next(n: number): Promise<Hit[]>;
  done(): boolean;
}

/** Below this many pages with what was typed, the best other candidates are read for it (at most this many). */
const CHECK_BELOW = 10;
const CHECK_AT_MOST = 30;

const SITE_FILTER = MERGE_FILTER.site;
const SHARD_FILTER = MERGE_FILTER.shard;

async function getJson<T>(url: string): Promise<T | undefined> {
  try {
    const res = await fetch(url);
    return res.ok ? ((await res.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The indexes to search. /search/sites.json names production addresses; on another port of the
 * same host names (a test or staging server) the other sites are reached on that port too, and
 * on an unknown host (a static file server on a laptop) only this site is searched.
 */
export function placeSites(sites: SitesJson, here: Location | URL): SiteIndex[] {
  const self = { ...sites.self, bundlePath: '/pagefind/' };
  const prod = new URL(sites.self.origin);
  if (here.origin === prod.origin) return [self, ...sites.merge];
  if (here.hostname !== prod.hostname) return [self];
  const port = here.port ? `:${here.port}` : '';
  const rebase = (s: SiteIndex): SiteIndex => {
    const origin = `${here.protocol}//${new URL(s.origin).hostname}${port}`;
    return { ...s, origin, bundlePath: `${origin}/pagefind/` };
  };
  return [self, ...sites.merge.map(rebase)];
}

export class SearchEngine {
  private pagefind?: Promise<Pagefind>;
  private vocabulary?: Promise<Vocabulary>;
  private sites?: Promise<SiteIndex[]>;
  /** Sites whose index could not be loaded (shown to the citizen). */
  readonly unavailable: string[] = [];
  /** Sites whose files did not answer: not merged, so one site down does not break the search. */
  private unreachable = new Set<string>();

  private file?: SitesJson;
  /** Each site's shards, relative to its /pagefind/ ("" is the newest, with Pagefind's runtime). */
  private shards = new Map<string, string[]>();

  /** This site and the sites below it; children of children come from their vocabulary files. */
  private loadSites(): Promise<SiteIndex[]> {
    this.sites ??= (async () => {
      this.file = await getJson<SitesJson>('/search/sites.json');
      return this.file ? placeSites(this.file, location) : [];
    })();
    return this.sites;
  }

  /** All vocabularies (this site's and those of every site searched), merged; loaded once. */
  loadVocabulary(): Promise<Vocabulary> {
    this.vocabulary ??= (async () => {
      const sites = await this.loadSites();
      const files: VocabularyJson[] = [];
      const known = new Set(sites.map((s) => s.id));
      let level: SiteIndex[] = sites.length ? [...sites] : [{ id: '', name: '', origin: location.origin, bundlePath: '/pagefind/' }];
      for (let depth = 0; level.length && depth < 4; depth++) {
        const loaded = await Promise.all(level.map((s) => getJson<VocabularyJson>(`${s.bundlePath}${VOCABULARY_FILE}`)));
        const deeper: SiteIndex[] = [];
        loaded.forEach((file, n) => {
          if (!file) return void this.unreachable.add(level[n]!.id);
          files.push(file);
          this.vocabularies.push({ site: level[n]!, file });
          this.shards.set(level[n]!.id, file.f?.length ? file.f : ['']);
          // The sites below a merged site (a district's departments) are searched too.
          if (!this.file || (depth === 0 && n === 0)) return;
          for (const k of file.k ?? []) {
            if (known.has(k.id)) continue;
            known.add(k.id);
            deeper.push(...placeSites({ ...this.file, merge: [{ ...k, bundlePath: `${k.origin}/pagefind/` }] }, location).slice(1));
          }
        });
        sites.push(...deeper);
        level = deeper;
      }
      return toVocabulary(files);
    })();
    return this.vocabulary;
  }

  /** Each site's vocabulary file, where its term chunks are. */
  private vocabularies: { site: SiteIndex; file: VocabularyJson }[] = [];
  private chunks = new Map<string, Promise<TermChunkJson | undefined>>();

  /**
   * The vocabulary for one query: every site's synonym groups and character map, the term
   * chunks the query's pinyin may mean (only chunks a site has, so nothing is asked for in
   * vain) and, `withTop`, this site's most used terms (suggestions, "did you mean").
   */
  async vocabularyFor(query: string, withTop = false): Promise<Vocabulary> {
    const base = await this.loadVocabulary();
    const keys = chunkKeysFor(query);
    const wanted = this.vocabularies.flatMap(({ site, file }) =>
      keys.filter((k) => hasKey(file.x, k)).map((k) => `${site.bundlePath}${TERMS_DIR}/${k}.json`),
    );
    const self = this.vocabularies[0];
    const top = withTop && self ? `${self.site.bundlePath}${TERMS_DIR}/${TOP_TERMS}.json` : undefined;
    if (!wanted.length && !top) return base;
    for (const url of [...wanted, ...(top ? [top] : [])]) if (!this.chunks.has(url)) this.chunks.set(url, getJson<TermChunkJson>(url));
    const [topTerms, ...chunks] = await Promise.all([top ? this.chunks.get(top)! : undefined, ...wanted.map((u) => this.chunks.get(u)!)]);
    // This site's top terms rank first, as its vocabulary's own terms; chunk terms after.
    const files = this.vocabularies.map((x, n) => (n === 0 && topTerms ? { ...x.file, t: topTerms.t, p: topTerms.p } : x.file));
    return toVocabulary(files, chunks.filter((c): c is TermChunkJson => !!c));
  }

  /** Every index to merge: each shard of each reachable site, with its synthetic filters. */
  private indexes(sites: SiteIndex[]): { path: string; site: SiteIndex; shard: string }[] {
    return sites
      .filter((s, n) => n === 0 || !this.unreachable.has(s.id))
      .flatMap((site) => (this.shards.get(site.id) ?? ['']).map((f) => ({ path: `${site.bundlePath}${f}`, site, shard: `${site.id}/${f}` })));
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const sites = await this.loadSites();
      const url = '/pagefind/pagefind.js';
      const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
      // Deeper sites and every site's shards are known once the vocabularies are read.
      await this.loadVocabulary().catch(() => undefined);
      if (!sites.length) sites.push({ id: '', name: '', origin: location.origin, bundlePath: '/pagefind/' });
      const [primary, ...others] = this.indexes(sites);
      await pf.options({ excerptLength: 36, mergeFilter: { [SITE_FILTER]: primary!.site.name, [SHARD_FILTER]: primary!.shard } });
      for (const s of sites.slice(1)) if (this.unreachable.has(s.id)) this.unavailable.push(s.name);
      const failed = new Set<string>();
      await Promise.all(
        others.map((i) =>
          pf.mergeIndex(i.path, { mergeFilter: { [SITE_FILTER]: i.site.name, [SHARD_FILTER]: i.shard } }).catch(() => void failed.add(i.site.name)),
        ),
      );
      this.unavailable.push(...[...failed].filter((name) => !this.unavailable.includes(name)));
      this.shardKeys = [primary!, ...others].map((i) => i.shard);
      // A copy of an item whose owning site is merged too is left out: the owner's page is the one entry.
      const merged = new Set([primary!, ...others].filter((i) => !failed.has(i.site.name)).map((i) => i.site.id));
      this.merged = [...merged];
      return pf;
    })();
    return this.pagefind;
  }

  /** The synthetic filter value of every merged shard. */
  private shardKeys: string[] = [];
  /** The ids of the sites whose index is merged. */
  private merged: string[] = [];

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
    const sites = await this.loadSites();
    const selfName = sites[0]?.name;
    const shown = this.file?.shown ?? {};
    const filters: Record<string, FilterValue> = { ...chosen, [COPY_FILTER]: { none: this.merged } };
    // An item this site shows links here, unlabelled; any other on its owning site, with its name.
    const toHit = (f: PagefindFragment): Hit => {
      const item = f.meta[META.item];
      const here = item !== undefined ? shown[item] : undefined;
      const site = f.meta[META.site];
      return {
        url: here ?? f.url,
        title: f.meta[META.title] ?? f.url,
        date: f.meta[META.date] ?? '',
        excerpt: f.excerpt,
        site: here || !site || site === selfName ? undefined : site,
        column: f.filters[FILTER.column]?.[0],
        item,
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
    // Newest first. Each index sorts its own results by date, but Pagefind cannot sort across
    // merged indexes (sites and shards): ask each shard for its own sorted list and merge the lists by date.
    const perSite = this.shardKeys.length > 1 ? this.shardKeys.map((k) => ({ ...filters, [SHARD_FILTER]: k })) : [filters];
    const lists = (
      await Promise.all(variants.flatMap((v) => perSite.map((f) => pf.search(v.text, { filters: f, sort: { [SORT.date]: 'desc' } }))))
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
 * One entry per library item (C1) comes from the index itself: copies whose owning site is merged
 * are filtered out (COPY_FILTER), so `total` is what can be listed, and items are never merged
 * by title — two notices with the same title stay two entries.
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
