import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '没有引号的标题', items: [item({ title: '关于做好2026年春节期间安全生产工作的通知' })] },
    { name: '标题中引用一个词', items: [item({ title: '“双减”政策问答' })] },
    { name: '两个引用', items: [item({ title: '“十四五”规划与“双碳”目标解读' })] },
    { name: '英文引号', items: [item({ title: '"关于开展专项检查的通知"' })] },
    { name: '英文引号里写中文引号：有意显示', items: [item({ title: '"“关于开展专项检查的通知”"' })] },
    { name: '单引号里写中文引号：有意显示', items: [item({ title: "'“关于开展专项检查的通知”'" })] },
  ],
  notOk: [
    { name: '标题两边是中文引号', items: [item({ title: '“关于开展专项检查的通知”' })], expect: { count: 1, at: [[3, 8]] } },
    { name: '来源两边是中文引号', items: [item({ source: '“示例市人民政府办公室”' })], expect: { count: 1 } },
    { name: '单引号', items: [item({ title: '‘示例市召开专题会议’' })], expect: { count: 1 } },
    { name: '直角引号', items: [item({ extra: 'summary: 「本市启动2026年度城乡居民医保集中参保缴费」' })], expect: { count: 1 } },
  ],
};
