import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SANITIZER_PROTOCOLS } from '../link-policy.ts';

/** Markdown (with YAML front matter and GFM tables) → mdast. */
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/**
 * mdast → sanitized HTML. Raw HTML in Markdown is parsed and then sanitized with the
 * GitHub-style allow-list: no script, iframe, style, event handlers or javascript: URLs.
 */
const renderer = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, {
    ...defaultSchema,
    // Keep heading ids readable; user-content- prefixes stay to avoid clobbering page ids.
    protocols: { ...defaultSchema.protocols, ...SANITIZER_PROTOCOLS } as Record<string, string[]>,
  })
  .use(rehypeStringify);

export function parseMarkdown(text: string): MdastRoot {
  return parser.parse(text);
}

export function renderHtml(tree: MdastRoot): string {
  const hast = renderer.runSync(tree) as HastRoot;
  return renderer.stringify(hast);
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
