import { site, sitePage, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '只用域名', pages: site() },
    { name: '正文中的版本号和日期', pages: site({ '/news/': sitePage({ path: '/news/', main: '<p>系统升级到 2.10.3.1 版本，2025.03.12 完成。</p>' }) }) },
    { name: '正文中的 IP 说明文字', pages: site({ '/news/': sitePage({ path: '/news/', main: '<p>内网地址 10.0.0.1 不对外开放。</p>' }) }) },
  ],
  notOk: [
    { name: '链接使用 IP 地址', pages: site({ '/news/': sitePage({ path: '/news/', main: '<a href="http://203.0.113.10/report">填报系统</a>' }) }), expect: { count: 1 } },
    { name: '图片使用 IP 和端口', pages: site({ '/news/': sitePage({ path: '/news/', main: '<img src="http://198.51.100.7:8080/a.png" alt="图">' }) }), expect: { count: 1 } },
    { name: '样式表中的 IP', pages: site(), files: { '/_astro/site.css': 'body{background:url(//192.0.2.1/bg.png)}' }, expect: { count: 1 } },
  ],
};
