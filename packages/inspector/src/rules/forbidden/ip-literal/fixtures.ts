import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '域名链接', items: [item({ body: '原文见[中国政府网](https://www.gov.cn/zhengce/)。' })] },
    { name: '正文中的版本号不是地址', items: [item({ body: '系统升级到 2.0.1.3 版本。' })] },
    { name: '站内相对链接', items: [item({ body: '请阅读[办事指南](/guides/)。' })] },
  ],
  notOk: [
    { name: 'IPv4 链接', items: [item({ body: '报名请访问[报名系统](http://192.168.10.20/form)。' })], expect: { count: 1 } },
    { name: 'IPv6 链接', items: [item({ body: '<a href="http://[2001:db8::1]/x">下载</a>' })], expect: { count: 1 } },
    { name: '冒号写成实体的 IPv4 链接', items: [item({ body: '<a href="http&#58;//10.0.0.1/a.pdf">附件</a>' })], expect: { count: 1 } },
  ],
};
