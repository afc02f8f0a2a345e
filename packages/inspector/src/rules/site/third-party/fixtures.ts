import { ASSETS, site, sitePage, type RuleFixtures } from '../../../testing/index.ts';

const news = (spec: Parameters<typeof sitePage>[0]) => site({ '/news/': sitePage({ path: '/news/', ...spec }) });

export const fixtures: RuleFixtures = {
  ok: [
    { name: '同源资源', pages: site(), files: ASSETS },
    { name: '外部链接不是资源', pages: news({ main: '<a href="https://www.example.com/">示例</a>' }), files: ASSETS },
    { name: '本网站的图片', pages: news({ main: '<img src="/files/a.png" alt="示意图">' }), files: ASSETS },
  ],
  notOk: [
    { name: '其他政府网站的图片（安全策略只允许本网站的资源）', pages: news({ main: '<img src="https://www.gov.cn/images/gtrs.png" alt="国徽">' }), files: ASSETS, expect: { count: 1 } },
    { name: '境外字体服务', pages: news({ head: '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Noto+Sans+SC">' }), files: ASSETS, expect: { count: 1 } },
    { name: '第三方统计脚本', pages: news({ head: '<script src="https://hm.baidu.com/hm.js?abc"></script>' }), files: ASSETS, expect: { count: 1 } },
    { name: '样式表引入外部字体', pages: news({}), files: { ...ASSETS, '/_astro/site.css': '@import "https://cdn.jsdelivr.net/npm/font.css";' }, expect: { count: 1 } },
  ],
};
