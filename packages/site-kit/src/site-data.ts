/// <reference path="./virtual.d.ts" />
import type { BundleColumn, BundleItem, SiteBundle } from '@jiyue/content/bundle';
import { readFileSync } from 'node:fs';
import bundlePath from 'virtual:jiyue/bundle-path';

/** Items per column page; a column longer than this is paginated. */
export const PAGE_SIZE = 20;

/** The site's bundle, read from disk: it is data, not a module of the pages (see page-keys.ts). */
export const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as SiteBundle;

const itemsByColumn = new Map<string, BundleItem[]>();
for (const item of bundle.items) {
  const list = itemsByColumn.get(item.column) ?? [];
  list.push(item); // bundle.items is newest first, so each list is too
  itemsByColumn.set(item.column, list);
}

export function columnItems(columnId: string): BundleItem[] {
  return itemsByColumn.get(columnId) ?? [];
}

/** The items that page `n` (1-based) of a column list shows. */
export function columnPageItems(columnId: string, n: number): BundleItem[] {
  return columnItems(columnId).slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE);
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
