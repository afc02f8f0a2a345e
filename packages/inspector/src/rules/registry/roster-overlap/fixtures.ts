import { FIXTURE_REGISTRY, type RuleFixtures } from '../../../testing/index.ts';

const cityRoster = (editors: string, reviewers: string, approvers: string) =>
  FIXTURE_REGISTRY.replace('editors: [林晓雯, 周子航]\n      reviewers: [陈立新]\n      approvers: [王建国]', `editors: [${editors}]\n      reviewers: [${reviewers}]\n      approvers: [${approvers}]`);

export const fixtures: RuleFixtures = {
  ok: [
    { name: '示例名单', registry: FIXTURE_REGISTRY },
    { name: '每个角色两人', registry: cityRoster('林晓雯, 周子航', '陈立新, 赵敏', '王建国, 孙立') },
    { name: '只有三人', registry: cityRoster('林晓雯', '陈立新', '王建国') },
  ],
  notOk: [
    { name: '审核人兼编辑', registry: cityRoster('林晓雯, 陈立新', '陈立新', '王建国'), expect: { count: 1, severity: 'warning' } },
    { name: '签发人兼审核', registry: cityRoster('林晓雯', '陈立新, 王建国', '王建国'), expect: { count: 1 } },
    { name: '两人各兼两职', registry: cityRoster('林晓雯, 陈立新', '陈立新, 王建国', '王建国'), expect: { count: 2 } },
  ],
};
