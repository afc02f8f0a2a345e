/**
 * Cache keys of the pages Astro may skip (experimental.incrementalBuild). Astro skips a page
 * when its key and the hash of its module graph (templates, components, styles, scripts of
 * packages/ui and site-kit) both match the previous build, so a key must cover every piece of
 * the bundle the page shows; the code is covered by the graph hash. docs/architecture.md,
 * "Page cache".
 */
import type { BundleItem, SiteBundle } from '@jiyue/content/bundle';
import { createHash } from 'node:crypto';
import { bundle } from './site-data.ts';

/**
 * What the frame of every page (layouts/Page.astro: banner, column navigation, footer, notices)
 * may show: the whole bundle except its items, the column counts (shown only on the home page
 * and the site map, which are always rendered), the redirects, the file list and the published
 * reports (pages of their own, always rendered; the footer shows only whether they exist).
 */
function frameOf(site: SiteBundle): unknown {
  const { items, redirects, files, published, columns, ...frame } = site;
  // The footer links the reports and the inspection results when the site publishes them.
  const publishes = { reports: !!published?.annualReports?.length, inspection: !!published?.inspection };
  return { ...frame, publishes, columns: columns.map(({ count, ...column }) => column) };
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');
const frameKey = digest(frameOf(bundle));

/** An item's page: the frame and the item as the bundle resolved it (its links carry their targets' titles). */
export function itemPageKey(item: BundleItem): string {
  return digest([frameKey, item]);
}

/** Page `page` of a column list: the frame, the items it lists and the number of pages (pagination). */
export function columnPageKey(columnId: string, page: number, pages: number, items: BundleItem[]): string {
  return digest([frameKey, columnId, page, pages, items]);
}
