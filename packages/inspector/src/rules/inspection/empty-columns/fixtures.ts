import { cityWith, item, type RuleFixtures } from '../../../testing/index.ts';

const today = '2026-11-20 09:00';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '全部栏目有内容', items: cityWith(today), site: 'city' },
    { name: '内容较旧但不空白', items: cityWith('2025-01-10 09:00', { news: today }), site: 'city' },
    { name: '栏目展示部门网站的信息', items: cityWith(today, {}, ['work']).concat(item({ id: 'fgw-shown', site: 'fgw', column: 'news', extra: 'shownOn:\n  - { site: city, column: work }' })), site: 'city' },
  ],
  notOk: [
    { name: '5 个空白栏目（单项否决）', items: cityWith(today, {}, ['topics', 'faq', 'statistics', 'disclosure', 'responses']), site: 'city', expect: { count: 6, severity: 'error' } },
    { name: '1 个空白栏目', items: cityWith(today, {}, ['faq']), site: 'city', expect: { count: 1, severity: 'warning', at: [[38, 9]] } },
    { name: '只有草稿的栏目', items: cityWith(today, {}, ['topics']).concat(item({ id: 'draft-topic', type: 'topic', extra: 'draft: true' })), site: 'city', expect: { count: 1 } },
  ],
};
