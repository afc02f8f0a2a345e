import type { LineIndex } from './positions.ts';

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

const pattern = /<!--\s*jiyue-disable(-next-line|-line)?(?:\s+([^\s]+))?([\s\S]*?)-->/g;

export function parseDirectives(raw: string, index: LineIndex): Directive[] {
  const out: Directive[] = [];
  for (const m of raw.matchAll(pattern)) {
    const { line, column } = index.at(m.index!);
    const scope = m[1] === '-next-line' ? 'next-line' : m[1] === '-line' ? 'line' : 'file';
    const rules = (m[2] ?? '').split(',').map((r) => r.trim()).filter(Boolean);
    const reason = (m[3] ?? '').trim().replace(/^(原因|理由|reason)\s*[:：]\s*/i, '').trim();
    let target: number | undefined;
    if (scope === 'line') target = line;
    if (scope === 'next-line') {
      const endLine = index.at(m.index! + m[0].length).line;
      const lines = raw.split('\n');
      target = endLine + 1;
      while (target <= lines.length && lines[target - 1]!.trim() === '') target++;
    }
    out.push({ rules, reason, scope, line, column, target });
  }
  return out;
}
