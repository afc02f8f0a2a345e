/** The vocabulary file each site writes next to its Pagefind index: /pagefind/jiyue-vocabulary.json. */
export const VOCABULARY_VERSION = 1;
export const VOCABULARY_FILE = 'jiyue-vocabulary.json';
/** Where the search page learns which indexes to search (Q2); the local preview serves its own. */
export const SITES_FILE = 'search/sites.json';
/** Every term of a site by chunk key, next to the vocabulary: /pagefind/jiyue-terms/<key>.json. */
export const TERMS_DIR = 'jiyue-terms';
/**
 * The site's most used terms, /pagefind/jiyue-terms/top.json: read only for suggestions and
 * "did you mean", and only this site's, so a portal's first query loads no other site's terms.
 */
export const TOP_TERMS = 'top';

/** A term's chunk: the first letters of its first two syllables (等级保护 → "dj"); none for fewer. */
export const chunkKey = (syllables: string[]): string | undefined =>
  syllables.length >= 2 && /^[a-z]/.test(syllables[0]!) && /^[a-z]/.test(syllables[1]!) ? syllables[0]![0]! + syllables[1]![0]! : undefined;

/** One chunk of a site's terms, most used first. */
export interface TermChunkJson {
  v: typeof VOCABULARY_VERSION;
  t: string[];
  /** Pinyin of each term, as in VocabularyJson.p. */
  p: string[];
}

export interface VocabularyJson {
  v: typeof VOCABULARY_VERSION;
  /** Terms, most used first (in the file written: none; they are in the top terms and the chunks). */
  t: string[];
  /** Pinyin of each term: syllables without tones, separated by spaces (ü as v). */
  p: string[];
  /** Synonym groups that concern the site: formal term first, then everyday words. */
  s: string[][];
  /** Traditional → simplified pairs, concatenated: "會会險险…" (only characters the site uses). */
  c: string;
  /** The keys of the site's term chunks, concatenated ("aqbh…", two letters each). */
  x?: string;
  /** The site's index shards, relative to its /pagefind/: "" (the newest, with the runtime), then "2024/", …. */
  f?: string[];
}

/** /search/sites.json: this site and the sites below it whose pages its index covers (Q2). */
export interface SitesJson {
  v: 2;
  self: SiteRef;
  /** Where each site below is served: a result on it links there. */
  below: SiteRef[];
}

export interface SiteRef {
  id: string;
  name: string;
  /** The site's production origin, e.g. https://www.qingchuan.gov.cn (the preview answers with its own addresses). */
  origin: string;
}
