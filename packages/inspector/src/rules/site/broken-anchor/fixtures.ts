import { ASSETS, site, sitePage, type RuleFixtures } from '../../../testing/index.ts';

const news = (main: string, extra: Record<string, string> = {}) => site({ '/news/': sitePage({ path: '/news/', main }), ...extra });

export const fixtures: RuleFixtures = {
  ok: [
    { name: '跳转到主要内容', pages: news('<h2 id="part-1">一、总体要求</h2><a href="#part-1">总体要求</a>'), files: ASSETS },
    { name: '其他页面的锚点', pages: news('<a href="/about/#history">历史沿革</a>', { '/about/': sitePage({ path: '/about/', main: '<h2 id="history">历史沿革</h2>' }) }), files: ASSETS },
    { name: '中文锚点', pages: news('<h2 id="一总体要求">一、总体要求</h2><a href="#%E4%B8%80%E6%80%BB%E4%BD%93%E8%A6%81%E6%B1%82">总体要求</a>'), files: ASSETS },
  ],
  notOk: [
    { name: '本页锚点不存在', pages: news('<a href="#part-9">第九部分</a>'), files: ASSETS, expect: { count: 1 } },
    { name: '其他页面锚点不存在', pages: news('<a href="/about/#leaders">领导信息</a>', { '/about/': sitePage({ path: '/about/', main: '<h2 id="history">历史沿革</h2>' }) }), files: ASSETS, expect: { count: 1 } },
    { name: '锚点大小写不符', pages: news('<h2 id="Part-1">一</h2><a href="#part-1">一</a>'), files: ASSETS, expect: { count: 1 } },
  ],
};
