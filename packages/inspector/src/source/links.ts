import { hostAllowed, parseAddress, type Address, type PublishedText } from '@jiyue/content';

export { hostAllowed };

/** A link or embedded resource that reaches an item's page, with where it was written. */
export interface LinkRef {
  url: string;
  /** Lower-case host name; undefined for relative links, mailto: and tel:. */
  host?: string;
  /** The host is an IP address (its own rule, D6; never admitted by the allow-list). */
  ipLiteral: boolean;
  line: number;
  column: number;
  /** `image`: something the page loads; `text`: a host name written as plain text; `link`: a link target. */
  kind: 'link' | 'image' | 'text';
  /** For `text`: where it is in the published text. */
  textOffset?: number;
}

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

/**
 * Every address of an item's page: the link targets and image sources of its published HTML
 * (Markdown and raw HTML alike, as the sanitizer kept them), and host names written as plain
 * text, which readers copy into a browser. A host already linked is not listed again as text.
 */
export function itemLinks(published: PublishedText, at: (offset: number) => { line: number; column: number }): LinkRef[] {
  const out: LinkRef[] = published.links.map((l) => ({ ...l, ...linkTarget(l.url) }));
  const linked = new Set(out.map((l) => l.host).filter(Boolean));
  for (const m of published.text.matchAll(bareHost)) {
    const target = linkTarget(m[0]);
    if (target.host && linked.has(target.host)) continue;
    out.push({ url: m[0], ...target, ...at(m.index!), kind: 'text', textOffset: m.index! });
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

function linkTarget(url: string): { host?: string; ipLiteral: boolean } {
  const { host, ipLiteral } = addressOf(url);
  return { host, ipLiteral };
}
