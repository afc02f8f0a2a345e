import { cityWith, type RuleFixtures } from '../../../testing/index.ts';

const today = '2026-11-20 09:00';
const old = '2026-04-01 09:00';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '全部刚更新', items: cityWith(today), site: 'city' },
    { name: '通知公告三个月前更新', items: cityWith(today, { notices: '2026-08-20 09:00' }), site: 'city' },
    { name: '一周前更新', items: cityWith('2026-11-14 09:00'), site: 'city' },
  ],
  notOk: [
    { name: '首页 12 天未更新', items: cityWith('2026-11-09 09:00', { notices: '2026-11-09 09:00' }), site: 'city', expect: { severity: 'warning' } },
    { name: '通知公告五个多月未更新', items: cityWith(today, { bulletins: '2026-06-10 09:00' }), site: 'city', expect: { count: 1 } },
    { name: '已有 4 个动态要闻等栏目超期', items: cityWith(today, { 'district-news': old, work: old, notices: old, bulletins: old }), site: 'city', expect: { count: 1 } },
  ],
};
