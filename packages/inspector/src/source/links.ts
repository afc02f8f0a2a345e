import { parseMarkdown } from '@jiyue/content';

/** A link or embedded resource in an item, with the offset of its address in the raw file. */
export interface LinkRef {
  url: string;
  /** Lower-case host name; undefined for relative links, mailto: and tel:. */
  host?: string;
  offset: number;
  kind: 'link' | 'image' | 'html' | 'text';
}

type Node = { type: string; url?: string; value?: string; children?: Node[]; position?: { start: { offset?: number }; end: { offset?: number } } };

/** Common top-level domains of host names written as plain text (e.g. "访问 abc365.com"). */
const TLD = 'com|net|org|cn|cc|vip|top|xyz|info|biz|me|io|co|tv|app|club|site|online|shop|wang|ltd|hk|tw|mo|asia|bet|win|live|pro|link|ink|fun|icu|game|games|casino';
const bareHost = new RegExp(`(?<![@\\w./:-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${TLD}))(?![\\w-])(?::\\d+)?(?:/[^\\s<>()（）\\]"'，。；、]*)?`, 'gi');

export function hostOf(url: string): string | undefined {
  if (/^(mailto|tel|data|javascript):/i.test(url)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : url.startsWith('//') ? `https:${url}` : /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/|$)/i.test(url) ? `https://${url}` : undefined;
  if (!withScheme) return undefined;
  try {
    return new URL(withScheme).hostname.toLowerCase();
  } catch {
    return undefined;
  }
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
        out.push({ url: node.url, host: hostOf(node.url), offset, kind: node.type === 'image' ? 'image' : 'link' });
        taken.push([start, end]);
      } else if (node.type === 'html' && node.value) {
        for (const m of node.value.matchAll(/\b(?:href|src)\s*=\s*["']?([^"'\s>]+)/gi)) {
          const offset = start + m.index! + m[0].indexOf(m[1]!);
          if (scan[offset] === ' ' && raw[offset] !== ' ') continue; // inside a comment
          out.push({ url: m[1]!, host: hostOf(m[1]!), offset, kind: 'html' });
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
    out.push({ url: m[0], host: hostOf(m[0]), offset, kind: 'text' });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** Whether a host matches an allow-list entry ("*.gov.cn" covers every sub-domain). */
export function hostAllowed(host: string, list: readonly string[]): boolean {
  return list.some((entry) => {
    const e = entry.toLowerCase();
    return e.startsWith('*.') ? host.endsWith(e.slice(1)) : host === e;
  });
}
