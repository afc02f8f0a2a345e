import type { LibraryRule } from '../../../types.ts';
import { atSite, sitesFreshness } from '../shared.ts';

export const rule: LibraryRule = {
  id: 'inspection/no-guide',
  scope: 'library',
  severity: 'error',
  title: '门户网站没有办事指南（单项否决）',
  requirements: ['I1', 'C8'],
  check(ctx) {
    if (!ctx.config.inspection.portalNeedsGuide) return [];
    return sitesFreshness(ctx).flatMap((sf) => {
      if (sf.site.kind === 'department') return [];
      const guides = sf.columns.filter((c) => c.column.type === 'guide').reduce((n, c) => n + c.count, 0);
      return guides > 0 ? [] : [atSite(ctx, sf, `门户网站“${sf.site.name}”没有可用的办事指南（单项否决：无法提供办事服务）`, '设置办事指南栏目（type: guide），发布本级政务服务事项的办事指南。')];
    });
  },
};
