import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';

/** One built HTML page, parsed once and shared by every page rule. */
export interface Page {
  /** Path of the file as shown in findings (e.g. apps/city/dist/news/index.html). */
  file: string;
  /** The page's public URL on its site's domain. */
  url: URL;
  html: string;
  $: CheerioAPI;
  /** Every id and a[name] of the page (anchor targets). */
  anchors: Set<string>;
  /** Line and column of an element (or of one of its attributes) in the file. */
  at(el: PageNode, attr?: string): { line: number; column: number };
  /** A short description of an element for messages, e.g. <a href="/x/">. */
  describe(el: PageNode, attr?: string): string;
}

/** What the rules use of a parsed element (a domhandler Element). */
export interface PageNode {
  tagName?: string;
  attribs?: Record<string, string>;
  sourceCodeLocation?: { startLine: number; startCol: number; startOffset?: number; attrs?: Record<string, { startLine: number; startCol: number }> } | null;
}

export function parsePage(html: string, file: string, url: URL): Page {
  const $ = cheerio.load(html, { sourceCodeLocationInfo: true });
  let anchors: Set<string> | undefined;
  return {
    file,
    url,
    html,
    $,
    get anchors() {
      anchors ??= new Set([...$('[id]').map((_, e) => $(e).attr('id')!), ...$('a[name]').map((_, e) => $(e).attr('name')!)]);
      return anchors;
    },
    at(el, attr) {
      const loc = el.sourceCodeLocation;
      const a = attr ? loc?.attrs?.[attr] : undefined;
      return a ? { line: a.startLine, column: a.startCol } : loc ? { line: loc.startLine, column: loc.startCol } : { line: 1, column: 1 };
    },
    describe(el, attr) {
      const e = el;
      if (!e.tagName) return '';
      const shown = attr ?? ['href', 'src', 'name', 'id', 'class'].find((k) => e.attribs?.[k] !== undefined);
      const value = shown ? e.attribs?.[shown] : undefined;
      const short = value && value.length > 80 ? `${value.slice(0, 77)}…` : value;
      return shown && value !== undefined ? `<${e.tagName} ${shown}="${short}">` : `<${e.tagName}>`;
    },
  };
}
