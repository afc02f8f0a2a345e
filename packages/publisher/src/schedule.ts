import { contentDir, isDue, listItemFiles, nowInChina, parseItem, readBundle, type ParsedItem } from '@jiyue/content';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** Where a scheduled item (定时发布) stands at a given time. */
export type ScheduleState = 'live' | 'due' | 'waiting' | 'unsigned';
export const scheduleStateName: Record<ScheduleState, string> = {
  live: '已上线', due: '已到时间，下次构建上线', waiting: '待发布', unsigned: '未完成三审',
};

export interface ScheduledItem { state: ScheduleState; date: string; site: string; title: string; file: string }

/**
 * The items carrying a publication time (定时发布), oldest first: live (in the last bundle of their
 * site), due (the next build publishes them), waiting for their time, or not yet signed. Files
 * that do not parse are counted, not listed: `pnpm compile` explains them.
 */
export function schedule(root: string, now = nowInChina()): { items: ScheduledItem[]; unreadable: number } {
  const items: ScheduledItem[] = [];
  let unreadable = 0;
  const live = publishedIds(root);
  for (const path of listItemFiles(contentDir(root))) {
    const file = relative(root, path);
    const { item } = parseItem(readFileSync(path), file);
    if (!item) unreadable++;
    else if (item.meta.scheduled) items.push({ state: live(item.meta.site).has(item.meta.id) ? 'live' : stateOf(item, now), date: item.meta.date, site: item.meta.site, title: item.meta.title, file });
  }
  return { items: items.sort((a, b) => a.date.localeCompare(b.date)), unreadable };
}

function stateOf(item: ParsedItem, now: string): ScheduleState {
  if (item.meta.draft) return 'unsigned';
  return isDue(item, now) ? 'due' : 'waiting';
}

/** The item ids in each site's last production bundle (none before the first build). */
function publishedIds(root: string): (site: string) => Set<string> {
  const bySite = new Map<string, Set<string>>();
  return (site) => {
    if (!bySite.has(site)) {
      let ids = new Set<string>();
      try {
        ids = new Set(readBundle(root, site).items.filter((i) => !i.preview).map((i) => i.id));
      } catch {
        // no bundle yet: nothing of this site is live
      }
      bySite.set(site, ids);
    }
    return bySite.get(site)!;
  };
}
