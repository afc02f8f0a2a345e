import { createHash } from 'node:crypto';
import type { Nodes as MdastNodes, Root as MdastRoot, Yaml } from 'mdast';
import type { ContentProblem } from '../errors.ts';
import { validate } from '../validate.ts';
import { isMap, isNode, isScalar, isSeq } from 'yaml';
import { LineIndex } from '../line-index.ts';
import { parseYaml, type YamlSource } from '../yaml-source.ts';
import { checkSource, checkTree } from './limits.ts';
import { parseMarkdown, plainText, renderItem, type Removal } from './markdown.ts';
import { publishedText, type PublishedText } from './published-text.ts';
import { itemSchema, type ItemFrontmatter } from './schema.ts';

/** Larger files are refused: an item is a page, not an archive of attachments. */
export const MAX_ITEM_BYTES = 512 * 1024;

/** One library item after parsing: its front matter, rendered body and where it came from. */
export interface ParsedItem {
  meta: ItemFrontmatter;
  html: string;
  /** Plain text of the body (for summaries and the inspector). */
  text: string;
  file: string;
  /** SHA-256 of the file's path and bytes: what caches of results about this item are keyed by. */
  digest: string;
  /** Line of each front-matter key, for later cross-item messages. */
  lines: Record<string, number>;
  /** Library files the body links to (`[表格](files/x.xlsx)`), published with the page like attachments. */
  bodyFiles: { file: string; line: number; column: number }[];
  /** What a reader sees, with positions back to this file: what the inspector's text rules judge. */
  published: PublishedText;
  /** Position of every front-matter key and scalar value, by dotted path ("signoff.approver", "shownOn.0.site"). */
  positions: Record<string, FieldPosition>;
  /** HTML comments of the body (never published): reviewers' notes and the inspector's suppressions. */
  comments: ItemComment[];
}

export interface FieldPosition {
  key: { line: number; column: number };
  value?: { line: number; column: number };
}

export interface ItemComment {
  /** The comment as written, `<!--` to `-->`. */
  value: string;
  line: number;
  column: number;
  /** The first non-empty line after the comment. */
  nextLine: number;
}

const problem = (file: string, rule: string, message: string, hint: string, line = 1, column = 1): ContentProblem => ({
  rule, file, line, column, message, hint,
});

/**
 * Parses one Markdown file once: bytes → text → mdast (unified + remark-parse) → checked
 * front matter + sanitized HTML. Never throws on bad input: every mistake is a problem.
 */
export function parseItem(bytes: Uint8Array, file: string): { item?: ParsedItem; problems: ContentProblem[] } {
  try {
    return parseItemUnguarded(bytes, file);
  } catch (error) {
    // Last resort: whatever the input, the publisher gets a Chinese message naming the file.
    const deep = error instanceof RangeError;
    return {
      problems: [problem(file, deep ? 'item/too-complex' : 'item/unreadable', deep ? '正文结构过于复杂，无法处理' : `无法处理该文件（${String((error as Error)?.message ?? error).slice(0, 80)}）`, deep ? '减少嵌套的列表、引用、强调或 HTML 标签；把大段数据作为附件上传。' : '检查文件内容是否为正常的 Markdown 文本；无法解决时请联系平台组并附上该文件。')],
    };
  }
}

function parseItemUnguarded(bytes: Uint8Array, file: string): { item?: ParsedItem; problems: ContentProblem[] } {
  if (bytes.length === 0) {
    return { problems: [problem(file, 'item/empty', '文件是空的', '删除该文件，或按模板填写 frontmatter 和正文（可用 pnpm new 生成）。')] };
  }
  if (bytes.length > MAX_ITEM_BYTES) {
    return {
      problems: [
        problem(file, 'item/too-large', `文件过大（${Math.round(bytes.length / 1024)} KB，上限 ${MAX_ITEM_BYTES / 1024} KB）`, '把大段数据或附件作为附件文件上传，在正文中链接；不要把附件内容粘贴进 Markdown。'),
      ],
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 200).includes(0)) {
    return { problems: [problem(file, 'item/encoding', '文件是 UTF-16 编码（“Unicode”），不是 UTF-8', '用编辑器以 UTF-8 编码重新保存该文件（记事本“另存为”→ 编码选 UTF-8）。')] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const line = firstBadLine(bytes);
    return { problems: [problem(file, 'item/encoding', '文件不是 UTF-8 编码（可能是 GBK/GB2312）', '用编辑器以 UTF-8 编码重新保存该文件（如 VS Code 右下角“通过编码保存”→ UTF-8）。', line)] };
  }
  const costly = checkSource(text);
  if (costly) return { problems: [problem(file, 'item/too-complex', costly.message, costly.hint, costly.line)] };
  const tree = parseMarkdown(text);
  const tooBig = checkTree(tree);
  if (tooBig) return { problems: [problem(file, 'item/too-complex', tooBig.message, tooBig.hint, tooBig.line)] };
  const fm = tree.children[0];
  if (!fm || fm.type !== 'yaml') {
    return { problems: [problem(file, 'item/no-frontmatter', '文件开头缺少 frontmatter（以 --- 开始和结束的信息区）', '在文件第一行加入 ---，写好 id、title、type 等字段后再用 --- 结束。')] };
  }
  const startLine = (fm as Yaml).position?.start.line ?? 1;
  const { source, problems } = parseYaml((fm as Yaml).value, file, startLine);
  if (!source) return { problems };
  if (source.value === null || typeof source.value !== 'object' || Array.isArray(source.value)) {
    return { problems: [problem(file, 'item/frontmatter-shape', 'frontmatter 应为“字段: 值”的形式', '每行写一个字段，例如 title: 关于……的通知。', startLine + 1)] };
  }
  const checked = validate(itemSchema, source, 'item');
  if (!checked.data) return { problems: checked.problems };
  const lines: Record<string, number> = {};
  for (const key of Object.keys(checked.data)) lines[key] = source.at([key]).line;
  const bodyFiles = linkLibraryFiles(tree);
  const { html, tree: hast, removed } = renderItem(tree);
  if (removed.length) return { problems: removalProblems(file, removed) };
  const frontOffset = (fm.position?.start.offset ?? 0) + text.slice(fm.position?.start.offset ?? 0).indexOf('\n') + 1;
  const index = new LineIndex(text);
  return {
    item: {
      meta: checked.data, html, text: plainText(tree), file, lines, bodyFiles,
      digest: createHash('sha256').update(file).update('\0').update(bytes).digest('hex'),
      published: publishedText(text, index, source.doc, frontOffset, hast),
      positions: fieldPositions(source),
      comments: comments(tree, text, index),
    },
    problems: [],
  };
}

/** Every key and scalar value of the front matter with its position. */
function fieldPositions(source: YamlSource): Record<string, FieldPosition> {
  const out: Record<string, FieldPosition> = {};
  const walk = (node: unknown, path: string[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const p = [...path, String(pair.key.value)];
        out[p.join('.')] = { key: source.position(pair.key.range[0]), ...(isScalar(pair.value) && pair.value.range ? { value: source.position(pair.value.range[0]) } : {}) };
        walk(pair.value, p);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const p = [...path, String(i)];
        if (isNode(item) && item.range) out[p.join('.')] = { key: source.position(item.range[0]), ...(isScalar(item) ? { value: source.position(item.range[0]) } : {}) };
        walk(item, p);
      });
    }
  };
  walk(source.doc.contents, []);
  return out;
}

/** The body's HTML comments, where they are and which line they precede. */
function comments(tree: MdastRoot, text: string, index: LineIndex): ItemComment[] {
  const out: ItemComment[] = [];
  const lines = text.split('\n');
  const walk = (node: MdastNodes) => {
    if (node.type === 'html' && node.position?.start.offset !== undefined) {
      for (const m of node.value.matchAll(/<!--[\s\S]*?-->/g)) {
        const offset = node.position.start.offset + m.index!;
        const { line, column } = index.at(offset);
        let nextLine = index.at(offset + m[0].length).line + 1;
        while (nextLine <= lines.length && lines[nextLine - 1]!.trim() === '') nextLine++;
        out.push({ value: m[0], line, column, nextLine });
      }
    }
    if ('children' in node) for (const child of node.children as MdastNodes[]) walk(child);
  };
  walk(tree);
  return out;
}

/** The first line that is not valid UTF-8 (lines are split on the LF byte, which UTF-8 never uses inside a character). */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
  }
  return 1;
}

/** What the sanitizer would silently drop is an error at its line: the publisher must know the page will differ from what they wrote. */
function removalProblems(file: string, removed: Removal[]): ContentProblem[] {
  const byLine = new Map<number, Removal[]>();
  for (const r of removed) byLine.set(r.line, [...(byLine.get(r.line) ?? []), r]);
  return [...byLine.values()].map((list) =>
    problem(
      file, 'item/removed-markup',
      `正文中的 ${[...new Set(list.map((r) => r.what))].slice(0, 5).join('、')} 不会发布：网站只发布安全的内容，脚本、事件属性、javascript:/data: 链接、内嵌框架、表单和样式都会被删除`,
      '删除这些内容；正文请用 Markdown 书写（链接写成 [文字](https://…)，图片放到 content/files/ 下用 ![说明](files/…) 引用）。',
      list[0]!.line, list[0]!.column,
    ),
  );
}

/**
 * Links and images in the body that name a library file (`files/…` or `/files/…`): each is
 * recorded, so the file is published with the page and checked to exist, and rewritten to the
 * site-absolute `/files/…`, which resolves on every site that shows the item and at any page depth.
 */
function linkLibraryFiles(tree: MdastRoot): ParsedItem['bodyFiles'] {
  const found: ParsedItem['bodyFiles'] = [];
  const stack: MdastNodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && /^\/?files\//.test(node.url)) {
      const file = node.url.replace(/^\//, '').replace(/[?#].*$/, '');
      found.push({ file: safeDecode(file), line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
      node.url = `/${node.url.replace(/^\//, '')}`;
    }
    if ('children' in node) stack.push(...(node.children as MdastNodes[]));
  }
  return found.reverse();
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
