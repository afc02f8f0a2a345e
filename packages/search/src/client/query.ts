/**
 * Browser side of query help (Q3): turns what a citizen types — Chinese, full pinyin ("shebao"),
 * initials ("sb"), traditional characters, everyday words — into the searches to run, offers
 * suggestions while typing and "did you mean" when nothing is found. Everything comes from the
 * vocabularies the sites wrote at build time; no dictionary ships in the page script.
 */
import type { TermChunkJson, VocabularyJson } from './vocabulary-types.ts';

export type QueryKind = 'exact' | 'traditional' | 'pinyin' | 'initials' | 'synonym';

export interface Vocabulary {
  terms: string[];
  /** Syllables of each term (same index as terms). */
  syllables: string[][];
  full: string[];
  initials: string[];
  /** Full pinyin → index of the best term with that reading. */
  byFull: Map<string, number[]>;
  /** Word → its synonym group (formal term first). */
  groups: Map<string, string[]>;
  t2s: Map<string, string>;
  /** Pinyin of the characters the vocabulary uses, for sound-alike corrections. */
  charPinyin: Map<string, string>;
}

export interface Variant {
  /** The text to search. */
  text: string;
  kind: QueryKind;
  /** How much its results count next to the others (1 for what the citizen typed). */
  weight: number;
}

export interface Expansion {
  /** The query as typed, normalized (full-width letters, spaces). */
  query: string;
  /** What to search, best first; never empty for a non-empty query. */
  variants: Variant[];
  /** Other readings of ambiguous pinyin ("sb": 社保, 申报, 设备…), offered, not searched. */
  alternatives: string[];
}

export interface Suggestion {
  text: string;
  /** Why it is offered, e.g. "拼音" or "同义词", for screen readers and the list. */
  note?: string;
}

const LATIN = /^[a-z]+$/;
const HAN = /\p{Script=Han}/u;

/**
 * Merges the vocabularies of several sites (this site's first) into one, with the term chunks
 * loaded for a query; a chunk's terms rank after every site's most used terms.
 */
export function toVocabulary(files: VocabularyJson[], chunks: TermChunkJson[] = []): Vocabulary {
  // Interleave by relative rank so a small site's top terms are not buried by a big one.
  const ranked = new Map<string, [number, string]>();
  const rank = (f: { t: string[]; p: string[] }, offset: number) =>
    f.t.forEach((term, i) => {
      const r = offset + i / Math.max(1, f.t.length);
      const old = ranked.get(term);
      if (!old || r < old[0]) ranked.set(term, [r, f.p[i] ?? '']);
    });
  for (const f of files) rank(f, 0);
  for (const c of chunks) rank(c, 1);
  const entries = [...ranked.entries()].sort((a, b) => a[1][0] - b[1][0]);
  const terms = entries.map(([t]) => t);
  const syllables = entries.map(([, [, p]]) => (p ? p.split(' ') : []));
  const full = syllables.map((s) => s.join(''));
  const initials = syllables.map((s) => s.map((x) => x[0]).join(''));
  const byFull = new Map<string, number[]>();
  full.forEach((f, i) => byFull.set(f, [...(byFull.get(f) ?? []), i]));
  const groups = new Map<string, string[]>();
  for (const f of files) {
    for (const group of f.s) {
      // A word in groups of two sites: join them.
      const merged = [...new Set([...group, ...group.flatMap((w) => groups.get(w) ?? [])])];
      for (const w of merged) groups.set(w, merged);
    }
  }
  const t2s = new Map<string, string>();
  for (const f of files) {
    const chars = [...f.c];
    for (let i = 0; i + 1 < chars.length; i += 2) t2s.set(chars[i]!, chars[i + 1]!);
  }
  const charPinyin = new Map<string, string>();
  terms.forEach((t, i) => {
    const chars = [...t];
    if (chars.length === syllables[i]!.length) chars.forEach((c, j) => charPinyin.has(c) || charPinyin.set(c, syllables[i]![j]!));
  });
  return { terms, syllables, full, initials, byFull, groups, t2s, charPinyin };
}

/**
 * The term chunks a query may need (see chunkKey): for each run of Latin letters, its first
 * letter with each of the next few, since the second syllable may start at any of them
 * ("dengjibaohu", "djbh", "deng ji bao hu" → …"dj"…). At most six keys a run.
 */
export function chunkKeysFor(raw: string): string[] {
  const keys = new Set<string>();
  const text = normalize(raw).replace(/['’]/g, '').replace(/ü/g, 'v');
  // Runs with the spaces taken out ("zhao cuo" is one word) and each word typed apart.
  const latin = [...(text.replace(/\s/g, '').match(/[a-z]+/g) ?? []), ...(text.match(/[a-z]+/g) ?? [])];
  for (const run of latin) for (let i = 1; i < Math.min(run.length, 7); i++) keys.add(run[0]! + run[i]!);
  return [...keys];
}

/** NFKC (full-width → half-width), lower-case Latin, single spaces. */
export function normalize(raw: string): string {
  return raw.normalize('NFKC').replace(/[\u3000\s]+/g, ' ').trim().toLowerCase();
}

export function toSimplified(text: string, v: Vocabulary | undefined): string {
  if (!v) return text;
  let out = '';
  for (const ch of text) out += v.t2s.get(ch) ?? ch;
  return out;
}

/**
 * How well `input` spells the syllables: each syllable typed in full or by its first letters,
 * in order (she|hui|bao|xian, s|h|b|x, she|h|bao|x…). Returns 0 for no match, else 3 for
 * full pinyin, 2 for initials only, 1 for a mix. With `prefix`, the input may stop early.
 */
export function spells(input: string, syllables: string[], prefix = false): number {
  let sawFull = false;
  let sawShort = false;
  const walk = (pos: number, k: number): boolean => {
    if (pos === input.length) return prefix || k === syllables.length;
    if (k === syllables.length) return false;
    const syl = syllables[k]!;
    for (let n = Math.min(syl.length, input.length - pos); n >= 1; n--) {
      if (input.startsWith(syl.slice(0, n), pos)) {
        const complete = n === syl.length;
        if (walk(pos + n, k + 1)) {
          if (complete) sawFull = true;
          else sawShort = true;
          return true;
        }
      }
    }
    return false;
  };
  if (!walk(0, 0)) return 0;
  return sawFull && !sawShort ? 3 : !sawFull ? 2 : 1;
}

/** Terms a Latin token may mean, best first: full pinyin, then initials, then mixes. */
export function pinyinTerms(token: string, v: Vocabulary, limit = 3): { term: string; kind: QueryKind }[] {
  const exact = v.byFull.get(token);
  const found: { i: number; quality: number }[] = (exact ?? []).map((i) => ({ i, quality: 4 }));
  if (found.length < limit) {
    for (let i = 0; i < v.terms.length && found.length < 50; i++) {
      if (exact?.includes(i)) continue;
      const syl = v.syllables[i]!;
      // Quick filters: first letter, and the input can't be longer than the full pinyin.
      if (!syl.length || syl[0]![0] !== token[0] || token.length > v.full[i]!.length || token.length < syl.length) continue;
      const q = spells(token, syl);
      if (q) found.push({ i, quality: q });
    }
  }
  if (!found.length && token.length >= 4) {
    // Two words typed together: "shebaobanli" → 社保 办理.
    for (let cut = 2; cut <= token.length - 2; cut++) {
      const a = v.byFull.get(token.slice(0, cut));
      const b = v.byFull.get(token.slice(cut));
      if (a && b) return [{ term: `${v.terms[a[0]!]} ${v.terms[b[0]!]}`, kind: 'pinyin' }];
    }
  }
  // Better spelling first, then the more used term (lower index).
  found.sort((a, b) => b.quality - a.quality || a.i - b.i);
  return found.slice(0, limit).map(({ i, quality }) => ({ term: v.terms[i]!, kind: quality >= 3 ? 'pinyin' : 'initials' }));
}

/**
 * Replaces every word of a synonym group in `text` by each other word of its group. The formal
 * term (first of its group) counts more than the other everyday words (it is the word the pages
 * use), but less than what was typed.
 */
function synonymVariants(text: string, v: Vocabulary): { text: string; formal: boolean }[] {
  const words = [...v.groups.keys()].filter((w) => text.includes(w)).sort((a, b) => b.length - a.length);
  const out: { text: string; formal: boolean }[] = [];
  const used: string[] = [];
  for (const w of words) {
    // Skip a word inside a longer one already handled (社保 inside 社保卡).
    if (used.some((u) => u.includes(w))) continue;
    used.push(w);
    const group = v.groups.get(w)!;
    for (const other of group) if (other !== w) out.push({ text: text.split(w).join(other), formal: other === group[0] });
  }
  return out;
}

/**
 * Joins runs of Latin tokens that together spell one term of the vocabulary, syllable by
 * syllable in full or by initials ("lin shi xia xian" → "linshixiaxian" → 临时下线), so spaced
 * pinyin is read as the word it spells, not as a word per syllable. Han tokens stay as they are.
 */
function joinSpacedPinyin(tokens: string[], v: Vocabulary): string[] {
  const isLatin = (t: string) => LATIN.test(t.replace(/['’]/g, '').replace(/ü/g, 'v'));
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let joined = false;
    // The longest run of Latin tokens from i that spells one known term as full pinyin.
    for (let j = tokens.length; j > i + 1; j--) {
      const run = tokens.slice(i, j);
      if (!run.every(isLatin)) continue;
      const word = run.join('').replace(/['’]/g, '').replace(/ü/g, 'v');
      if (v.byFull.has(word)) {
        out.push(word);
        i = j;
        joined = true;
        break;
      }
    }
    if (!joined) out.push(tokens[i++]!);
  }
  return out;
}

/** The searches for one query. Without a vocabulary (not loaded yet) it is the query itself. */
export function expandQuery(raw: string, v?: Vocabulary): Expansion {
  const query = normalize(raw);
  if (!query) return { query, variants: [], alternatives: [] };
  const variants: Variant[] = [];
  const add = (text: string, kind: QueryKind, weight: number) => {
    if (text && !variants.some((x) => x.text === text)) variants.push({ text, kind, weight });
  };
  if (!v) return { query, variants: [{ text: query, kind: 'exact', weight: 1 }], alternatives: [] };

  // Pinyin typed with spaces between syllables ("lin shi xia xian", "she bao"): read the Latin
  // tokens together as one word first (each space a syllable boundary), only then token by token.
  // Mixed pinyin and Chinese without spaces ("社保banli") is two tokens.
  const split = query.replace(/(\p{Script=Han})([a-z])/gu, '$1 $2').replace(/([a-z])(\p{Script=Han})/gu, '$1 $2');
  const tokens = joinSpacedPinyin(split.split(' '), v);
  let kind: QueryKind = 'exact';
  let alternatives: { term: string; kind: QueryKind }[] = [];
  const read = tokens.map((token) => {
    const plain = token.replace(/['’]/g, '').replace(/ü/g, 'v');
    if (LATIN.test(plain)) {
      const terms = pinyinTerms(plain, v);
      if (terms.length) {
        kind = terms[0]!.kind;
        if (tokens.length === 1) alternatives = terms.slice(1);
        return terms[0]!.term;
      }
      return token;
    }
    if (HAN.test(token)) {
      const simplified = toSimplified(token, v);
      if (simplified !== token && kind === 'exact') kind = 'traditional';
      return simplified;
    }
    return token;
  });
  const main = read.join(' ');
  add(main, kind, 1);
  // Synonyms widen, never crowd out: every page with what was typed ranks above them.
  for (const s of synonymVariants(main, v)) add(s.text, 'synonym', s.formal ? 0.9 : 0.8);
  // Latin that is not pinyin (e.g. "ICP") is searched as typed.
  if (main !== query && !LATIN.test(query.replace(/[\s'’]/g, ''))) add(query, 'exact', 0.5);
  const searched = new Set(variants.map((x) => x.text));
  return { query, variants, alternatives: alternatives.map((a) => a.term).filter((t) => !searched.has(t)) };
}

/** Up to `limit` completions of what is typed so far, for the suggestion list. */
export function suggest(raw: string, v: Vocabulary, limit = 8): Suggestion[] {
  const query = normalize(raw);
  if (!query) return [];
  const out: Suggestion[] = [];
  const add = (text: string, note?: string) => {
    if (out.length < limit && text !== query && !out.some((s) => s.text === text)) out.push({ text, note });
  };
  const last = query.split(' ').pop()!;
  const head = query.slice(0, query.length - last.length);
  const plain = last.replace(/['’]/g, '').replace(/ü/g, 'v');
  if (LATIN.test(plain)) {
    const hits: { i: number; q: number }[] = [];
    for (let i = 0; i < v.terms.length && hits.length < 200; i++) {
      const syl = v.syllables[i]!;
      if (!syl.length || syl[0]![0] !== plain[0]) continue;
      const q = spells(plain, syl, true);
      if (q) hits.push({ i, q: v.full[i] === plain ? 9 : v.initials[i] === plain ? 5 : q });
    }
    hits.sort((a, b) => b.q - a.q || a.i - b.i);
    for (const { i } of hits) add(head + v.terms[i]!, '拼音');
    return out;
  }
  const simplified = toSimplified(last, v);
  if (simplified !== last) add(head + simplified, '简体');
  for (const [word, group] of v.groups) {
    if (word.startsWith(simplified)) {
      add(head + word);
      if (word === simplified) for (const other of group) add(head + other, '同义词');
    }
  }
  for (const t of v.terms) if (t.startsWith(simplified)) add(head + t);
  for (const t of v.terms) if (t.includes(simplified)) add(head + t);
  return out;
}

/** Levenshtein distance, small strings only. */
function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

/**
 * Terms close to a query that found nothing: a sound-alike (公机金 → 公积金, typed with the wrong
 * character of the same pinyin), one character off, or pinyin with a typo (shebso → 社保).
 */
export function didYouMean(raw: string, v: Vocabulary, limit = 3): string[] {
  const query = toSimplified(normalize(raw).replace(/\s+/g, ''), v);
  if (!query) return [];
  const scored: { term: string; cost: number; i: number }[] = [];
  const plain = query.replace(/['’]/g, '');
  if (LATIN.test(plain)) {
    v.full.forEach((f, i) => {
      if (Math.abs(f.length - plain.length) > 2) return;
      const d = distance(plain, f);
      if (d <= (plain.length > 5 ? 2 : 1)) scored.push({ term: v.terms[i]!, cost: d, i });
    });
  } else {
    const sound = [...query].map((c) => v.charPinyin.get(c) ?? c).join('');
    const qLen = [...query].length;
    v.terms.forEach((t, i) => {
      const tLen = [...t].length;
      if (Math.abs(tLen - qLen) > 1) return;
      if (v.full[i] === sound && t !== query) return void scored.push({ term: t, cost: 0.5, i });
      const d = distance(query, t);
      if (d >= 1 && d <= (qLen >= 4 ? 2 : 1)) scored.push({ term: t, cost: d, i });
    });
  }
  scored.sort((a, b) => a.cost - b.cost || a.i - b.i);
  return [...new Set(scored.map((s) => s.term))].slice(0, limit);
}
