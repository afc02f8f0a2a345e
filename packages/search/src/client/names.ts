/**
 * The names the item pages, the indexer and the search page agree on: Pagefind filters, meta
 * fields and sort keys. Defined here only; the item view writes them, the engine reads them.
 */

/** Filters every item page carries (`data-pagefind-filter`), in the order the search page offers them. */
export const FILTER = {
  /** The name of the site the page is on: offered on a portal, whose index covers the sites below it. */
  site: '网站',
  column: '栏目',
  type: '类型',
  year: '年份',
  source: '发布单位',
} as const;

/**
 * A synthetic filter the browser adds per merged shard (Pagefind `mergeFilter`), `<site id>/<shard>`:
 * newest-first asks each shard for its own date-sorted list. Never offered to citizens.
 */
export const SHARD_FILTER = '分片';

/** Meta fields of every item page (`data-pagefind-meta`). */
export const META = {
  title: 'title',
  /** Day of publication, YYYY-MM-DD. */
  date: 'date',
  /** The name of the site the page is on. */
  site: 'site',
  /** The id of that site, on pages of the sites below a portal: their links follow where the site is served. */
  siteId: 'siteId',
  /** The library item's id: one result per item, however many sites show it. */
  item: 'id',
  /** The owning site's name, on a page showing another site's item. */
  owner: 'owner',
} as const;

/** Sort keys of every item page (`data-pagefind-sort`). */
export const SORT = {
  /** Publication time, YYYY-MM-DD HH:MM. */
  date: 'date',
} as const;

export type FilterName = (typeof FILTER)[keyof typeof FILTER];
