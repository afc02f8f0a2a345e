import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
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

/** Attributes through which a page loads something (not links). */
const RESOURCE_PROPERTIES = new Set(['src', 'srcSet', 'poster', 'data', 'background']);

/** The same allow-list for one element judged alone: without its parent, so required ancestors (a <tr> needs a <table>) cannot apply. */
const aloneSchema: Schema = { ...schema, ancestors: {} };

/** mdast → hast with raw HTML parsed as a browser would (parse5), positions kept. */
const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);

export function parseMarkdown(text: string): MdastRoot {
  return parser.parse(text);
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
 * survives) and the list of what the sanitizer removed. Each element is judged by the sanitizer
 * itself, alone, so the report and the output cannot disagree.
 */
export function renderItem(tree: MdastRoot): { html: string; removed: Removal[] } {
  const hast = toHast.runSync(tree) as HastRoot;
  const removed: Removal[] = [];
  const walk = (node: HastRoot | RootContent) => {
    if (node.type === 'element') {
      const alone = sanitize({ type: 'root', children: [{ ...node, children: [] }] }, aloneSchema) as HastRoot;
      const kept = alone.children.find((c): c is Element => c.type === 'element');
      const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
      if (!kept) {
        removed.push({ ...at, what: `<${node.tagName}> 元素` });
      } else {
        for (const [key, value] of Object.entries(node.properties)) {
          const attr = find(html, key).attribute;
          if (!(key in kept.properties)) {
            removed.push({ ...at, what: `<${node.tagName}> 的 ${attr} 属性（${String(value).slice(0, 40)}）` });
          } else if (RESOURCE_PROPERTIES.has(key) && parseAddress(String(value)).host) {
            // The CSP loads only from the site itself: an image from another host would show as a broken box.
            removed.push({ ...at, what: `<${node.tagName}> 的 ${attr}（来自其他网站 ${parseAddress(String(value)).host}，网页只加载本网站的资源）` });
            delete node.properties[key];
          }
        }
      }
      // A script's or style's content goes with it; it need not be reported twice.
      if (!kept && (node.tagName === 'script' || node.tagName === 'style')) return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(hast);
  return { html: toHtml(sanitize(hast, schema)), removed };
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
