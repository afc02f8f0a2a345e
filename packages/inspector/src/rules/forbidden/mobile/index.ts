import type { ItemRule } from '../../../types.ts';
import { at, redact } from '../../shared.ts';

/**
 * 11-digit mainland mobile numbers (1[3-9]x), also written 138-1234-5678 or 138 1234 5678;
 * not part of a longer run of digits, not a decimal or an amount (followed by 元/万/亿/%).
 */
const mobile = /(?<![\d.．])1[3-9]\d([- ]?)\d{4}\1\d{4}(?![\d.．]\d|\d|\s*[元万亿%‰])/g;

export const rule: ItemRule = {
  id: 'forbidden/mobile',
  scope: 'item',
  severity: 'error',
  title: '手机号码',
  requirements: ['C6'],
  check(source) {
    return [...source.text.matchAll(mobile)].map((m) =>
      at(source, m.index!, `正文含有手机号码“${redact(m[0], 3, 4)}”（个人信息或广告联系方式）`, '删除手机号码；需要公布联系方式时，使用单位的办公电话（如 0999-12345678）或 12345 热线。'),
    );
  },
};
