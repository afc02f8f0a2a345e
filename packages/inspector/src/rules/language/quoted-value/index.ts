import type { Draft, ItemRule } from '../../../types.ts';
import { at, fieldAt } from '../../shared.ts';

/** A front-matter value wrapped in Chinese quotes, which YAML keeps as part of the value: title: “关于……的通知”. */
const QUOTED = /^(\s*(?:-\s+)?([A-Za-z][\w-]*)\s*:\s*)([“‘])(.*)([”’])\s*$/;

export const rule: ItemRule = {
  id: 'language/quoted-value',
  scope: 'item',
  severity: 'error',
  title: '信息项的值两边是中文引号',
  requirements: ['C7'],
  check(source) {
    const out: Draft[] = [];
    let offset = 0;
    for (const line of source.raw.slice(0, source.body).split('\n')) {
      const m = QUOTED.exec(line);
      // “双减”政策问答 or “A”与“B” quote a part of the value, not the value: only a single pair around all of it.
      if (m && !/[“”‘’]/.test(m[4]!) && (m[3] === '“') === (m[5] === '”')) {
        const where = fieldAt(source, offset + m[1]!.length);
        out.push(
          at(source, offset + m[1]!.length, `${where}的值两边是中文引号 ${m[3]}${m[5]}：它们会作为${where}的一部分发布`, `去掉两边的中文引号，或改为英文引号，例如 ${m[2]}: "${m[4]}"；确要显示引号的，写成 ${m[2]}: "${m[3]}${m[4]}${m[5]}"。`),
        );
      }
      offset += line.length + 1;
    }
    return out;
  },
};
