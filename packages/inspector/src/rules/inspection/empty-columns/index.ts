import type { Draft, LibraryRule } from '../../../types.ts';
import { atColumn, atSite, columnLabel, sitesFreshness } from '../shared.ts';

export const rule: LibraryRule = {
  id: 'inspection/empty-columns',
  scope: 'library',
  severity: 'error',
  title: '空白栏目（5 个及以上单项否决）',
  requirements: ['I1'],
  check(ctx) {
    const max = ctx.config.inspection.failAt.emptyColumns;
    return sitesFreshness(ctx).flatMap((sf) => {
      const empty = sf.columns.filter((c) => c.status === 'empty');
      const out: Draft[] = empty.map((c) => atColumn(ctx, sf, c, `${columnLabel(sf, c)}是空白栏目`, '发布该栏目的内容，或从 content/sites.yaml 中删除该栏目。', 'warning'));
      if (empty.length >= max) {
        out.unshift(atSite(ctx, sf, `网站“${sf.site.name}”有 ${empty.length} 个空白栏目，达到 ${max} 个（单项否决）`, `为这些栏目发布内容，或删除它们：${empty.map((c) => c.column.name).join('、')}。`));
      }
      return out;
    });
  },
};
