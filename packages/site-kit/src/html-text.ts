/** Plain text out of an item body (sanitized HTML from the content package), for page metadata and home blocks. */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text of an HTML fragment: tags dropped, character references decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:#x([\da-f]+)|#(\d+)|([a-z]+));/gi, (m, hex?: string, dec?: string, name?: string) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (NAMED[name!] ?? m))
    .trim();
}

/**
 * The body's first real paragraph (not a one-line heading such as “来信内容”; a summary made from
 * the whole body would run table cells together), or ''.
 */
export function firstParagraph(html: string): string {
  for (const m of html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)) {
    const t = textOf(m[1]!);
    if (t.length >= 20) return t;
  }
  return '';
}

/** The body's first picture from the library (`/files/…`), with its alternative text, if any. */
export function firstImage(html: string): { src: string; alt: string } | undefined {
  const tag = /<img\b[^>]*>/.exec(html)?.[0];
  const src = tag && /\ssrc="(\/files\/[^"]+)"/.exec(tag)?.[1];
  if (!src) return undefined;
  return { src: textOf(src), alt: textOf(/\salt="([^"]*)"/.exec(tag)?.[1] ?? '') };
}
