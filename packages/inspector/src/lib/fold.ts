import { decodeHTML } from 'entities';

/**
 * A text as a reader sees it, for matching numbers and phrases however they were typed:
 * character references decoded (`&#51;` → 3, `&nbsp;`), HTML tags dropped, Unicode NFKC per
 * character (full-width digits and letters → ASCII, `＋` → +), zero-width characters and soft
 * hyphens removed, every kind of space → one ASCII space, every dash → '-', and emphasis marks
 * (`*`, `~`) between two letters or digits dropped (`139**1234**5678`).
 * `offsets[i]` is where folded character i starts in the original text (offsets[length] = end),
 * so a match maps back to the file's line and column.
 */
export interface Folded {
  text: string;
  offsets: number[];
}

const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u180e\u034f]/;
const SPACE = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
// Not `_`: inside a word it is not emphasis in Markdown (abc_2024, wang_hua@126.com).
const EMPHASIS = new Set(['*', '~']);
const REFERENCE = /^&(?:#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/;
/** An HTML tag (not an autolink such as <a@b.com> or <https://…>). */
const TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/;

export function fold(raw: string): Folded {
  let text = '';
  const offsets: number[] = [];
  const push = (s: string, at: number) => {
    for (const ch of s) {
      if (INVISIBLE.test(ch)) continue;
      const c = SPACE.test(ch) ? (ch === '\n' ? '\n' : ' ') : DASH.test(ch) ? '-' : ch.normalize('NFKC');
      for (const unit of c) {
        text += unit;
        for (let k = 0; k < unit.length; k++) offsets.push(at);
      }
    }
  };
  for (let i = 0; i < raw.length; ) {
    const ch = raw[i]!;
    if (ch === '&') {
      const m = REFERENCE.exec(raw.slice(i, i + 40));
      const decoded = m ? decodeHTML(m[0]) : undefined;
      if (m && decoded !== m[0]) {
        push(decoded!, i);
        i += m[0].length;
        continue;
      }
    }
    if (ch === '<') {
      const m = TAG.exec(raw.slice(i, i + 400));
      if (m) {
        i += m[0].length;
        continue;
      }
    }
    const code = raw.codePointAt(i)!;
    const unit = String.fromCodePoint(code);
    push(unit, i);
    i += unit.length;
  }
  offsets.push(raw.length);
  return dropEmphasis({ text, offsets });
}

/** Emphasis marks inside a word or number are markup, not text: `139**1234**5678`, `人**名**`. */
function dropEmphasis(f: Folded): Folded {
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < f.text.length; i++) {
    if (EMPHASIS.has(f.text[i]!)) {
      let j = i;
      while (j < f.text.length && EMPHASIS.has(f.text[j]!)) j++;
      if (word(text.at(-1)) && word(f.text[j])) {
        i = j - 1;
        continue;
      }
    }
    text += f.text[i];
    offsets.push(f.offsets[i]!);
  }
  offsets.push(f.offsets[f.text.length]!);
  return { text, offsets };
}
