import type { Root as HastRoot } from 'hast';
import type { Parent as MdastParent, PhrasingContent as MdastPhrasing, Root as MdastRoot, Text as MdastText } from 'mdast';
import rehypeRaw from 'rehype-raw';
import type { Element, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { find, html } from 'property-information';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parseAddress, SANITIZER_PROTOCOLS } from '../link-policy.ts';

/** Markdown (with YAML front matter and GFM tables) → mdast. */
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** The sanitizer's allow-list: GitHub's, with the link policy's URL schemes. */
const schema: Schema = {
  ...defaultSchema,
  // Heading ids keep their user-content- prefix, so they cannot clobber the page's own ids.
  protocols: { ...defaultSchema.protocols, ...SANITIZER_PROTOCOLS },
};

const ALLOWED_TAGS = new Set(schema.tagNames);

/** Attributes through which a page loads something (not links). */
const RESOURCE_PROPERTIES = new Set(['src', 'srcSet', 'poster', 'data', 'background']);

/** The same allow-list for one element judged alone: without its parent, so required ancestors (a <tr> needs a <table>) cannot apply. */
const aloneSchema: Schema = { ...schema, ancestors: {} };

/** mdast → hast with raw HTML parsed as a browser would (parse5), positions kept. */
const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);

export function parseMarkdown(text: string): MdastRoot {
  const tree = parser.parse(text);
  trimAutolinks(tree);
  return tree;
}

/**
 * GFM turns "www.…" and "http://…" written in running text into links that end only at a space;
 * Chinese text has none, so "域名采用“www.”格式，其中…" would link the rest of the sentence.
 * An autolink ends at the first character that is not ASCII; what is left is a link only if it
 * still names a host (a dot inside it), otherwise plain text.
 */
function trimAutolinks(tree: MdastRoot): void {
  const walk = (parent: MdastParent) => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i]!;
      if (node.type === 'link' && node.children.length === 1 && node.children[0]!.type === 'text') {
        const label = node.children[0]!.value;
        const literal = node.url === label || node.url === `http://${label}` || node.url === `mailto:${label}`;
        const cut = label.search(/[^\x21-\x7e]/);
        if (literal && cut >= 0) {
          const kept = label.slice(0, cut).replace(/[.,:;!?'")\]]+$/, '');
          const rest: MdastText = { type: 'text', value: label.slice(kept.length) };
          const replacement: MdastPhrasing[] = /[^.]\.[^.]/.test(kept) && !kept.endsWith('.')
            ? [{ ...node, url: node.url.slice(0, node.url.length - label.length) + kept, children: [{ type: 'text', value: kept }] }, rest]
            : [{ type: 'text', value: label, position: node.position }];
          parent.children.splice(i, 1, ...(replacement as typeof parent.children));
          continue;
        }
      }
      if ('children' in node) walk(node as MdastParent);
    }
  };
  walk(tree);
}

/** Something the sanitizer took out of an item: the publisher is told, since it will not appear. */
export interface Removal {
  line: number;
  column: number;
  /** What was removed, in Chinese, e.g. "<script> 元素" or "<a> 的 href（javascript:alert(1)）". */
  what: string;
}

/**
 * mdast → sanitized HTML (no script, iframe, style, event handler or javascript:/data: URL
 * survives) and the list of what was removed. When the sanitizer changed the tree's shape, each
 * element is judged again by the sanitizer itself, alone, so the report and the output cannot
 * disagree; an unchanged shape (the usual case) needs no second look.
 */
export function renderItem(tree: MdastRoot): { html: string; tree: HastRoot; removed: Removal[] } {
  const hast = toHast.runSync(tree) as HastRoot;
  const removed = dropForeignResources(hast);
  const clean = sanitize(hast, schema) as HastRoot;
  if (shape(clean) !== shape(hast)) removed.push(...judgeAlone(hast));
  removed.sort((a, b) => a.line - b.line || a.column - b.column);
  return { html: toHtml(clean), tree: clean, removed };
}

type Node = HastRoot | RootContent;
const at = (el: Element) => ({ line: el.position?.start.line ?? 1, column: el.position?.start.column ?? 1 });

/** Every element of a tree in document order. */
function elements(node: Node, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const child of node.children) elements(child, out);
  return out;
}

/** The elements and their attribute names, in order: equal before and after sanitizing when nothing was removed. */
const shape = (tree: HastRoot) => elements(tree).map((el) => `${el.tagName}(${Object.keys(el.properties).join(',')})`).join(' ');

/**
 * The link policy's own rule, which the sanitizer's schema cannot say: pages load only from
 * their own site (the CSP), so an image or other resource from another host is removed and
 * reported instead of showing as a broken box.
 */
function dropForeignResources(tree: HastRoot): Removal[] {
  const removed: Removal[] = [];
  for (const el of elements(tree)) {
    if (!ALLOWED_TAGS.has(el.tagName)) continue; // removed whole by the sanitizer, and reported as such
    for (const key of Object.keys(el.properties)) {
      const host = RESOURCE_PROPERTIES.has(key) ? parseAddress(String(el.properties[key])).host : undefined;
      if (!host) continue;
      removed.push({ ...at(el), what: `<${el.tagName}> 的 ${find(html, key).attribute}（来自其他网站 ${host}，网页只加载本网站的资源）` });
      delete el.properties[key];
    }
  }
  return removed;
}

/** What the sanitizer removes, element by element. */
function judgeAlone(tree: HastRoot): Removal[] {
  const removed: Removal[] = [];
  const walk = (node: Node) => {
    if (node.type === 'element') {
      const alone = sanitize({ type: 'root', children: [{ ...node, children: [] }] }, aloneSchema) as HastRoot;
      const kept = alone.children.find((c): c is Element => c.type === 'element');
      if (!kept) {
        removed.push({ ...at(node), what: `<${node.tagName}> 元素` });
        // A script's or style's content goes with it; it need not be reported twice.
        if (node.tagName === 'script' || node.tagName === 'style') return;
      } else {
        for (const [key, value] of Object.entries(node.properties)) {
          if (!(key in kept.properties)) removed.push({ ...at(node), what: `<${node.tagName}> 的 ${find(html, key).attribute} 属性（${String(value).slice(0, 40)}）` });
        }
      }
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return removed;
}

export function renderHtml(tree: MdastRoot): string {
  return renderItem(tree).html;
}

/** Plain text of the body, for summaries and search excerpts. */
export function plainText(tree: MdastRoot): string {
  const out: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'yaml' || node.type === 'html') return;
    if (typeof node.value === 'string' && node.type !== 'code') out.push(node.value);
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree);
  return out.join('').replace(/\s+/g, ' ').trim();
}
