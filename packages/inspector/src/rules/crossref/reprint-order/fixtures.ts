import { item, type RuleFixtures } from '../../../testing/index.ts';

const original = item({ id: 'orig-1', date: '2026-11-10 09:00' });
const reprint = (date: string) => item({ id: 'rep-1', site: 'fgw', column: 'news', date, source: '示例市人民政府办公室', extra: 'reprintOf: orig-1' });

export const fixtures: RuleFixtures = {
  ok: [
    { name: '之后转载', items: [original, reprint('2026-11-10 10:00')] },
    { name: '同时发布', items: [original, reprint('2026-11-10 09:00')] },
    { name: '次日转载', items: [original, reprint('2026-11-11 09:00')] },
  ],
  notOk: [
    { name: '早一小时', items: [original, reprint('2026-11-10 08:00')], expect: { count: 1, at: [[7, 1]] } },
    { name: '日期写成前一天', items: [original, reprint('2026-11-09 15:00')], expect: { count: 1 } },
    { name: '年份写错', items: [original, reprint('2025-11-10 15:00')], expect: { count: 1 } },
  ],
};
