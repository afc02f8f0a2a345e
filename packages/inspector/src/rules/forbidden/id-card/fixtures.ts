import { item, type RuleFixtures } from '../../../testing/index.ts';

// 11010519491231002X and 320102197608152243 are the check-digit examples of GB 11643-1999.
export const fixtures: RuleFixtures = {
  ok: [
    { name: '索引号、文号和日期', items: [item({ body: '索引号：999000/2025-00012，文号：示政发〔2025〕3号，成文日期：2025年3月8日。' })] },
    { name: '校验位不对的18位数字', items: [item({ body: '项目编号110105194912310021已进入公示阶段。' })] },
    { name: '注册号标签的 15 位数字', items: [item({ body: '营业执照注册号：320102760815224。' })] },
    { name: '统一社会信用代码', items: [item({ body: '中标单位统一社会信用代码：91999000MA0012345X。' })] },
    { name: '出生日期不存在的18位数字', items: [item({ body: '批次号 110105194913310028 的样品抽检合格。' })] },
  ],
  notOk: [
    { name: '公示名单中的身份证号', items: [item({ body: '经审核，拟认定张某某（身份证号：11010519491231002X）为见义勇为人员。' })], expect: { count: 1, at: [[12, 17]] } },
    { name: '小写 x 校验位', items: [item({ body: '申请人王某，公民身份号码11010519491231002x，住址略。' })], expect: { count: 1 } },
    { name: '15 位旧号码', items: [item({ body: '原登记人卫某，身份证号：320102760815224。' })], expect: { count: 1 } },
    { name: '字符实体和分组', items: [item({ body: '身份证号：&#51;201 0219 7608 1522 43。' })], expect: { count: 1, at: [[12, 6]] } },
    { name: '表格中的身份证号', items: [item({ body: '| 姓名 | 证件号码 |\n| --- | --- |\n| 李某 | 320102197608152243 |' })], expect: { count: 1, at: [[14, 8]] } },
  ],
};
