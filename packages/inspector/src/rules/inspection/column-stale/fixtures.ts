import { cityWith, type RuleFixtures } from '../../../testing/index.ts';

const today = '2026-11-20 09:00';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '全部按期更新', items: cityWith(today), site: 'city' },
    { name: '通知公告五个月前更新', items: cityWith(today, { notices: '2026-06-25 09:00' }), site: 'city' },
    { name: '概况信息没有更新期限', items: cityWith(today, { about: '2020-01-01 09:00', guides: '2021-05-01 09:00' }), site: 'city' },
  ],
  notOk: [
    { name: '要闻 20 天未更新', items: cityWith(today, { news: '2026-11-01 09:00' }), site: 'city', expect: { count: 1, at: [[24, 9]], severity: 'warning' } },
    { name: '通知公告超过六个月', items: cityWith(today, { notices: '2026-05-01 09:00' }), site: 'city', expect: { count: 1 } },
    { name: '政策解读超过一年', items: cityWith(today, { interpretations: '2025-10-01 09:00' }), site: 'city', expect: { count: 1 } },
  ],
};
