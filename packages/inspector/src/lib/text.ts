/** The sentence around an offset (bounded by 。！？；, line breaks and the text's ends). */
export function sentenceAt(text: string, offset: number): string {
  const stop = /[。！？!?；;\n]/;
  let s = offset;
  while (s > 0 && !stop.test(text[s - 1]!)) s--;
  let e = offset;
  while (e < text.length && !stop.test(text[e]!)) e++;
  return text.slice(s, e);
}

/** The paragraph around an offset (bounded by blank lines). */
export function paragraphAt(text: string, offset: number): { start: number; text: string } {
  const before = text.lastIndexOf('\n\n', offset);
  const start = before < 0 ? 0 : before + 2;
  const after = text.indexOf('\n\n', offset);
  return { start, text: text.slice(start, after < 0 ? text.length : after) };
}

/** Every occurrence of `word` in `text`, as offsets. */
export function* occurrences(text: string, word: string): Generator<number> {
  if (!word) return;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) yield i;
}
