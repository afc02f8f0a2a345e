import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '域名链接', items: [item({ body: '原文见[中国政府网](https://www.gov.cn/zhengce/)。' })] },
    { name: '正文中的版本号不是地址', items: [item({ body: '系统升级到 2.0.1.3 版本。' })] },
    { name: '条款号和日期不是地址', items: [item({ body: '依据第5.2.1.3条，于2024.10.11 12:30前报送。' })] },
    { name: '网段写法不是网址', items: [item({ body: '内网使用 10.0.0.0/8 网段。' })] },
    { name: '站内相对链接', items: [item({ body: '请阅读[办事指南](/guides/)。' })] },
  ],
  notOk: [
    { name: 'IPv4 链接', items: [item({ body: '报名请访问[报名系统](http://192.168.10.20/form)。' })], expect: { count: 1 } },
    { name: 'IPv6 链接', items: [item({ body: '<a href="http://[2001:db8::1]/x">下载</a>' })], expect: { count: 1 } },
    { name: '冒号写成实体的 IPv4 链接', items: [item({ body: '<a href="http&#58;//10.0.0.1/a.pdf">附件</a>' })], expect: { count: 1 } },
    { name: 'Markdown 中的 IPv6 链接（方括号被转义）', items: [item({ body: '详见[平台](http://[2001:db8::1]/a)。' })], expect: { count: 1, at: [[12, 3]] } },
    { name: '正文写出带端口的 IPv4 地址', items: [item({ body: '请登录 10.20.30.40:8080 办理。' })], expect: { count: 1, at: [[12, 5]] } },
    { name: '全角数字和冒号', items: [item({ body: '请登录１０．２０．３０．４０：８０８０办理。' })], expect: { count: 1 } },
    { name: '正文写出的 IPv6 网址', items: [item({ body: '网址 https://[2001:db8::2]:8443/ 。' })], expect: { count: 1 } },
  ],
};
