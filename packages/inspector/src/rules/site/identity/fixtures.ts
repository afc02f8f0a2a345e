import { site, sitePage, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '完整的标识区和版权区', pages: site() },
    { name: '栏目页', pages: site({ '/news/': sitePage({ path: '/news/' }) }) },
    { name: '404 页', pages: site({ '/404.html': sitePage({ path: '/404.html' }) }) },
  ],
  notOk: [
    { name: '顶部没有网站全称', pages: site({ '/news/': sitePage({ path: '/news/', omit: ['banner'] }) }), expect: { count: 1 } },
    { name: '网站名称写成简称', pages: site({ '/news/': sitePage({ path: '/news/', siteName: '示例市政府' }) }), expect: { count: 1 } },
    { name: '版权区缺少备案信息', pages: site({ '/news/': sitePage({ path: '/news/', omit: ['icp', 'police', 'label'] }) }), expect: { count: 1 } },
  ],
};
