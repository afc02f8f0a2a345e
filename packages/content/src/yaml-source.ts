import { isAlias, isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { ContentProblem } from './errors.ts';

/** A YAML text parsed with positions, so that any value can be traced back to its line and column. */
export interface YamlSource {
  file: string;
  doc: Document;
  value: unknown;
  /** Position of the value at `path` (or of its nearest existing parent), 1-based, in the file. */
  at(path: readonly PropertyKey[]): { line: number; column: number };
  /** Position of the key `key` of the map at `path` (or of that map when it has no such key). */
  keyAt(path: readonly PropertyKey[], key: string): { line: number; column: number };
  /** Position in the file of an offset in the YAML text. */
  position(offset: number): { line: number; column: number };
}

/**
 * Parses YAML that starts at `lineOffset` lines into `file` (front matter starts after `---`).
 * Syntax errors are returned as problems with the rule id `yaml/syntax`.
 */
export function parseYaml(
  text: string,
  file: string,
  lineOffset = 0,
): { source?: YamlSource; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        rule: 'yaml/syntax',
        file,
        ...toPos(e.pos[0]),
        message: `YAML 格式错误：${translateYamlError(e.code)}`,
        hint: '检查该行的缩进、冒号后的空格和引号是否成对；含冒号或 # 的文字请用引号括起来。',
      })),
    };
  }
  // Aliases (*name) let a few lines expand into millions of values; publishers never need them.
  let alias: number | undefined;
  visit(doc, { Alias(_, node) { if (isAlias(node) && alias === undefined) alias = node.range?.[0] ?? 0; return visit.BREAK; } });
  if (alias !== undefined) {
    return {
      problems: [{
        rule: 'yaml/alias', file, ...toPos(alias),
        message: 'YAML 别名（*名称）不能使用',
        hint: '把别名替换为它所指的内容本身；以 & 开头的锚点也请删除。',
      }],
    };
  }
  const at = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) {
        // For a missing key, point at the first key of the map that should hold it.
        if (n < path.length && isMap(node) && node.items[0]?.key && isNode(node.items[0].key)) {
          return toPos(node.items[0].key.range![0]);
        }
        return toPos(node.range[0]);
      }
    }
    return { line: 1 + lineOffset, column: 1 };
  };
  const keyAt = (path: readonly PropertyKey[], key: string) => {
    const map = path.length ? doc.getIn(path as unknown[], true) : doc.contents;
    const pair = isMap(map) ? map.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
    return isNode(pair?.key) && pair.key.range ? toPos(pair.key.range[0]) : at(path);
  };
  return { source: { file, doc, value: doc.toJS(), at, keyAt, position: toPos }, problems: [] };
}

const yamlErrors: Record<string, string> = {
  DUPLICATE_KEY: '同一层级出现了重复的字段名',
  BAD_INDENT: '缩进不正确',
  MISSING_CHAR: '缺少必要的符号（如引号或括号）',
  MULTILINE_IMPLICIT_KEY: '字段名不能跨行，可能缺少冒号后的空格或缩进不对',
  BLOCK_AS_IMPLICIT_KEY: '字段名位置出现了块内容，可能缩进不对',
  UNEXPECTED_TOKEN: '出现了意外的符号',
  TAB_AS_INDENT: '不能用制表符（Tab）缩进，请改用空格',
};

function translateYamlError(code: string): string {
  return yamlErrors[code] ?? `无法解析（${code}）`;
}
