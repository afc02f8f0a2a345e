import { cityWith, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '昨天更新', items: cityWith('2026-11-20 09:00'), site: 'city' },
    { name: '正好 14 天', items: cityWith('2026-11-07 09:00'), site: 'city' },
    { name: '只有一个栏目是新的', items: cityWith('2026-06-01 09:00', { news: '2026-11-19 16:00' }), site: 'city' },
  ],
  notOk: [
    { name: '15 天未更新', items: cityWith('2026-11-06 09:00'), site: 'city', expect: { count: 1, at: [[6, 9]] } },
    { name: '一个多月未更新', items: cityWith('2026-10-01 09:00'), site: 'city', expect: { count: 1 } },
    { name: '没有任何信息', items: [], site: 'city', expect: { count: 1 } },
  ],
};
