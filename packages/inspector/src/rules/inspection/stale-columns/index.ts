import type { LibraryRule } from '../../../types.ts';
import { atSite, sitesFreshness } from '../shared.ts';

export const rule: LibraryRule = {
  id: 'inspection/stale-columns',
  scope: 'library',
  severity: 'error',
  title: '应更新而未更新的栏目过多（单项否决）',
  requirements: ['I1'],
  check(ctx) {
    const max = ctx.config.inspection.failAt.staleColumns;
    return sitesFreshness(ctx).flatMap((sf) => {
      const stale = sf.columns.filter((c) => c.status === 'stale');
      return stale.length >= max
        ? [atSite(ctx, sf, `网站“${sf.site.name}”有 ${stale.length} 个应更新而未更新的栏目，达到 ${max} 个（单项否决）`, `更新这些栏目，或整合、撤销无内容可发布的栏目：${stale.map((c) => c.column.name).join('、')}。`)]
        : [];
    });
  },
};
