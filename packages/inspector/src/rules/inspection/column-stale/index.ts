import { limitText } from '../../../inspection/freshness.ts';
import type { LibraryRule } from '../../../types.ts';
import { atColumn, columnLabel, sitesFreshness } from '../shared.ts';

export const rule: LibraryRule = {
  id: 'inspection/column-stale',
  scope: 'library',
  severity: 'warning',
  title: '栏目超期未更新',
  requirements: ['I1', 'I2'],
  check(ctx) {
    return sitesFreshness(ctx).flatMap((sf) =>
      sf.columns
        .filter((c) => c.status === 'stale')
        .map((c) => atColumn(ctx, sf, c, `${columnLabel(sf, c)}最新信息发布于 ${c.newest}，已 ${c.age} 天未更新（期限 ${limitText(c.limit!)}）`, '及时更新该栏目；长期无内容可发布的栏目应当整合或撤销。')),
    );
  },
};
