import { item, type RuleFixtures } from '../../../testing/index.ts';

const message = (received: string, replied: string) =>
  item({ type: 'message', title: '关于小区加装电梯补贴的咨询', extra: `message:\n  received: "${received}"\n  replied: "${replied}"\n  department: 示例市住房和城乡建设局` });

export const fixtures: RuleFixtures = {
  ok: [
    { name: '一周内答复', items: [message('2026-11-02', '2026-11-09')] },
    { name: '正好三个月', items: [message('2026-08-10', '2026-11-10')] },
    { name: '跨年答复', items: [message('2025-12-20', '2026-01-15')] },
  ],
  notOk: [
    { name: '四个多月才答复', items: [message('2026-07-01', '2026-11-10')], expect: { count: 1, at: [[11, 3]], severity: 'warning' } },
    { name: '三个月零一天', items: [message('2026-08-10', '2026-11-11')], expect: { count: 1 } },
    { name: '半年后答复', items: [message('2026-03-01', '2026-09-30')], expect: { count: 1 } },
  ],
};
