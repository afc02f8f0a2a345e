import { isIP } from 'node:net';

/**
 * The one link and resource policy of every site, read by the sanitizer (which URL schemes
 * survive), the inspector (which hosts a link or image may name) and the server's
 * Content-Security-Policy (where a page may load from). Keeping them here is what stops them
 * from disagreeing: whatever the CSP would block, the inspector refuses at the Markdown line.
 */

/** URL schemes the sanitizer keeps, per attribute. Everything else (javascript:, data:, vbscript:, file:) is removed. */
export const SANITIZER_PROTOCOLS: Record<string, string[]> = {
  href: ['http', 'https', 'mailto', 'tel'],
  src: ['http', 'https'],
  cite: ['http', 'https'],
};

/**
 * Where a page may load images, scripts, styles and fonts from: its own origin only (built
 * sites load nothing from another host). `data:` images are the Pagefind/UI's own inline marks;
 * the sanitizer never lets a `data:` URL through from an item.
 */
export const RESOURCE_SOURCES = {
  default: ["'self'"],
  script: ["'self'", "'wasm-unsafe-eval'"],
  style: ["'self'"],
  img: ["'self'", 'data:'],
  font: ["'self'"],
} as const;

/** The origin relative addresses are resolved against; never a real host. */
const SELF = 'self.invalid';
const BASE = `https://${SELF}/column/page/`;

export interface Address {
  /** Lower-case host a browser would contact, or undefined for a same-site or non-web address. */
  host?: string;
  /** The host is an IPv4 or IPv6 address rather than a name (D6: IPv6 users cannot reach IPv4 literals; no name, no review). */
  ipLiteral: boolean;
  /** The scheme a browser would use (`https:`, `mailto:`, …), after parsing. */
  protocol?: string;
}

/**
 * An address as a browser reads it: the WHATWG URL parser (which trims spaces and control
 * characters, drops tabs and newlines, and reads `\` as `/`, so `/\evil.example/` and
 * `\\evil.example` are other hosts), against a page of the site. HTML character references must
 * already be decoded (hast and mdast values are).
 */
export function parseAddress(value: string): Address {
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    // Markdown percent-encodes the brackets of an IPv6 host ([x](http://[::1]/) → http://%5B::1%5D/):
    // the published link is broken, but it still names that address.
    const unbracketed = value.replace(/%5b/gi, '[').replace(/%5d/gi, ']');
    if (unbracketed === value) return { ipLiteral: false };
    return parseAddress(unbracketed);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { protocol: url.protocol, ipLiteral: false };
  if (url.hostname === SELF) return { protocol: url.protocol, ipLiteral: false };
  const host = url.hostname.toLowerCase();
  const bare = host.startsWith('[') ? host.slice(1, -1) : host;
  return { host, protocol: url.protocol, ipLiteral: isIP(bare) !== 0 };
}

/** Whether a host matches an allow-list entry ("*.gov.cn" covers every sub-domain). */
export function hostAllowed(host: string, list: readonly string[]): boolean {
  return list.some((entry) => {
    const e = entry.toLowerCase();
    return e.startsWith('*.') ? host.endsWith(e.slice(1)) : host === e;
  });
}
