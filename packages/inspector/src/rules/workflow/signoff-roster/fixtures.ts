import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '名单中的人员', items: [item()] },
    { name: '第二位编辑', items: [item({ signoff: { editor: '周子航', reviewer: '陈立新', approver: '王建国' } })] },
    { name: '部门网站自己的名单', items: [item({ site: 'fgw', column: 'news' })] },
  ],
  notOk: [
    { name: '不在名单中的编辑', items: [item({ signoff: { editor: '张三', reviewer: '陈立新', approver: '王建国' } })], expect: { count: 1, at: [[9, 20]] } },
    { name: '审核人员签发', items: [item({ signoff: { editor: '林晓雯', reviewer: '王建国', approver: '陈立新' } })], expect: { count: 2 } },
    { name: '用了其他网站的签发人', items: [item({ site: 'fgw', column: 'news', signoff: { editor: '蒋文静', reviewer: '沈国平', approver: '王建国' } })], expect: { count: 1 } },
  ],
};
