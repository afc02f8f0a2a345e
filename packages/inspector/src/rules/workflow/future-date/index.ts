import { dayOf } from '../../../lib/dates.ts';
import type { ItemRule } from '../../../types.ts';
import { atKey } from '../../shared.ts';

export const rule: ItemRule = {
  id: 'workflow/future-date',
  scope: 'item',
  usesDate: true,
  severity: 'error',
  title: '发布时间不能晚于今天',
  requirements: ['C5', 'C9'],
  check(source, ctx) {
    const { date, scheduled } = source.item.meta;
    // 定时发布: a future time on purpose; the build leaves the item out until then.
    if (scheduled || dayOf(date) <= ctx.date) return [];
    return [atKey(source, ['date'], `发布时间 ${date} 晚于检查日期 ${ctx.date}`, '填写实际发布时间；要到这个时间才发布的条目请加 scheduled: true（定时发布），构建时会在发布时间之后自动上线。')];
  },
};
