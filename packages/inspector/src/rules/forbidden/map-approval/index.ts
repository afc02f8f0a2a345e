import type { Draft, ItemRule } from '../../../types.ts';

/**
 * A map approval number (审图号) as the mapping authorities issue it: GS(2024)1234号, GS京(2023)0123号,
 * 粤S(2021)023号, with ASCII or full-width brackets and any spacing; or "审图号" followed by a year
 * and a serial however it is bracketed.
 */
const PROVINCES = '京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕秦甘陇青蒙桂藏宁新';
const APPROVAL = new RegExp(`(?:GS|[${PROVINCES}]S)\\s*[${PROVINCES}]?\\s*[(\\[〔【]\\s*(?:19|20)\\d{2}\\s*[)\\]〕】]\\s*第?\\s*\\d{1,6}|审图号\\s*[:：]?\\s*\\S{0,6}(?:19|20)\\d{2}\\D{0,3}\\d{2,6}`, 'i');

/** Attribute text as read: NFKC, without zero-width characters (the published text is normalized the same way). */
const visible = (s: string) => s.normalize('NFKC').replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '');

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text blocks (paragraphs, cells, captions) of the published text, with their offsets. */
function blocks(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
}

/**
 * A caption: a short line (at most 40 characters, one sentence), or a line that starts as captions
 * do (图1、图为、▲、注：、来源：). A paragraph of prose beside a photo that mentions maps is not one.
 */
const isCaption = (s: string) =>
  (s.length <= 40 && (s.match(/[。！？；]/g) ?? []).length <= 1) || (s.length <= 120 && /^(?:图\s*\d*\s*[：:．.、\s]|图为|图片|[▲△]|(?:注|说明|来源|资料来源)[：:])/.test(s));

export const rule: ItemRule = {
  id: 'forbidden/map-approval',
  scope: 'item',
  severity: 'error',
  title: '地图没有审图号',
  requirements: ['C10'],
  check(source, ctx) {
    const { images, text } = source.item.published;
    if (!images.length) return [];
    const { words, fileWords, notMaps, standard } = ctx.config.forbidden.maps;
    const all = blocks(text);
    const out: Draft[] = [];
    for (const image of images) {
      // The image's own paragraph (text written before it in the same paragraph), its alt block, and the block after.
      const before = all.findLast((b) => b.end <= image.offset);
      const sameParagraph = before && !text.slice(before.end, image.offset).includes('\n\n') ? before : undefined;
      const altBlock = image.alt ? all.find((b) => b.start >= image.offset && b.text === image.alt.trim()) : undefined;
      const after = all.find((b) => b.start >= (altBlock?.end ?? image.offset) && b !== altBlock);
      const caption = [sameParagraph, after].filter((b) => b && isCaption(b.text)).map((b) => b!.text);
      const described = visible([image.alt, image.title, ...caption].join('\n'));

      const file = decodeURIComponent(image.src.replace(/[?#].*$/, '').split('/').pop() ?? '').toLowerCase();
      const tokens = file.replace(/\.[a-z0-9]+$/, '').split(/[-_.\s\d]+/);
      // The map word must name the image (示例市区位图, 世界地图 GS…, 规划图（2021—2035年）), not describe
      // what a photo shows (执法人员检查地图产品): it ends the text or a phrase of it.
      const named = `${described}\n${file.replace(/\.[a-z0-9]+$/, '')}`; // a file named 示例市区位图.png names a map too
      const byWord = words.find((w) => new RegExp(`${escape(w)}(?=$|[\\s（(【〔\\[：:，,。;；、—\\-…·|/])`, 'm').test(named) && !notMaps.some((n) => n.includes(w) && named.includes(n)));
      const byFile = fileWords.find((w) => tokens.includes(w));
      if (!byWord && !byFile) continue;

      // The approval number may stand in the caption or the paragraph before or after; the standard-map
      // statement only in the image's own words and captions (prose urging readers to use standard maps is not one).
      const next = all.find((b) => after && b.start > after.end);
      const near = visible([image.alt, image.title, before?.text, after?.text, next?.text].join('\n'));
      const captions = visible([described, next && isCaption(next.text) ? next.text : ''].join('\n'));
      const isStandard = standard.some((w) => new RegExp(`(?<!非|不是|并非)${escape(w)}`).test(captions));
      if (APPROVAL.test(near) || isStandard) continue;

      const name = image.alt.trim() || file || '图片';
      const why = byWord ? `说明中有“${byWord}”` : `文件名 ${file} 表明是地图`;
      out.push({
        site: source.item.meta.site, file: source.file, line: image.line, column: image.column,
        message: `图片“${name}”是地图（${why}），但没有注明审图号，也没有说明是标准地图`,
        hint: '在图片说明中写明审图号，例如“审图号：GS(2024)1234号”；使用自然资源部标准地图服务网站的标准地图的，注明“来源：自然资源部标准地图服务网站”及其审图号；没有审图号的地图不得发布。',
      });
    }
    return out;
  },
};
