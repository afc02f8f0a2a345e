/**
 * The names the item pages, the indexer and the search page agree on: Pagefind filters, meta
 * fields and sort keys. Defined here only; the item view writes them, the engine reads them.
 */

/** Filters every item page carries (`data-pagefind-filter`), in the order the search page offers them. */
export const FILTER = {
  column: '栏目',
  type: '类型',
  year: '年份',
  source: '发布单位',
} as const;

/** Synthetic filters the browser adds per merged index (Pagefind `mergeFilter`). */
export const MERGE_FILTER = {
  /** The site's name: the 网站 filter of a portal and the per-site date lists. */
  site: '网站',
  /** `<site id>/<shard>`: newest-first asks each shard for its own date-sorted list. */
  shard: '分片',
} as const;

/**
 * A filter never offered to citizens: on a page that shows another site's item (C1), the owning
 * site's id. The engine leaves out the copies whose owning site it searches too, so each item is
 * one result and the count is what can be listed.
 */
export const COPY_FILTER = '副本';

/** Meta fields of every item page (`data-pagefind-meta`). */
export const META = {
  title: 'title',
  /** Day of publication, YYYY-MM-DD. */
  date: 'date',
  /** The name of the site the page is on. */
  site: 'site',
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

export type FilterName = (typeof FILTER)[keyof typeof FILTER] | (typeof MERGE_FILTER)[keyof typeof MERGE_FILTER];
