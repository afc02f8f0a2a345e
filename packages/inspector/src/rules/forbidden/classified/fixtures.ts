import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '保密工作新闻', items: [item({ body: '市保密局开展保密宣传月活动，提高干部保守国家秘密的意识。' })] },
    { name: '商业秘密', items: [item({ body: '依法保护企业商业秘密和个人隐私。' })] },
    { name: '星号作为项目符号', items: [item({ body: '★ 重点任务一：优化营商环境。' })] },
  ],
  notOk: [
    { name: '密级标志', items: [item({ body: '机密★1年\n\n关于召开专题会议的通知' })], expect: { count: 1, at: [[12, 1]] } },
    { name: '内部资料', items: [item({ body: '本材料为内部资料，注意保密。' })], expect: { count: 1 } },
    { name: '不得外传', items: [item({ body: '会议纪要仅供参会单位参阅，不得外传。' })], expect: { count: 1 } },
  ],
};
