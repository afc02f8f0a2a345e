import { ASSETS, site, sitePage, type RuleFixtures } from '../../../testing/index.ts';

const news = (main: string) => site({ '/news/': sitePage({ path: '/news/', column: { name: '政务要闻', type: 'news' }, main }) });

export const fixtures: RuleFixtures = {
  ok: [
    { name: '站内链接都存在', pages: news('<a href="/">首页</a> <a href="/sitemap/">网站地图</a> <a href="../sitemap/">相对链接</a>'), files: ASSETS },
    { name: '外部网站不检查', pages: news('<a href="https://www.gov.cn/">中国政府网</a> <a href="mailto:web@shili.gov.cn">邮箱</a> <a href="tel:12345">热线</a>'), files: ASSETS },
    { name: '带查询参数的搜索链接', pages: news('<a href="/sitemap/?q=%E5%85%AC%E5%BC%80">搜索</a>'), files: ASSETS },
  ],
  notOk: [
    { name: '指向不存在的条目', pages: news('<p>详见<a href="/news/city-news-2099-0001/">相关新闻</a>。</p>'), files: ASSETS, expect: { count: 1 } },
    { name: '附件不存在', pages: news('<a href="/files/forms/missing.pdf">申请表</a>'), files: ASSETS, expect: { count: 1 } },
    { name: '本站绝对地址的失效链接和图片', pages: news('<a href="https://www.shili.gov.cn/old/">旧栏目</a><img src="/images/none.png" alt="示意图">'), files: ASSETS, expect: { count: 2 } },
  ],
};
