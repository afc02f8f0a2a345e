/**
 * The vocabulary of one site, built at build time from its own content (Q3): the words and
 * short phrases its pages use, each with its pinyin, plus the synonym groups that concern the
 * site and a traditional → simplified character map limited to the characters the site uses.
 * The browser loads it lazily (on the first keystroke or query) to turn pinyin, initials,
 * traditional characters and everyday words into terms the index knows.
 */
import { pinyin } from 'pinyin-pro';
import type { SynonymGroup } from './synonyms.ts';
import { traditionalMap } from './t2s.ts';
import { chunkKey, VOCABULARY_VERSION, type TermChunkJson, type VocabularyJson } from './client/vocabulary-types.ts';

export interface VocabularyDoc {
  title: string;
  /** Plain text of the page body (no markup). */
  text: string;
}

export interface VocabularyInput {
  docs: VocabularyDoc[];
  /** Column names, the site's name and other labels citizens may type. */
  labels?: string[];
  synonyms?: SynonymGroup[];
  /** At most this many terms (the most frequent first). */
  maxTerms?: number;
}

const HAN = /^\p{Script=Han}+$/u;
/** Words that never start or end a useful search phrase. */
const STOP = new Set(
  '的 了 和 与 及 或 在 对 为 是 等 于 由 向 从 把 被 将 并 其 之 也 又 就 都 而 以 按 有 无 不 这 那 该 各 本 第 个 年 月 日 时 分 关于 有关 进一步 一个 我们 可以 进行 通过 根据 按照 以及 如何 什么 哪些 怎么 是否'.split(' '),
);

/** Stop words that may still start a term: 无障碍, 不动产, 有效期. */
const MAY_START = new Set(['无', '不', '有']);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Han-only word segments of a text, split into runs at punctuation, digits and Latin. */
function runs(text: string): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike && HAN.test(segment)) run.push(segment);
    else if (run.length) (out.push(run), (run = []));
  }
  if (run.length) out.push(run);
  return out;
}

/**
 * Candidate terms of a text: every run of 1–4 adjacent word segments of 2–8 characters that does
 * not start or end with a function word. ICU's dictionary splits many administrative words
 * (优化 → 优|化, 公积金 → 公|积|金), so joining neighbours recovers them; closed-phrase pruning
 * below drops the pieces that never occur on their own.
 */
function candidates(text: string, add: (term: string, segments: number, wordy: boolean) => void) {
  for (const run of runs(text)) {
    for (let i = 0; i < run.length; i++) {
      if (STOP.has(run[i]!) && !MAY_START.has(run[i]!)) continue;
      let term = '';
      for (let j = i; j < Math.min(run.length, i + 4); j++) {
        term += run[j]!;
        if (term.length > 6) break;
        // Wordy: begins and ends with a dictionary word of two or more characters (等级|保护).
        if (term.length >= 2 && !STOP.has(run[j]!)) add(term, j - i + 1, run[i]!.length > 1 && run[j]!.length > 1);
      }
    }
  }
}

/** Pinyin syllables of a term, lower case without tones, separated by spaces (ü as v). */
export function termPinyin(term: string): string {
  return pinyin(term, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' }).join(' ');
}

/** Every term of a site, most used first, with what the vocabulary file needs besides. */
export interface CollectedTerms {
  /** All kept terms, most used first (not capped: the term chunks carry them all). */
  ranked: string[];
  groups: SynonymGroup[];
  chars: Set<string>;
}

export function collectTerms(input: VocabularyInput): CollectedTerms {
  const score = new Map<string, number>();
  const count = new Map<string, number>();
  /** Fewest word segments a term was seen as: 1 means ICU's dictionary knows it as one word. */
  const segs = new Map<string, number>();
  /** Terms seen at least once as whole dictionary words at both ends: never dropped as a fragment. */
  const wordy = new Set<string>();
  const bump = (weight: number) => (term: string, segments = 1, whole = false) => {
    score.set(term, (score.get(term) ?? 0) + weight);
    count.set(term, (count.get(term) ?? 0) + 1);
    segs.set(term, Math.min(segs.get(term) ?? 9, segments));
    if (whole && segments > 1) wordy.add(term);
  };
  const chars = new Set<string>();
  for (const doc of input.docs) {
    candidates(doc.title, bump(5));
    candidates(doc.text, bump(1));
    for (const ch of doc.title + doc.text) chars.add(ch);
  }
  for (const label of input.labels ?? []) {
    if (HAN.test(label)) (bump(8)(label), bump(8)(label));
    candidates(label, bump(3));
    for (const ch of label) chars.add(ch);
  }

  // Keep a dictionary word seen in a title or label, a phrase seen twice, a long phrase three
  // times; then drop a phrase that only ever occurs inside one longer kept phrase (积金 inside 公积金)
  // unless it is made of whole words (等级保护 inside 安全等级保护 is a term of its own).
  const keep = (t: string, s: number) => {
    const n = count.get(t)!;
    return t.length >= 5 ? n >= 3 : n >= 2 || (s >= 5 && segs.get(t) === 1);
  };
  let kept = [...score.entries()].filter(([t, s]) => keep(t, s));
  const swallowed = new Set<string>();
  for (const [u] of kept) {
    const n = count.get(u)!;
    for (let i = 0; i < u.length; i++) {
      for (let j = i + 2; j <= u.length; j++) {
        const t = u.slice(i, j);
        if (t !== u && count.get(t) === n && !wordy.has(t)) swallowed.add(t);
      }
    }
  }
  kept = kept.filter(([t]) => !swallowed.has(t));
  kept.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'));

  // Synonym groups about this site: those with at least one word that occurs in its text.
  const text = input.docs.map((d) => `${d.title}\n${d.text}`).join('\n') + (input.labels ?? []).join('\n');
  const groups = (input.synonyms ?? []).filter((g) => [g.formal, ...g.everyday].some((w) => text.includes(w)));
  return { ranked: kept.map(([t]) => t), groups, chars };
}

/**
 * How many of the most used terms go into the site's top terms (suggestions while typing a
 * Chinese word, "did you mean"); every term is in the chunks anyway. Each site's first
 * suggestion loads this file: 600 terms are about 8 KB gzip, 1,500 were 19 KB.
 */
export const TOP_TERM_COUNT = 600;

/** The vocabulary file: the most used terms (for suggestions and "did you mean"), groups, character map, chunk keys. */
export function buildVocabulary(input: VocabularyInput, collected = collectTerms(input), chunks = termChunks(collected)): VocabularyJson {
  const maxTerms = input.maxTerms ?? TOP_TERM_COUNT;
  const { ranked, groups, chars } = collected;
  const terms = ranked.slice(0, maxTerms);
  const inTerms = new Set(terms);
  // Every word of a relevant synonym group is a term, so 'shebao' finds 社保 even if no page says it.
  for (const w of groups.flatMap((g) => [g.formal, ...g.everyday])) if (!inTerms.has(w)) (terms.push(w), inTerms.add(w));
  return {
    v: VOCABULARY_VERSION,
    t: terms,
    p: terms.map(termPinyin),
    s: groups.map((g) => [g.formal, ...g.everyday]),
    c: traditionalMap(chars),
    x: [...chunks.keys()].join(''),
  };
}

/**
 * Every term of the site, in small files by chunk key (the first letters of its first two
 * syllables: 等级保护 → "dj"), so a pinyin query loads only the chunks it can mean, however
 * large the site (see chunkKeys in the client).
 */
export function termChunks(collected: CollectedTerms): Map<string, TermChunkJson> {
  const chunks = new Map<string, TermChunkJson>();
  for (const term of collected.ranked) {
    const p = termPinyin(term);
    const key = chunkKey(p.split(' '));
    if (!key) continue;
    const chunk = chunks.get(key) ?? { v: VOCABULARY_VERSION, t: [], p: [] };
    chunk.t.push(term);
    chunk.p.push(p);
    chunks.set(key, chunk);
  }
  return new Map([...chunks].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/** Plain text of sanitized HTML (the item bodies in a site bundle). */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
