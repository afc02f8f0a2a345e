import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '存在的规则', items: [item({ body: '<!-- jiyue-disable forbidden/mobile 原因：这是12345热线的说明 -->\n\n正文。' })] },
    { name: '多个规则', items: [item({ body: '<!-- jiyue-disable forbidden/mobile,forbidden/advertising 原因：转载的诈骗案例通报原文 -->\n\n正文。' })] },
    { name: '没有停用注释', items: [item()] },
  ],
  notOk: [
    { name: '拼错的规则', items: [item({ body: '<!-- jiyue-disable forbiden/mobile 原因：热线说明 -->\n\n正文。' })], expect: { count: 1, at: [[12, 1]] } },
    { name: '旧规则名', items: [item({ body: '<!-- jiyue-disable mobile 原因：热线说明 -->\n\n正文。' })], expect: { count: 1 } },
    { name: '多个规则中的一个不存在', items: [item({ body: '<!-- jiyue-disable forbidden/mobile,forbidden/phone 原因：热线说明 -->\n\n正文。' })], expect: { count: 1 } },
  ],
};
