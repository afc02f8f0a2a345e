import { item, type RuleFixtures } from '../../../testing/index.ts';

const policy = (id: string, important: boolean) =>
  item({ id, type: 'policy', extra: `policy:\n  docNumber: 示政发〔2026〕9号\n  indexNumber: 999000/2026-00031\n  issuer: 示例市人民政府\n  writtenDate: "2026-11-18"\n  topic: 综合政务/其他\n  important: ${important}` });
const interp = (id: string, of: string) => item({ id, type: 'interpretation', extra: `interprets: ${of}`, title: '《关于进一步优化营商环境的若干措施》政策解读' });

export const fixtures: RuleFixtures = {
  ok: [
    { name: '重要政策有解读', items: [policy('p-1', true), interp('i-1', 'p-1')] },
    { name: '一般政策不要求解读', items: [policy('p-2', false)] },
    { name: '部门网站解读市政府政策', items: [policy('p-3', true), item({ id: 'i-3', site: 'fgw', column: 'news', type: 'interpretation', extra: 'interprets: p-3' })] },
  ],
  notOk: [
    { name: '重要政策没有解读', items: [policy('p-4', true)], expect: { count: 1, at: [[15, 3]] } },
    { name: '解读了另一份政策', items: [policy('p-5', true), policy('p-6', false), interp('i-6', 'p-6')], expect: { count: 1 } },
    { name: '两份重要政策只解读一份', items: [policy('p-7', true), policy('p-8', true), interp('i-7', 'p-7')], expect: { count: 1 } },
  ],
};
