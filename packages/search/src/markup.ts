/**
 * The search markup of an item page: the hidden filter, meta and sort spans Pagefind reads
 * (names from client/names.ts). The item view and the synthetic benchmark pages both write it
 * with this function, so the index always sees the same fields.
 */
import { COPY_FILTER, FILTER, META, SORT } from './client/names.ts';

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
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const span = (kind: 'filter' | 'meta' | 'sort', name: string, value: string) => `<span hidden data-pagefind-${kind}="${name}">${escape(value)}</span>`;

export function searchFieldsHtml(f: SearchFields): string {
  return [
    span('filter', FILTER.column, f.column),
    span('filter', FILTER.type, f.type),
    span('filter', FILTER.year, f.date.slice(0, 4)),
    span('filter', FILTER.source, f.source),
    span('meta', META.site, f.site),
    span('meta', META.item, f.item),
    ...(f.owner ? [span('meta', META.owner, f.owner.name), span('filter', COPY_FILTER, f.owner.id)] : []),
    span('sort', SORT.date, f.date),
    span('meta', META.date, f.date.slice(0, 10)),
  ].join('');
}

/** The attribute that marks the page title as Pagefind's `title` meta. */
export const TITLE_ATTRIBUTE = { 'data-pagefind-meta': META.title } as const;
