import { fold, type Folded } from '../lib/fold.ts';
import { personalNumbers, type PersonalNumber } from '../lib/personal.ts';
import type { ItemSource } from '../source/item-source.ts';
import type { LinkRef } from '../source/links.ts';
import type { ContentContext, Draft } from '../types.ts';

/** A finding at an offset of an item's file. */
export function at(source: ItemSource, offset: number, message: string, hint: string): Draft {
  return { site: source.item.meta.site, file: source.file, ...source.at(offset), message, hint };
}

/** A finding where a link was written. */
export function atLink(source: ItemSource, link: LinkRef, message: string, hint: string): Draft {
  return { site: source.item.meta.site, file: source.file, line: link.line, column: link.column, message, hint };
}

/** A finding at a front-matter key of an item, or at its value. */
export function atKey(source: ItemSource, path: string[], message: string, hint: string, atValue = false): Draft {
  const pos = atValue ? source.valueAt(path) : source.keyAt(path);
  return { site: source.item.meta.site, file: source.file, ...pos, message, hint };
}

/** Keeps only the first and last digits of personal data shown in reports (spaces and hyphens as written). */
export function redact(s: string, keepStart: number, keepEnd: number): string {
  const isDigit = (c: string) => /[\dXx]/.test(c);
  const total = [...s].filter(isDigit).length;
  let n = 0;
  return [...s].map((c) => (!isDigit(c) ? c : n++ < keepStart || n > total - keepEnd ? c : '*')).join('');
}

/** Chinese names of the front-matter fields readers see, for messages that say where the text is. */
const FIELD_NAMES: Record<string, string> = {
  title: '标题', summary: '摘要', source: '来源', attachments: '附件名称',
  policy: '政策文件信息', guide: '办事指南', message: '留言信息',
};

/** Where an offset of the item's published text is, as the publisher knows it: 标题, 摘要, 来源…, or 正文. */
export function fieldAt(source: ItemSource, offset: number): string {
  const field = source.fieldAt(offset);
  if (field === 'body') return '正文';
  return FIELD_NAMES[field.split('.')[0]!] ?? '信息项';
}

/** The item's published text folded further for matching (fold.ts: NFKC, dashes, emphasis marks), once per item. */
export function foldedScan(source: ItemSource, ctx: ContentContext): Folded {
  return ctx.memo(`folded:${source.file}`, () => fold(source.text));
}

/** A finding at an offset of the folded scan text. */
export function atFolded(source: ItemSource, folded: Folded, offset: number, message: string, hint: string): Draft {
  return at(source, folded.offsets[offset] ?? 0, message, hint);
}

/** The personal numbers (ID, card, mobile) of an item, found once and shared by their rules. */
export function numbersIn(source: ItemSource, ctx: ContentContext): { folded: Folded; numbers: PersonalNumber[] } {
  return ctx.memo(`numbers:${source.file}`, () => {
    const folded = foldedScan(source, ctx);
    return { folded, numbers: personalNumbers(folded) };
  });
}
