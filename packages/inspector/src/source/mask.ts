/**
 * The text the text rules scan: the item's raw Markdown with the parts that are not shown as
 * prose replaced by spaces, so offsets (and so line and column) stay those of the file.
 * Masked: front-matter keys, front-matter fields that hold ids, dates, codes and names
 * (not prose), and HTML comments (where suppressions and their reasons live).
 */

/** Front-matter keys whose values are not prose shown to readers. */
const NOT_PROSE = new Set([
  'id', 'type', 'site', 'column', 'date', 'draft', 'shownOn', 'reprintOf', 'interprets',
  'file', 'writtenDate', 'received', 'replied', 'indexNumber', 'validity', 'important',
  'signoff', 'editor', 'reviewer', 'approver', 'onlineLevel', 'archived', 'formerly',
]);

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Offset where the body starts (after the closing `---` of the front matter), or 0. */
export function bodyStart(raw: string): number {
  const m = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(raw);
  return m ? m[0].length : 0;
}

export function maskItem(raw: string): string {
  const start = bodyStart(raw);
  // Keys open blocks; a line inherits "not prose" from the nearest key above it with less indentation.
  const stack: { indent: number; masked: boolean }[] = [];
  const front = raw
    .slice(0, start)
    .split('\n')
    .map((line) => {
      if (/^---\s*$/.test(line)) return blank(line);
      const indent = /^\s*/.exec(line)![0].length;
      const m = /^(\s*(?:-\s+)?)([A-Za-z][\w-]*)(\s*:)/.exec(line);
      const keyIndent = m ? m[1]!.length : indent;
      while (stack.length && stack.at(-1)!.indent >= keyIndent) stack.pop();
      const inherited = stack.some((s) => s.masked);
      if (!m) return inherited ? blank(line) : line;
      const masked = inherited || NOT_PROSE.has(m[2]!);
      stack.push({ indent: keyIndent, masked });
      return masked ? blank(line) : blank(m[0]) + line.slice(m[0].length);
    })
    .join('\n');
  const body = raw.slice(start).replace(/<!--[\s\S]*?-->/g, blank);
  return front + body;
}
