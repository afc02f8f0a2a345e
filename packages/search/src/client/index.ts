/** The browser module of @jiyue/search: bundled by Astro into the search page script. */
export { chunkKeysFor, didYouMean, expandQuery, normalize, pinyinTerms, spells, suggest, toSimplified, toVocabulary } from './query.ts';
export type { Expansion, QueryKind, Suggestion, Variant, Vocabulary } from './query.ts';
export { chunkKey, SITES_FILE, TERMS_DIR, TOP_TERMS, VOCABULARY_FILE, VOCABULARY_VERSION } from './vocabulary-types.ts';
export type { SiteRef, SitesJson, TermChunkJson, VocabularyJson } from './vocabulary-types.ts';
export { FILTER, META, SHARD_FILTER, SORT, type FilterName } from './names.ts';
