import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '写明原因', items: [item({ body: '<!-- jiyue-disable forbidden/mobile 原因：这是12345热线的说明 -->\n\n正文。' })] },
    { name: '英文 reason', items: [item({ body: '正文。<!-- jiyue-disable-line forbidden/mobile reason: 公开的单位值班电话 -->' })] },
    { name: '普通注释', items: [item({ body: '<!-- 编辑备注：第二段待补充 -->\n\n正文。' })] },
  ],
  notOk: [
    { name: '没有原因', items: [item({ body: '<!-- jiyue-disable forbidden/mobile -->\n\n正文。' })], expect: { count: 1, at: [[12, 1]] } },
    { name: '只写了“原因：”', items: [item({ body: '<!-- jiyue-disable-next-line forbidden/mobile 原因： -->\n正文。' })], expect: { count: 1 } },
    { name: '没有规则编号', items: [item({ body: '<!-- jiyue-disable -->\n\n正文。' })], expect: { count: 1 } },
  ],
};
