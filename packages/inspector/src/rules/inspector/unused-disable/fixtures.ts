import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '全文停用，屏蔽了手机号', items: [item({ body: '<!-- jiyue-disable forbidden/mobile 原因：反诈通报中公布的涉案号码，经公安机关同意公开 -->\n\n请勿接听13899990003的来电。' })], withRules: ['forbidden/mobile'] },
    { name: '下一行停用', items: [item({ body: '<!-- jiyue-disable-next-line forbidden/mobile 原因：反诈通报中公布的涉案号码 -->\n请勿接听13899990003的来电。' })], withRules: ['forbidden/mobile'] },
    { name: '本行停用', items: [item({ body: '请勿接听13899990003的来电。<!-- jiyue-disable-line forbidden/mobile 原因：反诈通报中公布的涉案号码 -->' })], withRules: ['forbidden/mobile'] },
  ],
  notOk: [
    { name: '问题已改正', items: [item({ body: '<!-- jiyue-disable forbidden/mobile 原因：热线说明 -->\n\n咨询电话：12345。' })], withRules: ['forbidden/mobile'], expect: { count: 1, severity: 'warning' } },
    { name: '下一行不是问题所在行', items: [item({ body: '<!-- jiyue-disable-next-line forbidden/mobile 原因：涉案号码 -->\n第一段。\n\n请勿接听13899990003的来电。' })], withRules: ['forbidden/mobile'], expect: { count: 1 } },
    { name: '停用了别的规则', items: [item({ body: '<!-- jiyue-disable forbidden/id-card 原因：涉案号码 -->\n\n请勿接听13899990003的来电。' })], withRules: ['forbidden/mobile', 'forbidden/id-card'], expect: { count: 1 } },
  ],
};
