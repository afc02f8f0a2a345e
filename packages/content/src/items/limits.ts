import type { Root } from 'mdast';

/**
 * Bounds on the work one item may cause. Text written to break the parser (or pasted by
 * accident) is refused with a Chinese message at its line within a second or two, instead of
 * stalling or crashing the whole cluster's build. The numbers are far above anything a real
 * government page needs.
 */
export const LIMITS = {
  /** Nesting of blocks, inline markup and raw HTML elements. */
  depth: 100,
  /** Unclosed raw HTML elements at any point (pasted HTML often leaves a few <p> open). */
  htmlDepth: 500,
  /** Syntax-tree nodes of one item. */
  nodes: 100_000,
  /**
   * micromark reads from each `](` to the destination's end (a `)` or space), else to the end
   * of the line; many unclosed `](` on one long line make that quadratic. Characters so read.
   */
  linkScan: 50_000_000,
  /**
   * Characters of container markers (indentation, `>`, list bullets) before a line's text:
   * micromark re-checks every open container on every line, so deep nesting costs its square.
   */
  linePrefix: 256,
} as const;

export interface LimitProblem { line: number; message: string; hint: string }

const CONTAINER_PREFIX = /^(?:[ \t>]|[-*+][ \t]|\d{1,9}[.)][ \t])*/;

/** Checks the source before parsing, for the two quadratic cases of micromark we know of. */
export function checkSource(text: string): LimitProblem | undefined {
  let scanned = 0;
  let line = 1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (CONTAINER_PREFIX.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + LIMITS.linePrefix + 16)))![0].length > LIMITS.linePrefix) {
      return { line, message: '该行缩进或嵌套层次过深（列表、引用“>”层层嵌套）', hint: '减少列表和引用的嵌套层次；不要用大量空格排版。' };
    }
    for (let i = text.indexOf('](', lineStart); i >= 0 && i < lineEnd; i = text.indexOf('](', i + 2)) {
      scanned += destinationEnd(text, i + 2, lineEnd) - i;
      if (scanned > LIMITS.linkScan) {
        return { line, message: '该行有大量未闭合的链接写法“](”，处理量过大', hint: '检查该行的链接是否都写成 [文字](网址) 且括号成对；大段数据请作为附件上传。' };
      }
    }
    line++;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** Where micromark stops reading a link destination: a `)`, a space or the end of the line. */
function destinationEnd(text: string, from: number, lineEnd: number): number {
  for (let i = from; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x29 || c === 0x20 || c === 0x09) return i;
  }
  return lineEnd;
}

type AnyNode = { type: string; value?: string; children?: AnyNode[]; position?: { start: { line: number } } };

/**
 * Checks the parsed tree before it is rendered (rendering recurses, so a deep tree would
 * overflow the stack): depth, node count and the nesting of raw HTML elements. Iterative.
 */
export function checkTree(tree: Root): LimitProblem | undefined {
  let nodes = 0;
  let htmlDepth = 0;
  const stack: [AnyNode, number][] = [[tree as AnyNode, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    const line = node.position?.start.line ?? 1;
    if (++nodes > LIMITS.nodes) {
      return { line, message: `正文的结构元素过多（超过 ${LIMITS.nodes.toLocaleString('zh-CN')} 个）`, hint: '把条目拆成几篇，或把大段数据作为附件上传。' };
    }
    if (depth > LIMITS.depth) {
      return { line, message: `正文嵌套层次过深（超过 ${LIMITS.depth} 层的列表、引用或强调）`, hint: '减少列表、引用（>）或强调符号（* _）的嵌套层次。' };
    }
    if (node.type === 'html' && node.value) {
      htmlDepth = Math.max(0, htmlDepth + openTagBalance(node.value));
      if (htmlDepth > LIMITS.htmlDepth) {
        return { line, message: `正文中的 HTML 标签嵌套过深（超过 ${LIMITS.htmlDepth} 层未闭合）`, hint: '删除多余的 <div>、<span> 等标签；正文请用 Markdown 书写。' };
      }
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
  return undefined;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Opening minus closing tags in a piece of raw HTML (void and self-closed tags count zero). */
function openTagBalance(html: string): number {
  let balance = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    if (VOID.has(m[2]!.toLowerCase()) || m[3]) continue;
    balance += m[1] ? -1 : 1;
  }
  return balance;
}
