import type { SuppressionRule } from '../../../types.ts';

export const rule: SuppressionRule = {
  id: 'inspector/unused-disable',
  scope: 'suppressions',
  severity: 'warning',
  title: '停用检查的注释没有用到',
  requirements: ['C6'],
  suppressible: false,
  check(suppressions, ctx) {
    return suppressions
      .filter((s) => s.suppressed === 0 && s.rules.every((r) => ctx.ruleIds.has(r)))
      .map((s) => ({
        site: s.site,
        file: s.file,
        line: s.line,
        column: s.column,
        message: `停用检查“${s.rules.join(',')}”没有屏蔽任何问题`,
        hint: '删除这条注释：问题已经改正，或注释放错了位置（jiyue-disable-next-line 作用于下一个非空行）。',
      }));
  },
};
