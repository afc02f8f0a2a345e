import { placements, type Column, type Library, type ParsedItem, type Site } from '@jiyue/content';
import type { InspectorConfig, Limit } from '../config.ts';
import { addMonths, dayOf, daysBetween } from '../lib/dates.ts';

/** Column types whose staleness counts toward the 5-column 单项否决 (动态要闻、通知公告、政策文件). */
export const URGENT_TYPES = new Set(['news', 'notice', 'policy']);

export type ColumnStatus = 'fresh' | 'warning' | 'stale' | 'empty' | 'static';

export interface ColumnFreshness {
  column: Column;
  /** Index of the column in the site's registry entry (for positions). */
  index: number;
  count: number;
  /** Date of the newest published item shown in the column. */
  newest?: string;
  /** Days since the newest item, relative to the inspection date. */
  age?: number;
  limit?: Limit;
  /** The limit in days, relative to the inspection date (months are counted as calendar months). */
  limitDays?: number;
  status: ColumnStatus;
  urgent: boolean;
}

export interface SiteFreshness {
  site: Site;
  siteIndex: number;
  /** The homepage shows the site's newest item. */
  newest?: string;
  homepageAge?: number;
  columns: ColumnFreshness[];
  counts: { urgentStale: number; stale: number; empty: number; items: number };
}

export const limitText = (l: Limit) => ('days' in l ? `${l.days} 天` : `${l.months} 个月`);

/** Days the limit spans back from `date` (months are calendar months). */
export function limitDays(limit: Limit, date: string): number {
  return 'days' in limit ? limit.days : daysBetween(addMonths(date, -limit.months), date);
}

/**
 * Freshness of every column of every site on `date`: items shown in the column (its own and
 * shownOn placements) dated on or before `date`; status against the column type's limit.
 */
export function freshness(library: Library, config: InspectorConfig, date: string): SiteFreshness[] {
  const bySite = placements(library);
  const { columnLimits, warnAt } = config.inspection;
  return library.registry.sites.map((site, siteIndex) => {
    const shown = (bySite.get(site.id) ?? []).filter(({ item }) => dayOf(item.meta.date) <= date);
    const newestOf = (items: ParsedItem[]) => items.reduce<string | undefined>((a, i) => (!a || i.meta.date > a ? i.meta.date : a), undefined);
    const columns = site.columns.map((column, index): ColumnFreshness => {
      const items = shown.filter((p) => p.column === column.id).map((p) => p.item);
      const newest = newestOf(items);
      const limit = columnLimits[column.type];
      const age = newest ? daysBetween(newest, date) : undefined;
      const span = limit ? limitDays(limit, date) : undefined;
      let status: ColumnStatus;
      if (!items.length) status = 'empty';
      else if (!limit || span === undefined) status = 'static';
      else if (age! > span) status = 'stale';
      else if (age! > span * (limit.warnAt ?? warnAt)) status = 'warning';
      else status = 'fresh';
      return { column, index, count: items.length, newest, age, limit, limitDays: span, status, urgent: URGENT_TYPES.has(column.type) };
    });
    const newest = newestOf(shown.map((p) => p.item));
    return {
      site,
      siteIndex,
      newest,
      homepageAge: newest ? daysBetween(newest, date) : undefined,
      columns,
      counts: {
        urgentStale: columns.filter((c) => c.urgent && c.status === 'stale').length,
        stale: columns.filter((c) => c.status === 'stale').length,
        empty: columns.filter((c) => c.status === 'empty').length,
        items: shown.length,
      },
    };
  });
}
