import { paragraphAt } from '../../../lib/text.ts';
import type { Draft, ItemRule } from '../../../types.ts';
import { byParagraph, findPhrases, quoted } from '../../phrases.ts';
import { at } from '../../shared.ts';

/** A way to reach an advertiser: a mobile number, a QQ or WeChat id. */
const contact = /(?<!\d)1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)|QQ\s*[:：]?\s*\d{5,}|微信\s*[:：号]/i;

export const rule: ItemRule = {
  id: 'forbidden/advertising',
  scope: 'item',
  severity: 'error',
  title: '商业广告',
  requirements: ['C6'],
  check(source, ctx) {
    const { strong, weak, weakNeeded } = ctx.config.forbidden.advertising;
    const text = source.text;
    const out: Draft[] = [];
    const flagged = new Set<number>();
    for (const g of byParagraph(text, findPhrases(text, strong))) {
      flagged.add(paragraphAt(text, g.offset).start);
      out.push(at(source, g.offset, `含有商业广告用语：${quoted(g.phrases)}`, '政府网站不得发布商业广告：删除这段文字；如果是网页被篡改或从其他网站复制时带入的，请一并检查来源。'));
    }
    // Weak phrases (common in government text too) count only together, and only with a private contact.
    for (const g of byParagraph(text, findPhrases(text, weak))) {
      const para = paragraphAt(text, g.offset);
      if (flagged.has(para.start) || g.phrases.length < weakNeeded || !contact.test(para.text)) continue;
      out.push(at(source, g.offset, `这段文字像商业广告：${quoted(g.phrases)}，并留有私人联系方式`, '政府网站不得发布商业广告：删除这段文字。确属政务内容的，可用 jiyue-disable 注释写明原因。'));
    }
    return out.sort((a, b) => a.line - b.line);
  },
};
