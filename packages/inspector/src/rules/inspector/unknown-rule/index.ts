import type { ItemRule } from '../../../types.ts';

export const rule: ItemRule = {
  id: 'inspector/unknown-rule',
  scope: 'item',
  severity: 'error',
  title: '停用检查的注释写了不存在的规则',
  requirements: ['C6'],
  suppressible: false,
  check(source, ctx) {
    return source.directives.flatMap((d) =>
      d.rules
        .filter((r) => !ctx.ruleIds.has(r))
        .map((r) => ({
          site: source.item.meta.site,
          file: source.file,
          line: d.line,
          column: d.column,
          message: `停用检查的注释中的规则“${r}”不存在`,
          hint: '规则编号见 docs/rules.md，例如 forbidden/mobile。',
        })),
    );
  },
};
