import type { Draft, ItemRule } from '../../../types.ts';
import { at, fieldAt } from '../../shared.ts';

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』' };
const QUOTES = /[“”‘’「」『』]/;

/**
 * A front-matter value wrapped in one pair of Chinese quotes (title: “关于……的通知”): YAML only
 * knows ASCII quotes, so the curly ones are published as part of the value. Read from the
 * published text's fields, so the value is judged as the page shows it.
 */
export const rule: ItemRule = {
  id: 'language/quoted-value',
  scope: 'item',
  severity: 'error',
  title: '信息项的值两边是中文引号',
  requirements: ['C7'],
  check(source) {
    const out: Draft[] = [];
    const { fields, text } = source.item.published;
    fields.forEach(([start, path], i) => {
      if (path === 'body') return;
      const value = text.slice(start, fields[i + 1]?.[0] ?? text.length).trim();
      const open = value[0] ?? '';
      const close = value.at(-1) ?? '';
      // “双减”政策问答 or “A”与“B” quote a part of the value, not the value: only one pair around all of it.
      if (value.length < 3 || PAIRS[open] !== close || QUOTES.test(value.slice(1, -1))) return;
      const shownAt = start + text.slice(start).indexOf(open);
      // Written inside YAML quotes (title: "“…”"), the curly quotes are meant to be shown: the value starts before them.
      const written = source.item.positions[path]?.value;
      const shown = source.at(shownAt);
      if (written && (written.line !== shown.line || written.column !== shown.column)) return;
      const where = fieldAt(source, start);
      const inner = value.slice(1, -1);
      const key = path.split('.').at(-1)!;
      out.push(
        at(source, shownAt, `${where}的值两边是中文引号 ${open}${close}：引号会作为${where}的一部分发布`, `去掉两边的中文引号，或改为英文引号，例如 ${key}: "${inner}"；确要在页面上显示引号的，写成 ${key}: "${value}"。`),
      );
    });
    return out;
  },
};
