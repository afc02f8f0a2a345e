import { fieldAt, textPosition, type ParsedItem } from '@jiyue/content';
import { parseDirectives, type Directive } from './directives.ts';
import { itemLinks, type LinkRef } from './links.ts';

/**
 * One item as the rules see it, made from the content package's single parse: the published
 * text (what a citizen reads, normalized) with its way back to the file, links and suppressions.
 * Nothing is read or parsed again here.
 */
export interface ItemSource {
  item: ParsedItem;
  file: string;
  /** The item's published text (title, other shown fields, body): what the text rules scan. */
  text: string;
  links: LinkRef[];
  directives: Directive[];
  /** Line and column in the file of an offset of `text`. */
  at(offset: number): { line: number; column: number };
  /** The front-matter field an offset of `text` belongs to ("title", "summary", "policy.issuer"…), or "body". */
  fieldAt(offset: number): string;
  /** Position of a front-matter key (nested keys by name, e.g. ['policy', 'important']), or of its nearest parent. */
  keyAt(path: string[]): { line: number; column: number };
  /** Position of the value of a front-matter key, else of the key. */
  valueAt(path: string[]): { line: number; column: number };
}

export function itemSource(item: ParsedItem): ItemSource {
  const { published, positions } = item;
  const nearest = (path: string[]) => {
    for (let n = path.length; n > 0; n--) {
      const p = positions[path.slice(0, n).join('.')];
      if (p) return p;
    }
    return undefined;
  };
  const keyAt = (path: string[]) => nearest(path)?.key ?? { line: item.lines[path[0]!] ?? 1, column: 1 };
  const at = (offset: number) => textPosition(published, offset);
  return {
    item,
    file: item.file,
    text: published.text,
    links: itemLinks(published, at),
    directives: parseDirectives(item.comments),
    at,
    fieldAt: (offset) => fieldAt(published, offset),
    keyAt,
    valueAt: (path) => positions[path.join('.')]?.value ?? keyAt(path),
  };
}
