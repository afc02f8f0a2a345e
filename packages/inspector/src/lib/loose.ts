/**
 * Phrases as spammers write them: “百 家 乐”, “彩.金”, “真人·视讯” read as the phrase. Between
 * two characters of a phrase, up to two separators (spaces, dots, middle dots, stars,
 * underscores, hyphens, bars) are allowed; matching is case-insensitive. Run it on folded text
 * (fold.ts), where full-width letters, invisible characters and entities are already gone.
 */
const JOINER = '[\\s.·・*_\\-|~]{0,2}';
const cache = new Map<string, RegExp>();

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

export function loosePhrase(phrase: string): RegExp {
  let re = cache.get(phrase);
  if (!re) {
    re = new RegExp([...phrase.trim()].map(escape).join(JOINER), 'giu');
    cache.set(phrase, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Every occurrence of a phrase, however spaced, as [offset, written text]. */
export function* looseOccurrences(text: string, phrase: string): Generator<[number, string]> {
  if (!phrase.trim()) return;
  for (const m of text.matchAll(loosePhrase(phrase))) yield [m.index!, m[0]];
}
