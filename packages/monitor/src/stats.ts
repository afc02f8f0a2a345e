import type { Library } from '@jiyue/content';
import type { Hit } from './access-log.ts';

/** Visits of one site in one year, from its access log (I5). */
export interface SiteVisits {
  site: string;
  /** Pages served (HTML, status 200, GET): 页面访问量. */
  pageViews: number;
  /** Distinct visitors per day (network + browser), summed over the days: 独立访客数. */
  uniqueVisitors: number;
  byColumn: { column: string; name: string; pageViews: number }[];
  topPages: { path: string; pageViews: number }[];
}

export interface VisitStats { year: number; sites: SiteVisits[]; ignored: number }

/** A page, not a style, script, image, file or search index: what citizens read. */
const isPage = (path: string) => path.endsWith('/') || path.endsWith('.html');

export function visitStats(library: Library, hits: Hit[], year: number): VisitStats {
  const byHost = new Map<string, string>();
  for (const site of library.registry.sites) {
    byHost.set(site.domain, site.id);
    if (site.lifecycle?.domainChanged) byHost.set(site.lifecycle.domainChanged.from, site.id);
  }
  const acc = new Map<string, { views: number; visitors: Set<string>; columns: Map<string, number>; pages: Map<string, number> }>();
  let ignored = 0;
  for (const h of hits) {
    const site = byHost.get(h.host);
    if (!site || h.method !== 'GET' || h.status !== 200 || !isPage(h.path) || !h.day.startsWith(`${year}-`)) {
      ignored++;
      continue;
    }
    let a = acc.get(site);
    if (!a) acc.set(site, (a = { views: 0, visitors: new Set(), columns: new Map(), pages: new Map() }));
    a.views++;
    a.visitors.add(`${h.day} ${h.visitor} ${h.userAgent}`);
    const column = h.path.split('/')[1] ?? '';
    a.columns.set(column, (a.columns.get(column) ?? 0) + 1);
    a.pages.set(h.path, (a.pages.get(h.path) ?? 0) + 1);
  }
  const sites = library.registry.sites.map((site): SiteVisits => {
    const a = acc.get(site.id);
    return {
      site: site.id,
      pageViews: a?.views ?? 0,
      uniqueVisitors: a?.visitors.size ?? 0,
      byColumn: site.columns.map((c) => ({ column: c.id, name: c.name, pageViews: a?.columns.get(c.id) ?? 0 })),
      topPages: [...(a?.pages ?? new Map<string, number>())].map(([path, pageViews]) => ({ path, pageViews })).sort((x, y) => y.pageViews - x.pageViews || x.path.localeCompare(y.path)).slice(0, 20),
    };
  });
  return { year, sites, ignored };
}
