import { item, type RuleFixtures } from '../../../testing/index.ts';

const original = item({ id: 'orig-1', date: '2026-11-10 09:00' });
const reprint = (date: string) => item({ id: 'rep-1', site: 'fgw', column: 'news', date, source: '示例市人民政府办公室', extra: 'reprintOf: orig-1' });

export const fixtures: RuleFixtures = {
  ok: [
    { name: '同日转载', items: [original, reprint('2026-11-10 15:30')] },
    { name: '正好 12 小时', items: [original, reprint('2026-11-10 21:00')] },
    { name: '不是转载', items: [original, item({ id: 'other', site: 'fgw', column: 'news', date: '2026-11-18 09:00' })] },
  ],
  notOk: [
    { name: '次日转载', items: [original, reprint('2026-11-11 10:00')], expect: { count: 1, at: [[7, 1]], severity: 'warning' } },
    { name: '一周后转载', items: [original, reprint('2026-11-17 09:00')], expect: { count: 1 } },
    { name: '12 小时零 1 分', items: [original, reprint('2026-11-10 21:01')], expect: { count: 1 } },
  ],
};
