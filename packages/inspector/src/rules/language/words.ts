import { occurrences } from '../../lib/text.ts';
import type { ItemSource } from '../../source/item-source.ts';
import type { Draft } from '../../types.ts';
import { at } from '../shared.ts';

/** Every occurrence of the listed wrong words, as findings. */
export function wrongWords(source: ItemSource, pairs: readonly { wrong: string; right: string }[], message: (w: string, r: string) => string, hint: string): Draft[] {
  const out: Draft[] = [];
  for (const { wrong, right } of pairs) {
    for (const offset of occurrences(source.text, wrong)) out.push(at(source, offset, message(wrong, right), hint));
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
