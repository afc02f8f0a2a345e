import { cityWith, type RuleFixtures } from '../../../testing/index.ts';

const today = '2026-11-20 09:00';
const old = '2024-06-01 09:00';
const stale = (...columns: string[]) => Object.fromEntries(columns.map((c) => [c, old]));

export const fixtures: RuleFixtures = {
  ok: [
    { name: '全部按期更新', items: cityWith(today), site: 'city' },
    { name: '9 个超期', items: cityWith(today, stale('district-news', 'work', 'notices', 'bulletins', 'interpretations', 'responses', 'statistics', 'topics', 'faq')), site: 'city' },
    { name: '没有期限的栏目不计', items: cityWith(today, stale('guides', 'about', 'district-news', 'work')), site: 'city' },
  ],
  notOk: [
    { name: '10 个超期', items: cityWith(today, stale('district-news', 'work', 'notices', 'bulletins', 'interpretations', 'responses', 'statistics', 'topics', 'faq', 'messages')), site: 'city', expect: { count: 1 } },
    { name: '全部超期', items: cityWith(old), site: 'city', expect: { count: 1 } },
    { name: '11 个超期', items: cityWith(today, stale('district-news', 'work', 'notices', 'bulletins', 'policies', 'interpretations', 'responses', 'statistics', 'topics', 'faq', 'disclosure')), site: 'city', expect: { count: 1 } },
  ],
};
