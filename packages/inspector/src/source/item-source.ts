import type { ParsedItem } from '@jiyue/content';
import { parseDirectives, type Directive } from './directives.ts';
import { extractLinks, type LinkRef } from './links.ts';
import { bodyStart, maskItem } from './mask.ts';
import { LineIndex } from './positions.ts';

/** One item as the rules see it: the parsed item plus its raw text, positions and links. */
export interface ItemSource {
  item: ParsedItem;
  file: string;
  raw: string;
  /** Raw text with non-prose parts blanked (same length as raw). */
  scan: string;
  /** Offset where the Markdown body starts. */
  body: number;
  links: LinkRef[];
  directives: Directive[];
  /** Line and column of an offset in the file. */
  at(offset: number): { line: number; column: number };
  /** Position of a front-matter key (nested keys by name, e.g. ['policy', 'important']), or of its nearest parent. */
  keyAt(path: string[]): { line: number; column: number };
  /** Position of `text` inside the front-matter line of `path`, else of the key. */
  valueAt(path: string[], text: string): { line: number; column: number };
}

export function itemSource(item: ParsedItem, raw: string): ItemSource {
  const index = new LineIndex(raw);
  const scan = maskItem(raw);
  const body = bodyStart(raw);
  const frontLines = raw.slice(0, body).split('\n');

  const keyAt = (path: string[]) => {
    // Walk down the front matter: each key is searched after its parent, at a deeper indentation.
    let from = 0;
    let found: { line: number; column: number } | undefined;
    let minIndent = -1;
    for (const key of path) {
      let hit = -1;
      for (let i = from; i < frontLines.length; i++) {
        const m = new RegExp(`^(\\s*(?:-\\s+)?)${key}\\s*:`).exec(frontLines[i]!);
        const flow = new RegExp(`[{,]\\s*${key}\\s*:`).exec(frontLines[i]!);
        if (m && m[1]!.length > minIndent) {
          hit = i;
          found = { line: i + 1, column: m[1]!.length + 1 };
          minIndent = m[1]!.length;
          break;
        }
        if (flow && i >= from && found) {
          hit = i;
          found = { line: i + 1, column: flow.index + flow[0].indexOf(key) + 1 };
          break;
        }
      }
      if (hit < 0) break;
      from = hit;
    }
    return found ?? { line: item.lines[path[0]!] ?? 1, column: 1 };
  };

  return {
    item,
    file: item.file,
    raw,
    scan,
    body,
    links: extractLinks(raw, scan),
    directives: parseDirectives(raw, index),
    at: (offset) => index.at(offset),
    keyAt,
    valueAt: (path, text) => {
      const key = keyAt(path);
      const col = frontLines[key.line - 1]?.indexOf(text, key.column - 1) ?? -1;
      return col >= 0 ? { line: key.line, column: col + 1 } : key;
    },
  };
}
