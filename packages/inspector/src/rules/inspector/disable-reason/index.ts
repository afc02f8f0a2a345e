import type { ItemRule } from '../../../types.ts';

export const rule: ItemRule = {
  id: 'inspector/disable-reason',
  scope: 'item',
  severity: 'error',
  title: '停用检查的注释没有写明规则或原因',
  requirements: ['C6'],
  suppressible: false,
  check(source) {
    return source.directives
      .filter((d) => !d.rules.length || d.reason.length < 2)
      .map((d) => ({
        site: source.item.meta.site,
        file: source.file,
        line: d.line,
        column: d.column,
        message: d.rules.length ? `停用检查“${d.rules.join(',')}”没有写明原因，因此不生效` : '停用检查的注释没有写明规则编号，因此不生效',
        hint: '写成 <!-- jiyue-disable 规则编号 原因：…… -->，例如 <!-- jiyue-disable forbidden/mobile 原因：这是12345热线的说明 -->。',
      }));
  },
};
