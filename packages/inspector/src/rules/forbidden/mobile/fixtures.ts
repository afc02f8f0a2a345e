import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '办公电话和热线', items: [item({ body: '咨询电话：0999-12345678，政务服务便民热线12345，社保咨询12333。' })] },
    { name: '长数字中的11位', items: [item({ body: '项目编码 2025139990001234567 已完成备案。' })] },
    { name: '境外拨打的办公电话', items: [item({ body: '境外来电请拨 +86-999-12345678。' })] },
    { name: '金额', items: [item({ body: '全年完成固定资产投资15800000000元。' })] },
    { name: '索引号和日期', items: [item({ body: '索引号 999000/2025-00012，发布日期 2025-03-12。' })] },
  ],
  notOk: [
    { name: '网站建设广告中的手机号', items: [item({ body: '如果您有网站建设方面的需求，请拨打咨询热线: 13761152229，我们会详细为你解答。' })], expect: { count: 1, at: [[12, 24]] } },
    { name: '分段写的手机号', items: [item({ body: '联系人：刘先生，电话 139-9999-0001。' })], expect: { count: 1 } },
    { name: '+86 和全角数字', items: [item({ body: '联系人：+86 １３９ ９９９９ ０００１。' })], expect: { count: 1, at: [[12, 9]] } },
    { name: '零宽字符拆开的手机号', items: [item({ body: '手机139\u200b9999\u200b0001。' })], expect: { count: 1 } },
    { name: '标题中的手机号', items: [item({ title: '失物招领：请联系18699990002认领', body: '市民在政务服务中心拾到钱包一个。' })], expect: { count: 1, at: [[3, 16]] } },
  ],
};
