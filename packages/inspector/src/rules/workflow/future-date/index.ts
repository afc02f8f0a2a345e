import { dayOf } from '../../../lib/dates.ts';
import type { ItemRule } from '../../../types.ts';
import { atKey } from '../../shared.ts';

export const rule: ItemRule = {
  id: 'workflow/future-date',
  scope: 'item',
  severity: 'error',
  title: '发布时间不能晚于今天',
  requirements: ['C5', 'C9'],
  check(source, ctx) {
    const date = source.item.meta.date;
    if (dayOf(date) <= ctx.date) return [];
    return [atKey(source, ['date'], `发布时间 ${date} 晚于检查日期 ${ctx.date}`, '填写实际发布时间；尚未到发布时间的条目请加 draft: true，待发布当天再去掉。')];
  },
};
