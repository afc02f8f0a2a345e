import { cityWith, item, type RuleFixtures } from '../../../testing/index.ts';

const today = '2026-11-20 09:00';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '有办事指南', items: cityWith(today), site: 'city' },
    { name: '办事指南较早发布', items: cityWith(today, { guides: '2023-03-01 09:00' }), site: 'city' },
    { name: '部门网站没有办事指南不适用', items: cityWith(today), site: 'fgw' },
  ],
  notOk: [
    { name: '门户网站没有办事指南', items: cityWith(today, {}, ['guides']), site: 'city', expect: { count: 1 } },
    { name: '办事指南都是草稿', items: cityWith(today, {}, ['guides']).concat(item({ id: 'draft-guide', type: 'guide', extra: 'draft: true' })), site: 'city', expect: { count: 1 } },
    { name: '办事指南还没到发布日期', items: cityWith(today, {}, ['guides']).concat(item({ id: 'future-guide', type: 'guide', date: '2026-12-01 09:00' })), site: 'city', expect: { count: 1 } },
  ],
};
