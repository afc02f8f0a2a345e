import { cityWith, type RuleFixtures } from '../../../testing/index.ts';

const today = '2026-11-20 09:00';
const old = '2026-04-01 09:00';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '全部按期更新', items: cityWith(today), site: 'city' },
    { name: '4 个超期', items: cityWith(today, { 'district-news': old, work: old, notices: old, bulletins: old }), site: 'city' },
    { name: '其他类型栏目超期不计', items: cityWith(today, { interpretations: '2024-01-01 09:00', responses: '2024-01-01 09:00', statistics: '2024-01-01 09:00', topics: '2024-01-01 09:00', faq: '2024-01-01 09:00' }), site: 'city' },
  ],
  notOk: [
    { name: '5 个超期', items: cityWith(today, { 'district-news': old, work: old, notices: old, bulletins: old, policies: old }), site: 'city', expect: { count: 1, at: [[6, 9]] } },
    { name: '6 个全部超期（首页也超期）', items: cityWith(old), site: 'city', expect: { count: 1 } },
    { name: '动态类两周即超期', items: cityWith(today, { news: '2026-11-01 09:00', 'district-news': '2026-11-01 09:00', work: '2026-11-01 09:00', notices: old, bulletins: old }), site: 'city', expect: { count: 1 } },
  ],
};
