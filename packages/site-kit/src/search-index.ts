/** The site's search index is built by @jiyue/search (one home for search, issue 13). */
export { EXCLUDE_SELECTORS, indexSite, SITES_FILE, sitesJson, type IndexStats } from '@jiyue/search';
