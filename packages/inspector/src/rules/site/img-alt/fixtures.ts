import { site, sitePage, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '标识图片有替代文字', pages: site() },
    { name: '装饰图片 alt 为空', pages: site({ '/news/': sitePage({ path: '/news/', main: '<img src="/_astro/line.svg" alt="">' }) }) },
    { name: '正文图片有说明', pages: site({ '/news/': sitePage({ path: '/news/', main: '<img src="/files/a.png" alt="新建成的市民服务中心">' }) }) },
  ],
  notOk: [
    { name: '正文图片没有 alt', pages: site({ '/news/': sitePage({ path: '/news/', main: '<p><img src="/files/a.png"></p>' }) }), expect: { count: 1 } },
    { name: '两张图片没有 alt', pages: site({ '/news/': sitePage({ path: '/news/', main: '<img src="/files/a.png"><img src="/files/b.png">' }) }), expect: { count: 2 } },
    { name: '图片按钮没有 alt', pages: site({ '/news/': sitePage({ path: '/news/', main: '<form><input type="image" src="/go.png"></form>' }) }), expect: { count: 1 } },
  ],
};
