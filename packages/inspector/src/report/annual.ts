import { itemType, placements, type ItemTypeInfo, type Library, type Site } from '@jiyue/content';
import type { AnnualReport } from '@jiyue/content/bundle';
import { daysBetween } from '../lib/dates.ts';
import { reprintLagHours } from '../rules/crossref/reprint-lag/index.ts';

const KIND = { 'city-portal': '政府门户网站', 'district-portal': '政府门户网站', department: '部门网站' } as const;

/** Figures that cannot be computed from the library (visits, security checks…): filled in by the office. */
export const NOT_FROM_LIBRARY = null;

const interpretedOf = new WeakMap<Library, Set<string>>();
/** Ids of the policies some item interprets (once per library). */
function interpretedPolicies(library: Library): Set<string> {
  let set = interpretedOf.get(library);
  if (!set) interpretedOf.set(library, (set = new Set(library.items.flatMap((i) => (i.meta.interprets ? [i.meta.interprets] : [])))));
  return set;
}

/** 政府网站工作年度报表 (I4) of one site for one year; `reprintHours` is the configured reprint deadline (R-C4). */
export function annualReport(library: Library, site: Site, year: number, reprintHours: number, visits?: { uniqueVisitors: number; pageViews: number }): AnnualReport {
  const inYear = (date: string) => date.startsWith(`${year}-`);
  const shown = (placements(library).get(site.id) ?? []).filter(({ item }) => inYear(item.meta.date));
  const items = shown.map((p) => p.item);
  const ofType = (...types: string[]) => items.filter((i) => types.includes(i.meta.type)).length;
  const published = (line: ItemTypeInfo['publishing']) => items.filter((i) => itemType(i.meta.type).publishing === line).length;
  const messages = (placements(library).get(site.id) ?? []).flatMap(({ item }) => (item.meta.message ? [item.meta.message] : []));
  const received = messages.filter((m) => inYear(m.received));
  const replied = messages.filter((m) => inYear(m.replied));
  const days = replied.map((m) => daysBetween(m.received, m.replied));
  // The site's own reprints whose original is in the library, each with its original.
  const reprints = items.flatMap((i) => {
    const original = i.meta.site === site.id && i.meta.reprintOf ? library.byId.get(i.meta.reprintOf) : undefined;
    return original ? [{ reprint: i, original }] : [];
  });
  const lags = reprints.map(({ reprint, original }) => reprintLagHours(reprint.meta.date, original.meta.date));
  const policies = items.filter((i) => i.meta.type === 'policy' && i.meta.policy?.important);
  const interpreted = interpretedPolicies(library);
  const topicColumns = site.columns.filter((c) => c.type === 'topic');
  return {
    year,
    site: {
      id: site.id,
      name: site.name,
      homepage: `https://${site.domain}/`,
      sponsor: site.sponsor,
      kind: KIND[site.kind],
      siteCode: site.siteCode,
      icp: site.icp,
      police: site.police.number,
    },
    visits: visits ?? { uniqueVisitors: NOT_FROM_LIBRARY, pageViews: NOT_FROM_LIBRARY },
    publishing: {
      total: items.length,
      overview: published('overview'),
      news: published('news'),
      disclosure: published('disclosure'),
      byColumn: site.columns.map((c) => ({ column: c.id, name: c.name, type: c.type, count: shown.filter((p) => p.column === c.id).length })),
    },
    topics: {
      maintained: topicColumns.length ? (placements(library).get(site.id) ?? []).filter((p) => p.item.meta.type === 'topic' && p.item.meta.date <= `${year}-12-31 23:59`).length : 0,
      opened: ofType('topic'),
    },
    interpretation: {
      total: ofType('interpretation') + ofType('response'),
      materials: ofType('interpretation'),
      products: NOT_FROM_LIBRARY,
      mediaComments: NOT_FROM_LIBRARY,
      responses: ofType('response'),
      importantPolicies: policies.length,
      importantInterpreted: policies.filter((p) => interpreted.has(p.meta.id)).length,
    },
    services: { catalogue: ofType('guide') > 0 || (placements(library).get(site.id) ?? []).some((p) => p.item.meta.type === 'guide'), guides: ofType('guide') },
    interaction: {
      unifiedPlatform: NOT_FROM_LIBRARY,
      received: received.length,
      replied: replied.length,
      averageDays: days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null,
      published: ofType('message'),
    },
    reprints: {
      count: reprints.length,
      averageLagHours: lags.length ? Math.round((lags.reduce((a, b) => a + b, 0) / lags.length) * 10) / 10 : null,
      late: lags.filter((h) => h > reprintHours).length,
    },
    security: { checks: NOT_FROM_LIBRARY, incidents: NOT_FROM_LIBRARY },
  };
}
