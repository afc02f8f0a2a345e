import type { LibraryRule } from '../../../types.ts';
import { atSite, sitesFreshness } from '../shared.ts';

export const rule: LibraryRule = {
  id: 'inspection/homepage-stale',
  scope: 'library',
  severity: 'error',
  title: '首页超过两周未更新（单项否决）',
  requirements: ['I1'],
  check(ctx) {
    const limit = ctx.config.inspection.homepageDays;
    return sitesFreshness(ctx).flatMap((sf) => {
      if (sf.homepageAge !== undefined && sf.homepageAge <= limit) return [];
      const what = sf.newest ? `最新信息发布于 ${sf.newest}，已 ${sf.homepageAge} 天未更新` : '没有任何已发布的信息';
      return [atSite(ctx, sf, `网站“${sf.site.name}”首页${what}，超过 ${limit} 天（单项否决）`, '及时发布本单位政务动态；也可以用 shownOn 转载上级网站的要闻。')];
    });
  },
};
