import { isIdCardNumber } from '../../../lib/numbers.ts';
import type { ItemRule } from '../../../types.ts';
import { at, redact } from '../../shared.ts';

/** 18 characters not inside a longer run of digits or letters. */
const candidate = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;

export const rule: ItemRule = {
  id: 'forbidden/id-card',
  scope: 'item',
  severity: 'error',
  title: '居民身份证号码',
  requirements: ['C6'],
  check(source) {
    const out = [];
    for (const m of source.text.matchAll(candidate)) {
      if (!isIdCardNumber(m[0])) continue; // index numbers, dates and codes fail the GB 11643 check
      out.push(
        at(source, m.index!, `正文含有居民身份证号码“${redact(m[0], 6, 4)}”（个人信息，不得公开）`, '删除身份证号码，或只保留前 6 位和后 4 位、中间用 * 代替（如 110101********1234）。'),
      );
    }
    return out;
  },
};
