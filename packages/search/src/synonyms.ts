/**
 * content/search/synonyms.yaml: the plain-language map publishers keep (Q3 通俗语言搜索).
 *
 *     社会保险: [社保, 五险]      # formal term used on the sites: words citizens say
 *
 * A query for any word of a group also searches the others. The file is checked at build time;
 * each mistake is reported like every other library mistake: file:line:column, a rule id, what
 * is wrong and how to fix it, in Chinese.
 */
import { contentDir, ContentError, findRoot, type ContentProblem } from '@jiyue/content';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface SynonymGroup {
  /** The term the sites use (正式用语). */
  formal: string;
  /** What citizens say (通俗说法). */
  everyday: string[];
  /** Line of the group in the file, for messages. */
  line: number;
}

/** Where the synonym file of the workspace at `root` is. */
export const synonymsFile = (root: string) => join(contentDir(root), 'search', 'synonyms.yaml');
const REPO_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
/** This workspace's synonym file. */
export const SYNONYMS_FILE = synonymsFile(REPO_ROOT);
/** A word: Chinese characters, Latin letters and digits, 1–20 of them, nothing else. */
const WORD = /^[\p{Script=Han}A-Za-z0-9]{1,20}$/u;

const yamlErrors: Record<string, string> = {
  DUPLICATE_KEY: '同一个正式用语写了两次',
  BAD_INDENT: '缩进不正确',
  MISSING_CHAR: '缺少必要的符号（如方括号或引号）',
  UNEXPECTED_TOKEN: '出现了意外的符号',
  TAB_AS_INDENT: '不能用制表符（Tab）缩进，请改用空格',
  MULTILINE_IMPLICIT_KEY: '正式用语不能跨行，可能缺少冒号后的空格',
};

/** Parses and checks the synonym text; returns the groups and every problem found. */
export function parseSynonyms(text: string, file: string): { groups: SynonymGroup[]; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const at = (node: Node | null | undefined) => pos(node?.range?.[0] ?? 0);
  const problems: ContentProblem[] = [];
  const problem = (rule: string, where: { line: number; column: number }, message: string, hint: string) =>
    problems.push({ rule, file, ...where, message, hint });

  if (doc.errors.length) {
    for (const e of doc.errors) {
      problem('yaml/syntax', pos(e.pos[0]), `YAML 格式错误：${yamlErrors[e.code] ?? `无法解析（${e.code}）`}`,
        '每一行写作“正式用语: [通俗说法1, 通俗说法2]”，冒号后加一个空格，方括号成对。');
    }
    return { groups: [], problems };
  }
  if (doc.contents === null) return { groups: [], problems };
  if (!isMap(doc.contents)) {
    problem('synonyms/shape', at(doc.contents as Node), '同义词文件的格式不正确',
      '每一行写作“正式用语: [通俗说法1, 通俗说法2]”，例如 社会保险: [社保, 五险]。');
    return { groups: [], problems };
  }

  const groups: SynonymGroup[] = [];
  /** Where each word was first used, to refuse a word in two groups. */
  const seen = new Map<string, number>();
  const claim = (word: string, node: Node) => {
    const first = seen.get(word);
    if (first !== undefined) {
      problem('synonyms/duplicate', at(node), `词语“${word}”已在第 ${first} 行出现`,
        '一个词只能属于一组同义词：把两组合并成一行，或删去重复的词。');
      return false;
    }
    seen.set(word, at(node).line);
    return true;
  };

  for (const pair of doc.contents.items) {
    const keyNode = pair.key as Node;
    const formal = isScalar(keyNode) ? String(keyNode.value ?? '').trim() : '';
    const line = at(keyNode).line;
    if (!WORD.test(formal)) {
      problem('synonyms/word', at(keyNode), `正式用语“${formal}”不符合要求`,
        '正式用语只能由汉字、英文字母或数字组成（1–20 个字），不含空格和标点，例如 社会保险。');
      continue;
    }
    const value = pair.value as Node | null;
    if (!isSeq(value) || value.items.length === 0) {
      const written = isScalar(value) && value.value !== null && value.value !== '';
      problem('synonyms/list', written ? at(value) : at(keyNode), `“${formal}”后面缺少通俗说法列表`,
        `在冒号后用方括号列出群众常说的词，例如 ${formal}: [说法1, 说法2]。`);
      continue;
    }
    claim(formal, keyNode);
    const everyday: string[] = [];
    for (const item of value.items as Node[]) {
      const word = isScalar(item) ? String(item.value ?? '').trim() : '';
      if (!WORD.test(word)) {
        problem('synonyms/word', at(item), `通俗说法“${word}”不符合要求`,
          '每个说法只能由汉字、英文字母或数字组成（1–20 个字），不含空格和标点；多个说法之间用英文逗号分隔。');
        continue;
      }
      if (word === formal) {
        problem('synonyms/self', at(item), `通俗说法“${word}”与正式用语相同`, '删去这个词：正式用语本身总会被搜索。');
        continue;
      }
      if (claim(word, item)) everyday.push(word);
    }
    groups.push({ formal, everyday, line });
  }
  return { groups, problems };
}

/** Reads and checks content/search/synonyms.yaml (or `file`): its groups and every mistake; no file, no groups. */
export function readSynonyms(file = SYNONYMS_FILE, root = REPO_ROOT): { groups: SynonymGroup[]; problems: ContentProblem[] } {
  if (!existsSync(file)) return { groups: [], problems: [] };
  // Messages name the file as publishers see it in the repository: content/search/synonyms.yaml.
  const shown = relative(root, file).startsWith('..') ? file : relative(root, file);
  return parseSynonyms(readFileSync(file, 'utf8'), shown);
}

/** readSynonyms for the build of a site; throws a ContentError listing every mistake. */
export function loadSynonyms(file = SYNONYMS_FILE): SynonymGroup[] {
  const { groups, problems } = readSynonyms(file);
  if (problems.length) throw new ContentError(problems);
  return groups;
}
