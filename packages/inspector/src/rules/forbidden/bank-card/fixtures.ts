import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '索引号', items: [item({ body: '索引号：999000/2025-00012。' })] },
    { name: '不通过 Luhn 校验的16位数字', items: [item({ body: '示例数字 6222021234567891 不能通过校验。' })] },
    { name: '有编号标签的长数字', items: [item({ body: '不动产权证书号：6228480012345678903。' })] },
    { name: '身份证号不当作银行卡', items: [item({ body: '证件号 11010519491231002X 已打码处理后公布。' })], withRules: [] },
  ],
  notOk: [
    { name: '补贴发放名单中的银行卡号', items: [item({ body: '补贴资金已打入申请人银行卡 6222020200012345670。' })], expect: { count: 1 } },
    { name: '分组书写的卡号', items: [item({ body: '请将款项汇入 4111 1111 1111 1111 账户。' })], expect: { count: 1, at: [[12, 8]] } },
    { name: '农业银行19位卡号', items: [item({ body: '收款卡号：6228480012345678903，户名：王某。' })], expect: { count: 1 } },
  ],
};
