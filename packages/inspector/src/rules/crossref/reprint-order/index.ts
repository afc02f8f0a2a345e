import type { LibraryRule } from '../../../types.ts';
import { atKey } from '../../shared.ts';
import { reprintLagHours } from '../reprint-lag/index.ts';

export const rule: LibraryRule = {
  id: 'crossref/reprint-order',
  scope: 'library',
  severity: 'error',
  title: '转载早于原文',
  requirements: ['C4'],
  check(ctx) {
    const out = [];
    for (const item of ctx.library.items) {
      const original = item.meta.reprintOf ? ctx.library.byId.get(item.meta.reprintOf) : undefined;
      if (!original || reprintLagHours(item.meta.date, original.meta.date) >= 0) continue;
      out.push(
        atKey(ctx.sourceOf(item), ['date'], `转载时间 ${item.meta.date} 早于原文发布时间 ${original.meta.date}`, '核对两篇条目的发布时间：转载只能在原文发布之后。'),
      );
    }
    return out;
  },
};
