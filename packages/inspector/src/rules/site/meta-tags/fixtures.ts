import { ASSETS, item, site, sitePage, type RuleFixtures } from '../../../testing/index.ts';

const news = item({ id: 'city-news-2026-0100', title: '示例市召开专题会议研究部署重点工作', date: '2026-11-20 09:30' });
const article = { title: '示例市召开专题会议研究部署重点工作', date: '2026-11-20 09:30', source: '示例市人民政府办公室' };
const column = { name: '政务要闻', type: 'news' };
const itemPage = (spec: Parameters<typeof sitePage>[0]) => site({ '/news/city-news-2026-0100/': sitePage({ path: '/news/city-news-2026-0100/', column, article, ...spec }) });

export const fixtures: RuleFixtures = {
  ok: [
    { name: '首页和网站地图', pages: site() },
    { name: '信息页的全部标签', items: [news], pages: itemPage({}), files: ASSETS },
    { name: '栏目页', pages: site({ '/news/': sitePage({ path: '/news/', column }) }) },
  ],
  notOk: [
    { name: '信息页缺少发布时间', items: [news], pages: itemPage({ omit: ['PubDate'] }), expect: { count: 1 } },
    { name: '网站标识码缺失', pages: site({ '/news/': sitePage({ path: '/news/', column, omit: ['SiteIDCode'] }) }), expect: { count: 1 } },
    { name: '文章标题与条目不符', items: [news], pages: itemPage({ article: { ...article, title: '旧标题' } }), expect: { count: 1 } },
  ],
};
