/**
 * The search markup of an item page: the hidden filter, meta and sort spans Pagefind reads
 * (names from client/names.ts). The item view, the pages of the sites below a portal
 * (below-pages.ts) and the synthetic benchmark pages all write it with this function, so the
 * index always sees the same fields.
 */
import { FILTER, META, SORT } from './client/names.ts';

export interface SearchFields {
  column: string;
  /** The item type's Chinese name (办事指南…). */
  type: string;
  /** Publication time, YYYY-MM-DD HH:MM. */
  date: string;
  source: string;
  /** The name of the site the page is on. */
  site: string;
  /** The library item's id. */
  item: string;
  /** The owning site, when the page shows another site's item (C1). */
  owner?: { id: string; name: string };
  /** The id of the site the page is on, for a page of a site below a portal (its link follows where that site is served). */
  siteId?: string;
}

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const span = (kind: 'filter' | 'meta' | 'sort', name: string, value: string) => `<span hidden data-pagefind-${kind}="${name}">${escapeHtml(value)}</span>`;

export function searchFieldsHtml(f: SearchFields): string {
  return [
    span('filter', FILTER.site, f.site),
    span('filter', FILTER.column, f.column),
    span('filter', FILTER.type, f.type),
    span('filter', FILTER.year, f.date.slice(0, 4)),
    span('filter', FILTER.source, f.source),
    span('meta', META.site, f.site),
    span('meta', META.item, f.item),
    ...(f.owner ? [span('meta', META.owner, f.owner.name)] : []),
    ...(f.siteId ? [span('meta', META.siteId, f.siteId)] : []),
    span('sort', SORT.date, f.date),
    span('meta', META.date, f.date.slice(0, 10)),
  ].join('');
}

/** The attribute that marks the page title as Pagefind's `title` meta. */
export const TITLE_ATTRIBUTE = { 'data-pagefind-meta': META.title } as const;
