/**
 * The published text (content's published-text.ts: entities decoded, tags gone, invisible
 * characters removed, odd spaces made plain) folded further for matching numbers and phrases
 * however they were typed: tabs as spaces, Unicode NFKC per character (`＋` → +, circled and other compatibility
 * forms), every dash → '-', and emphasis marks (`*`, `~`) left between two letters or digits
 * dropped (`139**1234**5678`).
 * `offsets[i]` is where folded character i starts in the original text (offsets[length] = end),
 * so a match maps back to the file's line and column.
 */
export interface Folded {
  text: string;
  offsets: number[];
}

const DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
// Control spaces the published text keeps as written (code blocks): one plain space, like other spaces.
const CONTROL_SPACE = /[\t\v\f\r]/;
// Not `_`: inside a word it is not emphasis in Markdown (abc_2024, wang_hua@126.com).
const EMPHASIS = new Set(['*', '~']);
const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export function fold(published: string): Folded {
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  for (const ch of published) {
    const at = i;
    i += ch.length;
    const c = CONTROL_SPACE.test(ch) ? ' ' : DASH.test(ch) ? '-' : ch.normalize('NFKC');
    for (const unit of c) {
      text += unit;
      for (let k = 0; k < unit.length; k++) offsets.push(at);
    }
  }
  offsets.push(published.length);
  return dropEmphasis({ text, offsets });
}

/** Emphasis marks inside a word or number are markup, not text: `139**1234**5678`, `人**名**`. */
function dropEmphasis(f: Folded): Folded {
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
