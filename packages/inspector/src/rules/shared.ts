import type { ItemSource } from '../source/item-source.ts';
import type { LinkRef } from '../source/links.ts';
import type { Draft } from '../types.ts';

/** A finding at an offset of an item's file. */
export function at(source: ItemSource, offset: number, message: string, hint: string): Draft {
  return { site: source.item.meta.site, file: source.file, ...source.at(offset), message, hint };
}

/** A finding where a link was written. */
export function atLink(source: ItemSource, link: LinkRef, message: string, hint: string): Draft {
  return { site: source.item.meta.site, file: source.file, line: link.line, column: link.column, message, hint };
}

/** A finding at a front-matter key of an item, or at its value. */
export function atKey(source: ItemSource, path: string[], message: string, hint: string, atValue = false): Draft {
  const pos = atValue ? source.valueAt(path) : source.keyAt(path);
  return { site: source.item.meta.site, file: source.file, ...pos, message, hint };
}

/** Keeps only the first and last characters of personal data shown in reports. */
export function redact(s: string, keepStart: number, keepEnd: number): string {
  const chars = [...s];
  return chars.map((c, i) => (i < keepStart || i >= chars.length - keepEnd || !/\d|X|x/.test(c) ? c : '*')).join('');
}
