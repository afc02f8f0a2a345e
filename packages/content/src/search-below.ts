import type { SiteBundle, SearchPage } from './bundle-types.ts';

/**
 * The pages of the sites below `portalId` that its search index covers (Q2, issue 13): a portal
 * searches one index of its own instead of fetching every lower site's, so its first query reads
 * one site's files. One page per library item: none for an item the portal shows itself (its own
 * page is indexed), else the owning site's page when the owner is below the portal, else the page
 * of the first site below that shows it. Newest first, as bundles are.
 */
export function searchBelow(bundles: Map<string, SiteBundle>, portalId: string): SearchPage[] {
  const portal = bundles.get(portalId);
  if (!portal) return [];
  const onPortal = new Set(portal.items.map((i) => i.id));
  const below = descendants(bundles, portalId);
  const pages = new Map<string, SearchPage>();
  for (const bundle of below) {
    for (const item of bundle.items) {
      if (onPortal.has(item.id)) continue;
      // A copy stands in only until the owner's own page is found (or for good, when the owner is not below).
      if (pages.has(item.id) && item.owner) continue;
      const column = bundle.columns.find((c) => c.id === item.column)?.name ?? item.column;
      pages.set(item.id, { site: { id: bundle.site.id, name: bundle.site.name }, url: `${bundle.site.origin}${item.path}`, item, column });
    }
  }
  return [...pages.values()].sort((a, b) => (a.item.date < b.item.date ? 1 : a.item.date > b.item.date ? -1 : a.url < b.url ? -1 : 1));
}

/** Every site below `id`, nearest first (children, then theirs), each once. */
function descendants(bundles: Map<string, SiteBundle>, id: string): SiteBundle[] {
  const seen = new Set([id]);
  const out: SiteBundle[] = [];
  for (let level = [id]; level.length; ) {
    const next: string[] = [];
    for (const parent of level) {
      for (const child of bundles.get(parent)?.children ?? []) {
        const bundle = bundles.get(child.id);
        if (!bundle || seen.has(child.id)) continue;
        seen.add(child.id);
        out.push(bundle);
        next.push(child.id);
      }
    }
    level = next;
  }
  return out;
}
