import type { LibraryRule } from '../../../types.ts';
import { atSite, sitesFreshness } from '../shared.ts';

export const rule: LibraryRule = {
  id: 'inspection/urgent-stale-columns',
  scope: 'library',
  severity: 'error',
  title: '动态要闻、通知公告、政策文件类栏目超期未更新过多（单项否决）',
  requirements: ['I1'],
  check(ctx) {
    const max = ctx.config.inspection.failAt.urgentStaleColumns;
    return sitesFreshness(ctx).flatMap((sf) => {
      const stale = sf.columns.filter((c) => c.urgent && c.status === 'stale');
      return stale.length >= max
        ? [atSite(ctx, sf, `网站“${sf.site.name}”有 ${stale.length} 个动态要闻、通知公告或政策文件类栏目超期未更新（${stale.map((c) => c.column.name).join('、')}），达到 ${max} 个（单项否决）`, '动态要闻类栏目每两周、通知公告和政策文件类栏目每六个月至少更新一次。')]
        : [];
    });
  },
};
