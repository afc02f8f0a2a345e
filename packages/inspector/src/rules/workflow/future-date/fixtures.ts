import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '今天发布', items: [item({ date: '2026-11-21 18:00' })] },
    { name: '过去发布', items: [item({ date: '2025-03-12 10:00' })] },
    { name: '未来的草稿', items: [item({ date: '2026-12-01 09:00', extra: 'draft: true' })] },
    { name: '定时发布', items: [item({ date: '2026-12-01 09:00', extra: 'scheduled: true' })] },
  ],
  notOk: [
    { name: '明天', items: [item({ date: '2026-11-22 08:00' })], expect: { count: 1, at: [[7, 1]] } },
    { name: '年份写错', items: [item({ date: '2027-11-20 09:30' })], expect: { count: 1 } },
    { name: '月份写错', items: [item({ date: '2026-12-20 09:30' })], expect: { count: 1 } },
  ],
};
