import type { ItemRule } from '../../../types.ts';
import { atFolded, fieldAt, numbersIn, redact } from '../../shared.ts';

export const rule: ItemRule = {
  id: 'forbidden/mobile',
  scope: 'item',
  severity: 'error',
  title: '手机号码',
  requirements: ['C6'],
  check(source, ctx) {
    // 11-digit mainland mobiles (1[3-9]…), with or without +86, together, grouped or digit by
    // digit, full-width or with invisible characters inside (lib/personal.ts); not an amount.
    const { folded, numbers } = numbersIn(source, ctx);
    return numbers
      .filter((n) => n.kind === 'mobile')
      .map((n) =>
        atFolded(source, folded, n.start, `${fieldAt(source, folded.offsets[n.start]!)}含有手机号码“${redact(n.written, 3, 4)}”（个人信息或广告联系方式）`, '删除手机号码；需要公布联系方式时，使用单位的办公电话（如 0999-12345678）或 12345 热线。'),
      );
  },
};
