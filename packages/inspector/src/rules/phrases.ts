import { looseOccurrences } from '../lib/loose.ts';
import { paragraphAt, sentenceAt } from '../lib/text.ts';

export interface PhraseHit {
  offset: number;
  phrase: string;
}

/**
 * Every occurrence of the phrases (case-insensitive, however spaced: “百 家 乐”, see lib/loose.ts)
 * and of the patterns. Give it folded text (lib/fold.ts) so full-width and invisible characters do not hide a phrase.
 */
export function findPhrases(text: string, phrases: readonly string[], patterns: readonly string[] = []): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const p of phrases) for (const [offset, phrase] of looseOccurrences(text, p)) hits.push({ offset, phrase });
  for (const p of patterns) for (const m of text.matchAll(new RegExp(p, 'gi'))) if (m[0]) hits.push({ offset: m.index!, phrase: m[0] });
  // Overlapping hits (a phrase inside a longer one, two patterns on one marking) count once: the longest wins.
  hits.sort((a, b) => a.offset - b.offset || b.phrase.length - a.phrase.length);
  const kept: PhraseHit[] = [];
  for (const h of hits) {
    const last = kept.at(-1);
    if (last && h.offset < last.offset + last.phrase.length) continue;
    kept.push(h);
  }
  return kept;
}

/** Drops hits whose sentence speaks against the thing (e.g. “严厉打击网络赌博”). */
export function withoutNegativeContext(text: string, hits: PhraseHit[], negative: readonly string[]): PhraseHit[] {
  return hits.filter((h) => !negative.some((w) => sentenceAt(text, h.offset).includes(w)));
}

/** Hits grouped by paragraph: one finding per paragraph, at its first hit, naming every phrase. */
export function byParagraph(text: string, hits: PhraseHit[]): { offset: number; phrases: string[] }[] {
  const groups = new Map<number, { offset: number; phrases: string[] }>();
  for (const h of hits) {
    const { start } = paragraphAt(text, h.offset);
    const g = groups.get(start) ?? { offset: h.offset, phrases: [] };
    if (!g.phrases.includes(h.phrase)) g.phrases.push(h.phrase);
    groups.set(start, g);
  }
  return [...groups.values()];
}

export const quoted = (phrases: string[]) => phrases.slice(0, 6).map((p) => `“${p}”`).join('、') + (phrases.length > 6 ? ` 等 ${phrases.length} 处` : '');
