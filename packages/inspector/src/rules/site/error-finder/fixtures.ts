import { site, sitePage, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '首页', pages: site() },
    { name: '信息页', pages: site({ '/news/a-1/': sitePage({ path: '/news/a-1/' }) }) },
    { name: '404 页不核对地址', pages: site({ '/404.html': sitePage({ path: '/404.html', jiucuo: { url: 'https://www.shili.gov.cn/404/' } }) }) },
  ],
  notOk: [
    { name: '没有找错标识', pages: site({ '/news/': sitePage({ path: '/news/', omit: ['jiucuo'] }) }), expect: { count: 1 } },
    { name: '标识码不对', pages: site({ '/news/': sitePage({ path: '/news/', jiucuo: { siteCode: 'bm99000101' } }) }), expect: { count: 1 } },
    { name: '页面地址写成首页', pages: site({ '/news/': sitePage({ path: '/news/', jiucuo: { url: 'https://www.shili.gov.cn/' } }) }), expect: { count: 1 } },
  ],
};
