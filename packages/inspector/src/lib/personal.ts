import type { Folded } from './fold.ts';
import { isIdCardNumber, isOldIdCardNumber, passesLuhn } from './numbers.ts';

/**
 * Personal numbers as people really type them, found in folded text (see fold.ts): a run of
 * digit groups separated by a space or a hyphen ("320102 19760815 2243", "139-9999-0001",
 * "6222 0202 0001 2345 670"), and every window of whole groups in it is tried against the
 * number's own validity check (GB 11643 check character and birth date, Luhn, the mobile
 * prefixes). The check, not the layout, keeps false alarms away: a window is never cut inside
 * a group, so a digit inside a longer number is never read as the start of another.
 */
export type NumberKind = 'id' | 'old-id' | 'card' | 'mobile';

export interface PersonalNumber {
  kind: NumberKind;
  /** Offsets in the folded text. */
  start: number;
  end: number;
  /** As written (folded), for the redacted message. */
  written: string;
}

/** Digit groups joined by one separator (a space, or a hyphen with optional spaces); an ID may end in X. */
const RUN = /\d+(?:(?: ?- ?| {1,2})\d+)*(?:[Xx](?![A-Za-z]))?/g;
const MAX_GROUPS = 24;

/** Labels before a long number that make it a code, not a person's number (索引号, 统一社会信用代码…). */
export const CODE_LABEL = /(索引号|编号|代码|文号|流水号|订单号|单号|备案号|标识码|登记号|注册号|证书号|(?<!身份)证号|许可证|批准号|识别号|税号|序列号|条码|对公|账号[:：]?\s*$|IMEI|MEID)[^\n，。；]{0,6}$/i;
/** A mobile followed by a unit is an amount or a count (13900000000元). */
const UNIT_AFTER = /^\s*[元万亿%‰个人户次吨米台件株头只份]/;

interface Group { start: number; end: number }

export function personalNumbers(folded: Folded): PersonalNumber[] {
  const text = folded.text;
  const found: (PersonalNumber & { rank: number })[] = [];
  for (const m of text.matchAll(RUN)) {
    let start = m.index!;
    let written = m[0];
    const before = text[start - 1] ?? '';
    const after = text[start + written.length] ?? '';
    if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) continue; // part of a code (SN2025…, A139…)
    if (/[./\\]/.test(before) && /\d/.test(text[start - 2] ?? '')) continue; // decimals, index numbers (999000/2025-…)
    if (after === '.' && /\d/.test(text[start + written.length + 1] ?? '')) continue;
    // "+8613912345678", "008613912345678": the country code is not part of the number
    // ("+86 139 9999 0001" needs nothing: 86 is a group of its own).
    const cc = /^(?:0086|86)(?=1[3-9]\d{9}(?!\d))/.exec(written);
    if (cc && (before === '+' || cc[0] === '0086')) {
      start += cc[0].length;
      written = written.slice(cc[0].length);
    }
    const groups: Group[] = [];
    for (const g of written.matchAll(/\d+[Xx]?/g)) groups.push({ start: start + g.index!, end: start + g.index! + g[0].length });
    if (groups.length > MAX_GROUPS) continue; // a table of figures, not a number
    const labelled = CODE_LABEL.test(text.slice(Math.max(0, start - 24), start));
    for (let s = 0; s < groups.length; s++) {
      let digits = '';
      for (let e = s; e < groups.length; e++) {
        digits += text.slice(groups[e]!.start, groups[e]!.end);
        if (digits.length > 19) break;
        const window = groups.slice(s, e + 1);
        const kind = classify(digits, window, labelled);
        if (!kind) continue;
        const from = window[0]!.start;
        const to = window.at(-1)!.end;
        if (kind === 'mobile' && UNIT_AFTER.test(text.slice(to, to + 3))) continue;
        found.push({ kind, start: from, end: to, written: text.slice(from, to), rank: RANK[kind] });
      }
    }
  }
  // The strongest reading of each stretch wins (an ID number is not also a card or a mobile).
  found.sort((a, b) => a.rank - b.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PersonalNumber[] = [];
  for (const f of found) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push({ kind: f.kind, start: f.start, end: f.end, written: f.written });
  }
  return kept.sort((a, b) => a.start - b.start);
}

const RANK: Record<NumberKind, number> = { id: 0, card: 1, 'old-id': 2, mobile: 3 };

function classify(digits: string, window: Group[], labelled: boolean): NumberKind | undefined {
  const lengths = window.map((g) => g.end - g.start);
  if (digits.length === 18 && isIdCardNumber(digits)) return 'id';
  if (/[Xx]/.test(digits)) return undefined;
  if (digits.length >= 16 && digits.length <= 19 && !labelled && /^[3-6]/.test(digits) && passesLuhn(digits)) {
    // Cards are written together or in fours (the last group shorter or longer).
    if (lengths.length === 1 || lengths.slice(0, -1).every((n) => n === 4)) return 'card';
  }
  if (digits.length === 15 && !labelled && isOldIdCardNumber(digits)) return 'old-id';
  if (digits.length === 11 && /^1[3-9]\d{9}$/.test(digits)) {
    // Together, in groups of three or more (139 9999 0001, 1399999 0001), or digit by digit.
    if (lengths.length === 1 || lengths.every((n) => n >= 3) || lengths.every((n) => n === 1)) return 'mobile';
  }
  return undefined;
}
