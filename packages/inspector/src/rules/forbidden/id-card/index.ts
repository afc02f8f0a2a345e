import type { ItemRule } from '../../../types.ts';
import { atFolded, fieldAt, numbersIn, redact } from '../../shared.ts';

export const rule: ItemRule = {
  id: 'forbidden/id-card',
  scope: 'item',
  severity: 'error',
  title: '居民身份证号码',
  requirements: ['C6'],
  check(source, ctx) {
    // 18 characters with a right GB 11643 check character, or the old 15 digits with a real
    // province and birth date, however spaced, grouped or typed (lib/personal.ts).
    const { folded, numbers } = numbersIn(source, ctx);
    return numbers
      .filter((n) => n.kind === 'id' || n.kind === 'old-id')
      .map((n) => {
        const where = fieldAt(source, folded.offsets[n.start]!);
        const old = n.kind === 'old-id' ? '（15 位旧号码）' : '';
        return atFolded(source, folded, n.start, `${where}含有居民身份证号码${old}“${redact(n.written, 6, 4)}”（个人信息，不得公开）`, '删除身份证号码，或只保留前 6 位和后 4 位、中间用 * 代替（如 110101********1234）。');
      });
  },
};
