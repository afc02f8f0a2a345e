import { FIXTURE_REGISTRY, type RuleFixtures } from '../../../testing/index.ts';

const cityRoster = (editors: string, reviewers: string, approvers: string) =>
  FIXTURE_REGISTRY.replace('editors: [林晓雯, 周子航]\n      reviewers: [陈立新]\n      approvers: [王建国]', `editors: [${editors}]\n      reviewers: [${reviewers}]\n      approvers: [${approvers}]`);

export const fixtures: RuleFixtures = {
  ok: [
    { name: '示例名单', registry: FIXTURE_REGISTRY },
    { name: '有人兼任但仍可找到三人', registry: cityRoster('林晓雯, 陈立新', '陈立新', '王建国') },
    { name: '每个角色多人', registry: cityRoster('林晓雯, 周子航', '陈立新, 周子航', '王建国, 陈立新') },
  ],
  notOk: [
    { name: '只有两个人', registry: cityRoster('林晓雯', '林晓雯', '王建国'), expect: { count: 1, at: [[20, 7]] } },
    { name: '审核和签发是同一人', registry: cityRoster('林晓雯', '王建国', '王建国'), expect: { count: 1 } },
    { name: '三个角色同一人', registry: cityRoster('王建国', '王建国', '王建国'), expect: { count: 1 } },
  ],
};
