import type { Element, Root as HastRoot, RootContent } from 'hast';
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { LineIndex } from '../line-index.ts';

/**
 * What a citizen reads on an item's page, as text, with the way back to the Markdown source:
 * the text rules (personal data, adverts, wording) judge this, not the source, so an entity
 * (`&#51;`), a zero-width space, full-width digits or bold markup inside a number change nothing.
 *
 * Built from the sanitized HTML (what is published) and the front-matter fields shown on the
 * page. Normalized: full-width and mathematical letters and digits folded to ASCII (NFKC),
 * zero-width characters and soft hyphens removed, every other space character a plain space.
 */
export interface PublishedText {
  /** Field after field, blocks separated by an empty line, so that no match runs across two of them. */
  text: string;
  /**
   * Positions in the file: [textOffset, line, column] triples, ascending, each run within one
   * line; an offset maps to the last triple at or before it, plus its distance from it.
   */
  map: number[];
  /** Where each field's text starts, ascending: [textOffset, field path such as "title", "policy.issuer", "body"]. */
  fields: [number, string][];
  /** Addresses that reach the page (link targets, image sources), at their element in the file. */
  links: { url: string; kind: 'link' | 'image'; line: number; column: number }[];
  /** Every image of the body: its source, alt text and title, where it stands in `text` (before its alt text) and in the file. */
  images: { src: string; alt: string; title: string; offset: number; line: number; column: number }[];
}

/** Front-matter fields whose values are ids, dates, codes, choices or names, not prose shown to readers. */
const NOT_PROSE = new Set([
  'id', 'type', 'site', 'column', 'date', 'draft', 'scheduled', 'shownOn', 'reprintOf', 'interprets',
  'file', 'writtenDate', 'received', 'replied', 'indexNumber', 'validity', 'important',
  'signoff', 'onlineLevel', 'archived', 'formerly',
]);

/** Elements that start a new block (and so a new line of published text). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// Invisible on the page: zero-width characters, direction marks, invisible operators, soft hyphen, combining grapheme joiner.
const ZERO_WIDTH = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E\u034F]/;
const SPACE = /[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

/** One character as published text: folded, removed (''), or itself. */
function normalizeChar(c: string): string {
  if (ZERO_WIDTH.test(c)) return '';
  if (SPACE.test(c)) return ' ';
  const cp = c.codePointAt(0)!;
  // Full-width forms and mathematical alphanumerics only: NFKC elsewhere would also fold Chinese punctuation (，：) that rules match.
  if ((cp >= 0xff01 && cp <= 0xff5e) || (cp >= 0x1d400 && cp <= 0x1d7ff)) {
    const folded = c.normalize('NFKC');
    if (/^[0-9A-Za-z@+\-.#_]$/.test(folded)) return folded;
  }
  return c;
}

class Builder {
  text = '';
  map: number[] = [];
  fields: [number, string][] = [];
  links: PublishedText['links'] = [];
  images: PublishedText['images'] = [];
  /** The file offset the next character would have if it continued the last run. */
  private next = -1;

  private readonly file: string;
  private readonly index: LineIndex;

  constructor(file: string, index: LineIndex) {
    this.file = file;
    this.index = index;
  }

  position(fileOffset: number): { line: number; column: number } {
    return this.index.at(fileOffset);
  }

  field(name: string): void {
    this.break();
    this.fields.push([this.text.length, name]);
  }

  /** A block boundary: an empty line, as between paragraphs in Markdown (a soft line break inside one stays a single newline). */
  break(): void {
    while (this.text && !this.text.endsWith('\n\n')) this.push('\n', this.next < 0 ? 0 : this.next);
  }

  private push(chars: string, fileOffset: number): void {
    if (fileOffset !== this.next || this.file[fileOffset - 1] === '\n') {
      const { line, column } = this.index.at(fileOffset);
      this.map.push(this.text.length, line, column);
    }
    this.text += chars;
    this.next = fileOffset + 1;
  }

  /**
   * Appends `value` (a decoded text) that was written in the file between `start` and `end`,
   * aligning it character by character with what was written (entities, escapes, markup).
   */
  add(value: string, start: number, end: number): void {
    if (this.text.endsWith('\n\n') && !value.trim()) return; // whitespace between blocks
    const src = this.file;
    let j = start;
    for (const c of value) {
      const out = normalizeChar(c);
      if (src.startsWith(c, j)) {
        // written as is
      } else if (src[j] === '&' && /^&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i.test(src.slice(j, j + 40))) {
        const at = j;
        j = src.indexOf(';', j) + 1;
        if (out) this.push(out, at);
        continue;
      } else {
        const k = src.indexOf(c, j);
        if (k >= 0 && k < end) j = k; // markup, escapes or indentation in between
      }
      if (out) this.push(out, Math.min(j, Math.max(start, end - 1)));
      if (j < end) j += c.length;
    }
  }

  result(): PublishedText {
    return { text: this.text, map: this.map, fields: this.fields, links: this.links, images: this.images };
  }
}

const startOf = (node: { position?: { start: { offset?: number } } }) => node.position?.start.offset;
const endOf = (node: { position?: { end: { offset?: number } } }) => node.position?.end.offset;

/**
 * The published text of an item from its `file` text, its front matter (parsed with positions,
 * starting at `frontOffset` in the file) and its sanitized HTML tree.
 */
export function publishedText(file: string, index: LineIndex, front: Document, frontOffset: number, html: HastRoot): PublishedText {
  const b = new Builder(file, index);
  const visit = (node: YamlNode | null | undefined, path: string[]) => {
    if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key) && !NOT_PROSE.has(String(pair.key.value))) visit(pair.value as YamlNode, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item as YamlNode, path);
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      b.field(path.join('.'));
      b.add(node.value, frontOffset + node.range[0], frontOffset + node.range[1]);
    }
  };
  visit(front.contents as YamlNode, []);

  b.field('body');
  const walk = (node: HastRoot | RootContent, inherited: { start: number; end: number }) => {
    const start = startOf(node) ?? inherited.start;
    const end = endOf(node) ?? inherited.end;
    if (node.type === 'text') {
      b.add(node.value, start, end);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    const el = node.type === 'element' ? (node as Element) : undefined;
    const block = el && BLOCKS.has(el.tagName);
    if (block) b.break();
    if (el) {
      const p = el.properties;
      for (const [key, kind] of [['href', 'link'], ['src', 'image']] as const) {
        const url = p[key];
        if (typeof url !== 'string') continue;
        const written = file.indexOf(url, start); // where the address itself was written, when it was kept as written
        b.links.push({ url, kind, ...b.position(written >= start && written < end ? written : start) });
      }
      if (el.tagName === 'img') {
        const text = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : '');
        b.images.push({ src: text('src'), alt: text('alt'), title: text('title'), offset: b.text.length, ...b.position(start) });
      }
      // Alt text and titles are read too (screen readers, tooltips, a broken image's box).
      for (const key of ['alt', 'title'] as const) {
        if (typeof p[key] === 'string' && p[key]) {
          b.break();
          b.add(p[key] as string, start, end);
          b.break();
        }
      }
    }
    for (const child of node.children) walk(child, { start, end });
    if (block) b.break();
  };
  walk(html, { start: 0, end: file.length });
  return b.result();
}

/** Line and column in the file of a published-text offset. */
export function textPosition(published: Pick<PublishedText, 'map'>, offset: number): { line: number; column: number } {
  const { map } = published;
  let lo = 0;
  let hi = map.length / 3 - 1;
  if (hi < 0) return { line: 1, column: 1 };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid * 3]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: map[lo * 3 + 1]!, column: map[lo * 3 + 2]! + Math.max(0, offset - map[lo * 3]!) };
}

/** The field (path) a published-text offset belongs to. */
export function fieldAt(published: Pick<PublishedText, 'fields'>, offset: number): string {
  let field = 'body';
  for (const [start, name] of published.fields) {
    if (start > offset) break;
    field = name;
  }
  return field;
}
