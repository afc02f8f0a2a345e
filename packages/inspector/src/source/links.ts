import { hostAllowed, parseAddress, parseMarkdown, type Address } from '@jiyue/content';
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export { hostAllowed };

/** A link or embedded resource in an item, with the offset of its address in the raw file. */
export interface LinkRef {
  url: string;
  /** Lower-case host name; undefined for relative links, mailto: and tel:. */
  host?: string;
  /** The host is an IP address (its own rule, D6; never admitted by the allow-list). */
  ipLiteral: boolean;
  offset: number;
  /** `image`: something the page loads (Markdown image, src/srcset/poster…); the others are links. */
  kind: 'link' | 'image' | 'html' | 'text';
}

type Node = { type: string; url?: string; value?: string; children?: Node[]; position?: { start: { offset?: number }; end: { offset?: number } } };

/** Common top-level domains of host names written as plain text (e.g. "访问 abc365.com"). */
const TLD = 'com|net|org|cn|cc|vip|top|xyz|info|biz|me|io|co|tv|app|club|site|online|shop|wang|ltd|hk|tw|mo|asia|bet|win|live|pro|link|ink|fun|icu|game|games|casino';
const bareHost = new RegExp(`(?<![@\\w./:-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${TLD}))(?![\\w-])(?::\\d+)?(?:/[^\\s<>()（）\\]"'，。；、]*)?`, 'gi');

/**
 * The host a browser would contact for an address, judged by the platform's link policy
 * (WHATWG URL parsing: backslashes, spaces, scheme-relative); host names written as plain text
 * ("访问 abc365.com") are read as https addresses.
 */
export function addressOf(url: string): Address {
  const bare = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/|$)/i.test(url) && !/^[a-z][a-z0-9+.-]*:/i.test(url);
  return parseAddress(bare ? `https://${url}` : url);
}

/** Attributes through which raw HTML links to an address, and those through which a page loads from one. */
const LINK_ATTRIBUTES = ['href', 'action', 'formAction', 'cite', 'xLinkHref'];
const RESOURCE_ATTRIBUTES = ['src', 'srcSet', 'poster', 'data', 'background'];

/** href/src… of raw HTML as a browser reads them (entities decoded by parse5), with their offsets in `html`. */
function htmlAddresses(html: string): { url: string; offset: number; resource: boolean }[] {
  const out: { url: string; offset: number; resource: boolean }[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') {
      for (const name of [...LINK_ATTRIBUTES, ...RESOURCE_ATTRIBUTES]) {
        const value = node.properties[name];
        if (value === undefined || value === null || value === false) continue;
        const text = Array.isArray(value) ? value.join(' ') : String(value);
        const urls = name === 'srcSet' ? text.split(',').map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean) : [text];
        for (const url of urls) out.push({ url, offset: node.position?.start.offset ?? 0, resource: RESOURCE_ATTRIBUTES.includes(name) });
      }
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(html, { fragment: true }));
  return out;
}

/**
 * Every link of an item: Markdown links, images and definitions, href/src in raw HTML,
 * GFM autolinks, and host names written as plain text. `scan` is the masked text
 * (comments and front matter blanked), so disabled or non-prose parts yield no links.
 */
export function extractLinks(raw: string, scan: string): LinkRef[] {
  const out: LinkRef[] = [];
  const taken: [number, number][] = [];
  const walk = (node: Node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined && scan.slice(start, end).trim() !== '') {
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url) {
        const at = raw.indexOf(node.url, start);
        const offset = at >= start && at < end ? at : start;
        // An autolink literal ("www.x.com") stores a normalised url; keep what the author wrote.
        out.push({ url: node.url, ...linkTarget(node.url), offset, kind: node.type === 'image' ? 'image' : 'link' });
        taken.push([start, end]);
      } else if (node.type === 'html' && node.value) {
        for (const a of htmlAddresses(node.value)) {
          const offset = start + a.offset;
          if (scan[offset] === ' ' && raw[offset] !== ' ') continue; // inside a comment
          out.push({ url: a.url, ...linkTarget(a.url), offset, kind: a.resource ? 'image' : 'html' });
        }
        taken.push([start, end]);
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(parseMarkdown(raw) as unknown as Node);
  for (const m of scan.matchAll(bareHost)) {
    const offset = m.index!;
    if (taken.some(([s, e]) => offset >= s && offset < e)) continue;
    out.push({ url: m[0], ...linkTarget(m[0]), offset, kind: 'text' });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function linkTarget(url: string): { host?: string; ipLiteral: boolean } {
  const { host, ipLiteral } = addressOf(url);
  return { host, ipLiteral };
}
