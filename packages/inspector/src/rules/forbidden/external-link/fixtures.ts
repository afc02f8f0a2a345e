import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '政府网站链接', items: [item({ body: '原文见[中国政府网](https://www.gov.cn/zhengce/content/2025-03/12/content_1.htm)。' })] },
    { name: '本集约化平台的网站', items: [item({ body: '详见[市发展改革委网站](https://fgw.shili.gov.cn/policies/)。' })] },
    { name: '允许名单中的媒体', items: [item({ body: '相关报道见 https://www.people.com.cn/n1/2025/0312/c1001.html 。' })] },
    { name: '站内相对链接和邮箱', items: [item({ body: '请阅读[办事指南](/guides/)，或发送邮件至 web@shili.gov.cn。' })] },
    { name: '注释中的链接不算', items: [item({ body: '正文。<!-- 旧链接 https://example.com/ 已删除 -->' })] },
  ],
  notOk: [
    { name: 'Markdown 链接到商业网站', items: [item({ body: '报名请访问[报名系统](https://signup.example.com/form)。' })], expect: { count: 1, at: [[12, 13]] } },
    { name: '正文中写出的域名', items: [item({ body: '更多信息请访问 www.example-market.com 了解。' })], expect: { count: 1 } },
    { name: 'HTML 链接到商业网站', items: [item({ body: '<a href="http://img.example.net/banner.png">活动海报</a>' })], expect: { count: 1 } },
    { name: '冒号写成字符实体', items: [item({ body: '<a href="https&#58;//example.com/">报名</a>' })], expect: { count: 1 } },
    { name: '反斜杠开头的地址', items: [item({ body: '<a href="/\\example.com/">报名</a>' })], expect: { count: 1 } },
    { name: '双反斜杠开头的地址', items: [item({ body: '<a href="\\\\example.com/">报名</a>' })], expect: { count: 1 } },
    { name: '协议相对地址', items: [item({ body: '<a href="//example.com/">报名</a>' })], expect: { count: 1 } },
    { name: '地址中夹着制表符实体', items: [item({ body: '<a href="https://exa&#9;mple.com/">报名</a>' })], expect: { count: 1 } },
  ],
};
