import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '政务热线说明', items: [item({ body: '市民可拨打12345政务服务便民热线咨询，客服人员将在工作时间内一一解答。' })] },
    { name: '网站备案工作', items: [item({ body: '各单位要做好政府网站备案工作，按要求办理网站备案和域名注册手续。' })] },
    { name: '优惠政策', items: [item({ body: '对符合条件的小微企业，落实税费优惠政策。' })] },
  ],
  notOk: [
    {
      name: '页面末尾被注入的网站建设广告',
      items: [item({ body: '我们凭借多年的网站建设经验，坚持以“帮助中小企业实现网络营销化”为宗旨，累计为4000多家客户提供品质建站服务。如果您有网站建设、网站改版、域名注册、主机空间等方面的需求，请立即点击咨询我们或拨打咨询热线: 13761152229。' })],
      expect: { count: 1 },
    },
    { name: '弱广告词加手机号', items: [item({ body: '承接网站建设、网站改版，价格优惠，欢迎来电：13899990003。' })], expect: { count: 1 } },
    { name: '代办广告', items: [item({ body: '正文。\n\n专业代开发票、刻章办证，加微信咨询。' })], expect: { count: 1, at: [[14, 3]] } },
  ],
};
