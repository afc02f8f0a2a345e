import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '规范简化字', items: [item({ body: '示例市经济社会发展保持稳中向好态势，发展质量和效益不断提升。' })] },
    { name: '简繁同形字和规范字“著”“乾”', items: [item({ body: '显著提高著作权保护水平；乾隆年间修建的古桥列入文物保护名录。' })] },
    { name: '常用字“关于”“通知”', items: [item({ body: '关于进一步做好稳就业工作的通知。' })] },
  ],
  notOk: [
    { name: '繁体字', items: [item({ body: '推動經濟高質量發展。' })], expect: { count: 1, at: [[12, 2]] } },
    { name: '异体字', items: [item({ body: '沿江綫路全线贯通。\n\n峯值客流达到1.2万人次。' })], expect: { count: 2, at: [[12, 3], [14, 1]] } },
    { name: '标题中的繁体字', items: [item({ title: '關於開展安全生產大檢查的通知', body: '各单位：请按要求开展检查。' })], expect: { count: 1 } },
  ],
};
