import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '三个不同的人', items: [item()] },
    { name: '另一位编辑', items: [item({ signoff: { editor: '周子航', reviewer: '陈立新', approver: '王建国' } })] },
    { name: '部门网站', items: [item({ site: 'fgw', column: 'news' })] },
  ],
  notOk: [
    { name: '审核人自己签发', items: [item({ signoff: { editor: '林晓雯', reviewer: '陈立新', approver: '陈立新' } })], expect: { count: 1, at: [[9, 40]] } },
    { name: '编辑自己审核', items: [item({ signoff: { editor: '林晓雯', reviewer: '林晓雯', approver: '王建国' } })], expect: { count: 1 } },
    { name: '一人包办', items: [item({ signoff: { editor: '王建国', reviewer: '王建国', approver: '王建国' } })], expect: { count: 3 } },
  ],
};
