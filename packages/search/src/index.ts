/** Build-time side of @jiyue/search: synonyms file, per-site vocabulary. See docs/search.md. */
export { loadSynonyms, parseSynonyms, readSynonyms, synonymsFile, SYNONYMS_FILE, type SynonymGroup } from './synonyms.ts';
export { buildVocabulary, collectTerms, htmlText, termChunks, termPinyin, type CollectedTerms, type VocabularyDoc, type VocabularyInput } from './vocabulary.ts';
export { traditionalMap } from './t2s.ts';
export * from './client/index.ts';
export { indexSite, shardCacheDir, sitesJson, type IndexStats } from './index-site.ts';
export { buildShard, EXCLUDE_SELECTORS, indexablePages, indexShards, MAX_SHARD_PAGES, planShards, SHARDS_FROM, shardKey, type IndexablePage, type ShardInfo } from './shards.ts';
