import { FIXTURE_REGISTRY, type RuleFixtures } from '../../../testing/index.ts';

const without = (...lines: string[]) => lines.reduce((r, l) => r.replace(`      - ${l}\n`, ''), FIXTURE_REGISTRY);

export const fixtures: RuleFixtures = {
  ok: [
    { name: '栏目齐全的门户网站', registry: FIXTURE_REGISTRY },
    { name: '部门网站不要求', registry: FIXTURE_REGISTRY.replace(/\n {6}- \{ id: policies, name: 政策文件, type: policy \}\n$/, '\n') },
    { name: '少了非必备栏目', registry: without('{ id: topics, name: 专题专栏, type: topic }', '{ id: faq, name: 知识库, type: faq }') },
  ],
  notOk: [
    { name: '没有政策解读栏目', registry: without('{ id: interpretations, name: 政策解读, type: interpretation }'), expect: { count: 1, severity: 'warning' } },
    { name: '没有办事指南栏目', registry: without('{ id: guides, name: 办事指南, type: guide }'), expect: { count: 1 } },
    { name: '没有通知公告类栏目', registry: without('{ id: notices, name: 通知公告, type: notice }', '{ id: bulletins, name: 公示公告, type: notice }'), expect: { count: 1 } },
  ],
};
