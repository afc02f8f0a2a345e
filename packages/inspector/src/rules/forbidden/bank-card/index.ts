import { isIdCardNumber, passesLuhn } from '../../../lib/numbers.ts';
import type { ItemRule } from '../../../types.ts';
import { at, redact } from '../../shared.ts';

/** 16–19 digits, written together or in groups of four separated by one space or hyphen. */
const candidates = [/(?<![\d\-/.])\d{16,19}(?![\d\-/])/g, /(?<![\d\-/.])\d{4}([ -])\d{4}\1\d{4}\1\d{4,7}(?![\d\-/])/g];

/** Labels before a long number that make it a code, not a card (索引号, 统一社会信用代码…). */
const codeLabel = /(索引号|编号|代码|文号|流水号|订单号|单号|备案号|标识码|登记号|证书号|证号|许可证|批准号|识别号|税号|序列号|条码|对公)[^\n，。；]{0,6}$/;

export const rule: ItemRule = {
  id: 'forbidden/bank-card',
  scope: 'item',
  severity: 'error',
  title: '银行卡号',
  requirements: ['C6'],
  check(source) {
    const out = [];
    for (const re of candidates) {
      for (const m of source.text.matchAll(re)) {
        const digits = m[0].replace(/[ -]/g, '');
        if (digits.length < 16 || digits.length > 19) continue;
        if (!/^[3-6]/.test(digits) || !passesLuhn(digits)) continue; // card numbers start with 3–6 (UnionPay 62…)
        if (digits.length === 18 && isIdCardNumber(digits)) continue; // reported as an ID number
        if (codeLabel.test(source.text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
        out.push(at(source, m.index!, `正文含有疑似银行卡号“${redact(m[0], 4, 4)}”（个人金融信息）`, '删除银行卡号；公布单位收款账户时写明“户名、开户行、对公账号”，不得公布个人卡号。'));
      }
    }
    return out;
  },
};
