import type { ItemFrontmatter } from './items/schema.ts';
import type { Column, Site, SiteKind } from './registry/schema.ts';

/**
 * What one site's build receives: its registry entry and exactly the items it shows.
 * Written to apps/<site>/.jiyue/site.json; Turbo hashes it as the app's content input, so an
 * edit changes only the bundles (and so rebuilds only the sites) that show the edited item (and
 * a portal's search-below.json, when a site below it shows the item).
 */
export interface SiteBundle {
  version: 1;
  city: { name: string; demo: boolean };
  site: Omit<Site, 'roster'> & { origin: string; /** The department logo's SVG text. */ logoSvg?: string };
  parent?: SiteRef;
  children: SiteRef[];
  /** S4: the site this one was merged into, when it was. */
  migratedTo?: SiteRef & { date: string };
  /** Only in a preview: this site's build would show or index a draft or a scheduled item, so a production build refuses it. */
  preview?: true;
  columns: BundleColumn[];
  /** Newest first. */
  items: BundleItem[];
  /** Former addresses on this site's domains and where they moved (301, X4). */
  redirects: { from: string; to: string }[];
  /** Published from the library by the build (scripts/compile.ts, computed by packages/inspector). */
  published?: Published;
  /** Library files (attachments, forms) this site serves, as paths under content/ (e.g. files/a.pdf). */
  files: string[];
}

export interface SiteRef {
  id: string;
  name: string;
  kind: SiteKind;
  origin: string;
}

export interface BundleColumn extends Column {
  path: string;
  count: number;
}

export interface Link {
  title: string;
  /** Site-relative path when on this site, absolute URL otherwise. */
  href: string;
  siteName?: string;
}

export interface BundleItem {
  id: string;
  /** Only in a preview (`pnpm dev`, the desk): not yet signed, or signed for a later time (定时发布). */
  preview?: { state: 'draft' | 'scheduled'; date: string };
  title: string;
  type: ItemFrontmatter['type'];
  /** The column of this site that shows the item. */
  column: string;
  /** Path of the item's page on this site. */
  path: string;
  /** The page on the owning site (canonical URL). */
  canonical: string;
  /** Set when the item belongs to another site and is shown here (C1). */
  owner?: SiteRef;
  date: string;
  source: string;
  summary: string;
  html: string;
  policy?: ItemFrontmatter['policy'];
  guide?: ItemFrontmatter['guide'];
  message?: ItemFrontmatter['message'];
  archived?: ItemFrontmatter['archived'];
  attachments?: ItemFrontmatter['attachments'];
  /** C4: the original this item reprints. */
  reprintOf?: Link;
  /** C3: for an interpretation, its policy; for a policy, its interpretations. */
  policyLink?: Link;
  interpretations?: Link[];
}

/**
 * A page of a site below a portal, as the portal's search index covers it (search-below.ts):
 * one per library item, on the site that owns it when that site is below the portal too.
 * Written to apps/<portal>/.jiyue/search-below.json, a Turbo input of the portal's build.
 */
export interface SearchPage {
  /** The site the page is on. */
  site: { id: string; name: string };
  /** The page's production address, e.g. https://www.minghu.gov.cn/news/a/. */
  url: string;
  item: BundleItem;
  /** The name of the column that shows it there. */
  column: string;
}

/** What the build publishes from the library into a bundle. */
export interface Published {
  /** I4: the site's 政府网站工作年度报表 for every finished year, newest first. */
  annualReports: AnnualReport[];
  /** I6: on the city portal, the reviewed inspection results (content/inspection/results.json). */
  inspection?: InspectionResults;
}

/**
 * 政府网站工作年度报表 (I4) of one site for one year, following the national template
 * (国办函〔2018〕12号): every figure the library can give; the others are null.
 */
export interface AnnualReport {
  year: number;
  site: { id: string; name: string; homepage: string; sponsor: string; kind: string; siteCode: string; icp: string; police: string };
  /** From the servers' access logs (pnpm stats → content/statistics/visits.json), when reviewed figures exist for the year. */
  visits: { uniqueVisitors: number | null; pageViews: number | null };
  publishing: { total: number; overview: number; news: number; disclosure: number; byColumn: { column: string; name: string; type: string; count: number }[] };
  topics: { maintained: number; opened: number };
  interpretation: { total: number; materials: number; products: null; mediaComments: null; responses: number; importantPolicies: number; importantInterpreted: number };
  services: { catalogue: boolean; guides: number };
  interaction: { unifiedPlatform: null; received: number; replied: number; averageDays: number | null; published: number };
  reprints: { count: number; averageLagHours: number | null; late: number };
  security: { checks: null; incidents: null };
}

/** The public inspection results (I6): each site's verdict, reasons and column figures on the inspection date. */
export interface InspectionResults {
  date: string;
  summary: { sites: number; passed: number; failed: number };
  sites: {
    name: string;
    domain: string;
    kind: SiteKind;
    verdict: '合格' | '不合格';
    reasons: string[];
    homepageUpdated?: string;
    columns: { total: number; fresh: number; warning: number; stale: number; empty: number; static: number };
  }[];
}
