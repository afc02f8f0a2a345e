import { contactHandles } from '../../../lib/contact.ts';
import { paragraphAt } from '../../../lib/text.ts';
import type { Draft, ItemRule } from '../../../types.ts';
import { byParagraph, findPhrases, quoted, withoutNegativeContext } from '../../phrases.ts';
import { atFolded, fieldAt, numbersIn } from '../../shared.ts';

export const rule: ItemRule = {
  id: 'forbidden/advertising',
  scope: 'item',
  severity: 'error',
  title: '商业广告',
  requirements: ['C6'],
  check(source, ctx) {
    const { advertising, spam, negativeContext } = ctx.config.forbidden;
    // The published text, folded (lib/fold.ts): entities, full-width letters and invisible characters do not hide a phrase or a handle.
    const { folded, numbers } = numbersIn(source, ctx);
    const text = folded.text;
    const out: Draft[] = [];
    const flagged = new Set<number>();
    const report = (offset: number, message: string, hint: string) => {
      flagged.add(paragraphAt(text, offset).start);
      out.push(atFolded(source, folded, offset, `${fieldAt(source, folded.offsets[offset]!)}${message}`, hint));
    };
    for (const g of byParagraph(text, findPhrases(text, advertising.strong))) {
      report(g.offset, `含有商业广告用语：${quoted(g.phrases)}`, '政府网站不得发布商业广告：删除这段文字；如果是网页被篡改或从其他网站复制时带入的，请一并检查来源。');
    }
    // Spam by its shape: a private handle (微信 xyz123, 加V…) with a cue, a solicitation, a disguised
    // spelling or a second handle; or a mobile number next to a commercial cue.
    const handles = contactHandles(text, spam);
    const mobiles = numbers.filter((n) => n.kind === 'mobile');
    const cues = withoutNegativeContext(text, findPhrases(text, spam.cues), negativeContext);
    const paragraphs = new Map<number, { offset: number; contacts: string[]; kinds: Set<string>; marked: boolean }>();
    for (const h of handles) {
      const p = paragraphAt(text, h.offset).start;
      const g = paragraphs.get(p) ?? { offset: h.offset, contacts: [], kinds: new Set(), marked: false };
      g.contacts.push(h.written);
      g.kinds.add(h.kind);
      g.marked ||= h.disguised || h.solicited;
      paragraphs.set(p, g);
    }
    for (const m of mobiles) {
      const p = paragraphAt(text, m.start).start;
      const g = paragraphs.get(p) ?? { offset: m.start, contacts: [], kinds: new Set(), marked: false };
      g.contacts.push(m.written.slice(0, 3) + '****' + m.written.slice(-4));
      g.kinds.add('mobile');
      paragraphs.set(p, g);
    }
    for (const [start, g] of paragraphs) {
      if (flagged.has(start)) continue;
      const cue = cues.filter((c) => paragraphAt(text, c.offset).start === start).map((c) => c.phrase);
      const handleKinds = [...g.kinds].filter((k) => k !== 'mobile').length;
      // A mobile alone needs a cue (forbidden/mobile reports it anyway); a handle also counts when solicited, disguised or paired.
      if (!cue.length && !(handleKinds > 0 && (g.marked || handleKinds > 1))) continue;
      report(g.offset, `像垃圾广告：留有私人联系方式 ${quoted(g.contacts)}${cue.length ? `，并有推销用语 ${quoted(cue)}` : ''}`, '政府网站不得发布商业广告或个人的微信、QQ 等联系方式：删除这段文字；如果是网页被篡改或从其他网站复制时带入的，请一并检查来源。');
    }
    // Weak phrases (common in government text too) count only together, and only with a private contact.
    for (const g of byParagraph(text, findPhrases(text, advertising.weak))) {
      const para = paragraphAt(text, g.offset);
      if (flagged.has(para.start) || g.phrases.length < advertising.weakNeeded || !paragraphs.has(para.start)) continue;
      report(g.offset, `像商业广告：${quoted(g.phrases)}，并留有私人联系方式`, '政府网站不得发布商业广告：删除这段文字。确属政务内容的，可用 jiyue-disable 注释写明原因。');
    }
    return out.sort((a, b) => a.line - b.line || a.column - b.column);
  },
};
