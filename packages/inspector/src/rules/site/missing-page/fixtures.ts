import { CITY_COLUMNS, item, site, sitePage, ASSETS, type RuleFixtures } from '../../../testing/index.ts';

const columnPages = (skip: string[] = []) =>
  Object.fromEntries(CITY_COLUMNS.filter(([c]) => !skip.includes(c)).map(([c]) => [`/${c}/`, sitePage({ path: `/${c}/` })]));
const news = item({ id: 'city-news-2026-0100' });

export const fixtures: RuleFixtures = {
  ok: [
    { name: '所有栏目页', pages: site(columnPages()), files: ASSETS },
    { name: '所有栏目页和信息页', items: [news], pages: site({ ...columnPages(), '/news/city-news-2026-0100/': sitePage({ path: '/news/city-news-2026-0100/' }) }), files: ASSETS },
    { name: '草稿不要求页面', items: [item({ id: 'draft-1', extra: 'draft: true' })], pages: site(columnPages()), files: ASSETS },
  ],
  notOk: [
    { name: '缺少信息页', items: [news], pages: site(columnPages()), files: ASSETS, expect: { count: 1 } },
    { name: '缺少栏目页', pages: site(columnPages(['faq', 'topics'])), files: ASSETS, expect: { count: 2 } },
    { name: '缺少首页', pages: { ...columnPages(), '/sitemap/': sitePage({ path: '/sitemap/' }) }, files: ASSETS, expect: { count: 1 } },
  ],
};
