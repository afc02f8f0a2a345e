import { item, type RuleFixtures } from '../../../testing/index.ts';

const original = item({ id: 'orig-1', title: '全市优化营商环境大会召开', date: '2026-11-20 09:00', source: '示例市人民政府办公室' });
const reprint = (source: string, id = 'rep-1') => item({ id, site: 'fgw', column: 'news', title: '全市优化营商环境大会召开', date: '2026-11-20 15:00', source, extra: 'reprintOf: orig-1' });

export const fixtures: RuleFixtures = {
  ok: [
    { name: '来源与原文相同', items: [original, reprint('示例市人民政府办公室')] },
    { name: '来源写原文网站', items: [original, reprint('示例市人民政府')] },
    { name: '来源含原文来源', items: [original, reprint('示例市人民政府办公室（转载）')] },
  ],
  notOk: [
    { name: '来源写成转载单位自己', items: [original, reprint('示例市发展和改革委员会')], expect: { count: 1, at: [[8, 1]] } },
    { name: '来源写“网络”', items: [original, reprint('网络')], expect: { count: 1 } },
    { name: '来源写成其他单位', items: [original, reprint('示例市人力资源和社会保障局')], expect: { count: 1 } },
  ],
};
