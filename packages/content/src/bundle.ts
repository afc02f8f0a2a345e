import type { BundleColumn, BundleItem, Link, SiteBundle, SiteRef } from './bundle-types.ts';
import type { ParsedItem } from './items/parse.ts';
import { domainsOf, filesOf, type Library } from './library.ts';
import { lifecycleNotices } from './lifecycle-notices.ts';
import type { Site } from './registry/schema.ts';

export const originOf = (site: Site) => `https://${site.domain}`;
export const columnPath = (columnId: string) => `/${columnId}/`;
export const itemPath = (columnId: string, itemId: string) => `/${columnId}/${itemId}/`;

const ref = (site: Site): SiteRef => ({ id: site.id, name: site.name, kind: site.kind, origin: originOf(site) });

const placementsOf = new WeakMap<Library, Map<string, { item: ParsedItem; column: string }[]>>();

/** Which column of which site shows each item: its own column, plus every shownOn placement (computed once per library, which does not change once loaded). */
export function placements(library: Library): Map<string, { item: ParsedItem; column: string }[]> {
  const known = placementsOf.get(library);
  if (known) return known;
  const bySite = new Map<string, { item: ParsedItem; column: string }[]>();
  for (const s of library.registry.sites) bySite.set(s.id, []);
  for (const item of library.items) {
    bySite.get(item.meta.site)!.push({ item, column: item.meta.column });
    for (const p of item.meta.shownOn ?? []) {
      if (p.site !== item.meta.site) bySite.get(p.site)!.push({ item, column: p.column });
    }
  }
  placementsOf.set(library, bySite);
  return bySite;
}

export interface BundleOptions {
  /** "YYYY-MM-DD HH:MM", China Standard Time; items dated later are not yet published (定时发布). Defaults to now. */
  now?: string;
  /** A preview (`pnpm dev`, the desk) shows drafts and items not yet due, each flagged for its 草稿 banner. */
  preview?: boolean;
}

/** Now in China Standard Time, as "YYYY-MM-DD HH:MM" (the form of an item's date). */
export const nowInChina = (now = new Date()) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * What a build may show: an item whose publication time has come. A scheduled item (定时发布) is
 * checked and signed like any other and appears at the first build after its time.
 */
export function isDue(item: ParsedItem, now: string): boolean {
  return !item.meta.draft && item.meta.date <= now;
}

/** Builds every site's bundle from the checked library, with the lifecycle notices (S4). */
export function buildBundles(checked: Library, options: BundleOptions = {}): Map<string, SiteBundle> {
  const now = options.now ?? nowInChina();
  const shown = options.preview ? checked.items : checked.items.filter((i) => isDue(i, now));
  const notices = lifecycleNotices(checked.registry);
  const library: Library = { ...checked, items: [...shown, ...notices], byId: new Map([...shown, ...notices].map((n) => [n.meta.id, n] as const)) };
  const bySite = placements(library);
  const interpretationsOf = new Map<string, ParsedItem[]>();
  for (const item of library.items) {
    if (item.meta.interprets) {
      const list = interpretationsOf.get(item.meta.interprets) ?? [];
      list.push(item);
      interpretationsOf.set(item.meta.interprets, list);
    }
  }
  // Where each item can be linked from a given site: its page there if shown, else its canonical page.
  const pathOn = new Map<string, Map<string, string>>();
  for (const [siteId, list] of bySite) {
    pathOn.set(siteId, new Map(list.map(({ item, column }) => [item.meta.id, itemPath(column, item.meta.id)])));
  }
  const canonical = (item: ParsedItem) => originOf(library.sites.get(item.meta.site)!) + itemPath(item.meta.column, item.meta.id);
  const linkFrom = (siteId: string, item: ParsedItem): Link => {
    const local = pathOn.get(siteId)!.get(item.meta.id);
    const owner = library.sites.get(item.meta.site)!;
    return local ? { title: item.meta.title, href: local } : { title: item.meta.title, href: canonical(item), siteName: owner.name };
  };

  // X4: every former address is answered by the site that owns its domain, with the item's page.
  const redirects = new Map<string, { from: string; to: string }[]>();
  const domains = domainsOf(library.registry);
  for (const item of library.items) {
    for (const url of item.meta.formerly ?? []) {
      const u = new URL(url);
      const site = domains.get(u.hostname)!;
      const list = redirects.get(site.id) ?? [];
      list.push({ from: u.pathname + u.search, to: canonical(item) });
      redirects.set(site.id, list);
    }
  }

  const bundles = new Map<string, SiteBundle>();
  for (const site of library.registry.sites) {
    const shown = bySite.get(site.id)!;
    const items: BundleItem[] = shown.map(({ item, column }) => {
      const m = item.meta;
      const original = m.reprintOf ? library.byId.get(m.reprintOf) : undefined;
      const policy = m.interprets ? library.byId.get(m.interprets) : undefined;
      const interpretations = (interpretationsOf.get(m.id) ?? []).map((i) => linkFrom(site.id, i));
      return {
        id: m.id,
        preview: isDue(item, now) ? undefined : { state: m.draft ? 'draft' : 'scheduled', date: m.date },
        title: m.title,
        type: m.type,
        column,
        path: itemPath(column, m.id),
        canonical: canonical(item),
        owner: m.site === site.id ? undefined : ref(library.sites.get(m.site)!),
        date: m.date,
        source: m.source,
        summary: m.summary ?? summarize(item.text),
        html: item.html,
        policy: m.policy,
        guide: m.guide,
        message: m.message,
        // S5: a migrated site's pages stay reachable, labelled 已归档 with the migration date.
        archived: m.archived ?? migratedArchive(library, m.site),
        attachments: m.attachments,
        reprintOf: original ? linkFrom(site.id, original) : undefined,
        policyLink: policy ? linkFrom(site.id, policy) : undefined,
        interpretations: interpretations.length ? interpretations : undefined,
      };
    });
    items.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
    const counts = new Map<string, number>();
    for (const i of items) counts.set(i.column, (counts.get(i.column) ?? 0) + 1);
    const columns: BundleColumn[] = site.columns.map((c) => ({ ...c, path: columnPath(c.id), count: counts.get(c.id) ?? 0 }));
    const { roster: _roster, ...publicSite } = site;
    const parent = site.parent ? library.sites.get(site.parent) : undefined;
    bundles.set(site.id, {
      version: 1,
      city: { name: library.registry.city.name, demo: library.registry.city.demo },
      site: { ...publicSite, origin: originOf(site) },
      parent: parent ? ref(parent) : undefined,
      children: library.registry.sites.filter((s) => s.parent === site.id).map(ref),
      migratedTo: site.lifecycle?.migrated && library.sites.get(site.lifecycle.migrated.to)
        ? { ...ref(library.sites.get(site.lifecycle.migrated.to)!), date: site.lifecycle.migrated.date }
        : undefined,
      columns,
      items,
      redirects: (redirects.get(site.id) ?? []).sort((a, b) => a.from.localeCompare(b.from)),
      files: [...new Set(shown.flatMap(({ item }) => filesOf(item)))].sort(),
    });
  }
  return bundles;
}

function migratedArchive(library: Library, siteId: string): { date: string } | undefined {
  const date = library.sites.get(siteId)?.lifecycle?.migrated?.date;
  return date ? { date } : undefined;
}

function summarize(text: string): string {
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}
