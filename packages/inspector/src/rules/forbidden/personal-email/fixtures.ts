import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '本网站的联系邮箱', items: [item({ body: '对本网站的意见建议请发送至 web@shili.gov.cn。' })] },
    { name: '政务邮箱', items: [item({ body: '申报材料请发送至 fgw_sbc@fgw.shili.gov.cn，邮件标题注明单位名称。' })] },
    { name: '单位的企业邮箱', items: [item({ body: '采购代理机构联系邮箱：zbdl@example-agency.com。' })] },
    { name: '没有地址的“邮箱”二字', items: [item({ body: '市民可通过市长信箱、电子邮箱等渠道反映问题。' })] },
  ],
  notOk: [
    { name: 'QQ 邮箱', items: [item({ body: '报名表请发送至 12345678@qq.com，联系人王老师。' })], expect: { count: 1, at: [[12, 9]] } },
    { name: '全角 @ 和大写', items: [item({ body: '投稿邮箱：Li.Ming＠163.COM。' })], expect: { count: 1 } },
    { name: '(at) 写法', items: [item({ body: '如有疑问请发邮件至 zhang_wei(at)126.com。' })], expect: { count: 1 } },
    { name: 'mailto 链接', items: [item({ body: '[联系我们](mailto:wanghua2024@gmail.com)' })], expect: { count: 1 } },
    { name: '标题中的邮箱', items: [item({ title: '征集意见：请发送至 chen88@sina.com', body: '现公开征集意见。' })], expect: { count: 1, at: [[3, 18]] } },
  ],
};
