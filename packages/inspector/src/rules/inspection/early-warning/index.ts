import { limitText } from '../../../inspection/freshness.ts';
import type { Draft, LibraryRule } from '../../../types.ts';
import { atColumn, atSite, columnLabel, sitesFreshness } from '../shared.ts';

export const rule: LibraryRule = {
  id: 'inspection/early-warning',
  scope: 'library',
  severity: 'warning',
  title: '更新预警',
  requirements: ['I3'],
  check(ctx) {
    const { homepageDays, homepageWarnAt, failAt, warnAt } = ctx.config.inspection;
    return sitesFreshness(ctx).flatMap((sf) => {
      const out: Draft[] = [];
      const name = sf.site.name;
      if (sf.homepageAge !== undefined && sf.homepageAge > homepageDays * (homepageWarnAt ?? warnAt) && sf.homepageAge <= homepageDays) {
        out.push(atSite(ctx, sf, `预警：网站“${name}”首页已 ${sf.homepageAge} 天未更新，${homepageDays - sf.homepageAge} 天后将达到 ${homepageDays} 天的单项否决期限`, '尽快发布新的政务动态。'));
      }
      for (const c of sf.columns.filter((c) => c.status === 'warning')) {
        out.push(atColumn(ctx, sf, c, `预警：${columnLabel(sf, c)}已 ${c.age} 天未更新，${c.limitDays! - c.age!} 天后超过 ${limitText(c.limit!)} 的更新期限`, '尽快更新该栏目。'));
      }
      const counts: [number, number, string][] = [
        [sf.counts.urgentStale, failAt.urgentStaleColumns, '动态要闻、通知公告、政策文件类栏目超期未更新'],
        [sf.counts.stale, failAt.staleColumns, '栏目应更新而未更新'],
        [sf.counts.empty, failAt.emptyColumns, '空白栏目'],
      ];
      for (const [n, max, what] of counts) {
        if (n < max && n >= Math.ceil(max * warnAt)) out.push(atSite(ctx, sf, `预警：网站“${name}”已有 ${n} 个${what}，达到 ${max} 个即单项否决`, '逐一处理这些栏目，不要等到检查时。'));
      }
      return out;
    });
  },
};
