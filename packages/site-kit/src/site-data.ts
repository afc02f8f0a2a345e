/// <reference path="./virtual.d.ts" />
import type { BundleColumn, BundleItem } from '@jiyue/content/bundle';
import bundle from 'virtual:jiyue/site';

/** Items per column page; a column longer than this is paginated. */
export const PAGE_SIZE = 20;

export { bundle };

const itemsByColumn = new Map<string, BundleItem[]>();
for (const item of bundle.items) {
  const list = itemsByColumn.get(item.column) ?? [];
  list.push(item); // bundle.items is newest first, so each list is too
  itemsByColumn.set(item.column, list);
}

export function columnItems(columnId: string): BundleItem[] {
  return itemsByColumn.get(columnId) ?? [];
}

export function columnById(columnId: string): BundleColumn {
  const column = bundle.columns.find((c) => c.id === columnId);
  if (!column) throw new Error(`unknown column ${columnId}`);
  return column;
}

/** The path of page `n` (1-based) of a column list. */
export function columnPagePath(columnId: string, n: number): string {
  return n === 1 ? `/${columnId}/` : `/${columnId}/index_${n}/`;
}

export function pageCount(columnId: string): number {
  return Math.max(1, Math.ceil(columnItems(columnId).length / PAGE_SIZE));
}
