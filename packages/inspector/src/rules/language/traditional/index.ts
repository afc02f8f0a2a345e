import OpenCC from 'opencc-js';
import type { Draft, ItemRule } from '../../../types.ts';
import { at } from '../../shared.ts';

/** OpenCC's Traditional (OpenCC standard, and Hong Kong variants) → mainland Simplified converters. */
const fromStandard = OpenCC.Converter({ from: 't', to: 'cn' });
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });

const perChar = new Map<string, string | undefined>();

/** The simplified form of one character, or undefined when it is already a simplified form. */
export function simplifiedOf(c: string): string | undefined {
  if (!perChar.has(c)) {
    const a = fromStandard(c);
    const b = fromHongKong(c);
    perChar.set(c, a !== c ? a : b !== c ? b : undefined);
  }
  return perChar.get(c);
}

const han = /\p{Script=Han}/u;

/**
 * Traditional and variant characters, per character, checked in context: a character is
 * reported only if OpenCC changes it on its own and also in its phrase (乾隆、著作 stay as they are).
 */
export function traditionalIn(line: string, allowed: ReadonlySet<string>): { index: number; char: string; simplified: string }[] {
  const chars = [...line];
  if (!chars.some((c) => han.test(c) && simplifiedOf(c))) return [];
  const inContext = [...fromStandard(line)];
  const aligned = inContext.length === chars.length;
  const out = [];
  let index = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const s = han.test(c) && !allowed.has(c) ? simplifiedOf(c) : undefined;
    if (s) {
      const ctx = aligned ? inContext[i]! : s;
      const changedInContext = ctx !== c || fromStandard(c) === c; // hk-only variants have no phrase data
      if (changedInContext) out.push({ index, char: c, simplified: ctx !== c ? ctx : s });
    }
    index += c.length;
  }
  return out;
}

export const rule: ItemRule = {
  id: 'language/traditional',
  scope: 'item',
  severity: 'error',
  title: '繁体字和异体字',
  requirements: ['C7'],
  check(source, ctx) {
    const allowed = new Set(ctx.config.language.traditionalAllowed);
    const out: Draft[] = [];
    let offset = 0;
    for (const line of source.text.split('\n')) {
      const hits = traditionalIn(line, allowed);
      if (hits.length) {
        const list = [...new Map(hits.map((h) => [h.char, h.simplified])).entries()].map(([t, s]) => `“${t}”（规范字：${s}）`);
        out.push(at(source, offset + hits[0]!.index, `使用了繁体字或异体字：${list.slice(0, 8).join('、')}${list.length > 8 ? ` 等 ${list.length} 个` : ''}`, '按《通用规范汉字表》改用规范简化字；一个简化字可能对应多个繁体字，请逐字核对，不要整段自动转换。'));
      }
      offset += line.length + 1;
    }
    return out;
  },
};
