import type { ItemComment } from '@jiyue/content';

/**
 * A suppression written in an item as an HTML comment, visible to every reviewer:
 *   <!-- jiyue-disable forbidden/mobile 原因：这是12345热线的说明 -->            whole file
 *   <!-- jiyue-disable-next-line forbidden/mobile 原因：…  -->                   the next non-empty line
 *   text <!-- jiyue-disable-line forbidden/mobile 原因：… -->                     this line
 */
export interface Directive {
  rules: string[];
  reason: string;
  scope: 'file' | 'next-line' | 'line';
  /** Line of the comment. */
  line: number;
  column: number;
  /** Lines it covers; undefined for the whole file. */
  target?: number;
}

const pattern = /^<!--\s*jiyue-disable(-next-line|-line)?(?:\s+([^\s]+))?([\s\S]*?)-->$/;

export function parseDirectives(comments: readonly ItemComment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = pattern.exec(c.value);
    if (!m) continue;
    const scope = m[1] === '-next-line' ? 'next-line' : m[1] === '-line' ? 'line' : 'file';
    const rules = (m[2] ?? '').split(',').map((r) => r.trim()).filter(Boolean);
    const reason = (m[3] ?? '').trim().replace(/^(原因|理由|reason)\s*[:：]\s*/i, '').trim();
    const target = scope === 'line' ? c.line : scope === 'next-line' ? c.nextLine : undefined;
    out.push({ rules, reason, scope, line: c.line, column: c.column, target });
  }
  return out;
}
