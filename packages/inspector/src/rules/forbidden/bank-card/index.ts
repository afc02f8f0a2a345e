import type { ItemRule } from '../../../types.ts';
import { atFolded, fieldAt, numbersIn, redact } from '../../shared.ts';

export const rule: ItemRule = {
  id: 'forbidden/bank-card',
  scope: 'item',
  severity: 'error',
  title: '银行卡号',
  requirements: ['C6'],
  check(source, ctx) {
    // 16–19 digits starting with 3–6 that pass Luhn, together or in fours; not after a code
    // label (索引号, 对公账号…) and not a valid ID number (lib/personal.ts).
    const { folded, numbers } = numbersIn(source, ctx);
    return numbers
      .filter((n) => n.kind === 'card')
      .map((n) =>
        atFolded(source, folded, n.start, `${fieldAt(source, folded.offsets[n.start]!)}含有疑似银行卡号“${redact(n.written, 4, 4)}”（个人金融信息）`, '删除银行卡号；公布单位收款账户时写明“户名、开户行、对公账号”，不得公布个人卡号。'),
      );
  },
};
