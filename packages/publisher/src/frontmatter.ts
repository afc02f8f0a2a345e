import { parseDocument, type Document } from 'yaml';

/**
 * Front matter edited in place: the YAML between the first two `---` lines is changed through
 * the yaml Document API (comments and order kept); the body is left byte for byte.
 */
export interface FrontmatterFile { doc: Document; body: string }

export function readFrontmatter(text: string): FrontmatterFile {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!m) throw new Error('文件开头缺少 frontmatter（--- … ---）');
  return { doc: parseDocument(m[1]!), body: text.slice(m[0].length) };
}

export function writeFrontmatter({ doc, body }: FrontmatterFile): string {
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: true }).trimEnd()}\n---\n${body}`;
}
