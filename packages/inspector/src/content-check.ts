import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, findRoot, type Library, type ParsedItem } from '@jiyue/content';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { loadConfig, type InspectorConfig } from './config.ts';
import { today } from './lib/dates.ts';
import { orderedRules } from './rules/index.ts';
import { itemSource, type ItemSource } from './source/item-source.ts';
import { FindingsCache } from './findings-cache.ts';
import type { ContentContext, Draft, Finding, ItemRule, Rule, Suppression } from './types.ts';

export interface ContentOptions {
  /** "Today" (YYYY-MM-DD); defaults to the current date in Beijing. */
  date?: string;
  /** Repository root (holding content/); found from the working directory by default. */
  root?: string;
  config?: InspectorConfig;
  /** Rules to run; by default every content rule, and the inspection rules only with `inspection`. */
  rules?: readonly Rule[];
  /**
   * Also run the inspection rules (stale homepage and columns, empty columns, early warnings).
   * `pnpm check` does; the build gate does not: publishing new content is how a stale site is fixed.
   */
  inspection?: boolean;
  /** Text of the registry, for positions; content/sites.yaml by default. */
  registryText?: string;
  registryFile?: string;
  /** Folder of the per-item findings cache (the build's .cache/inspector); no cache when omitted. */
  cacheDir?: string;
}

export interface ContentResult {
  date: string;
  findings: Finding[];
  suppressions: Suppression[];
}

/** Turns a rule's drafts into findings. */
export const complete = (rule: Rule, drafts: Draft[]): Finding[] =>
  drafts.map((d) => ({ ...d, rule: rule.id, severity: d.severity ?? rule.severity }));

export function contentContext(library: Library, options: ContentOptions = {}): ContentContext {
  const root = options.root ?? findRoot();
  const config = options.config ?? loadConfig(contentDir(root));
  const sources = new Map<string, ItemSource>();
  const sourceOf = (item: ParsedItem) => {
    let s = sources.get(item.file);
    if (!s) {
      s = itemSource(item);
      sources.set(item.file, s);
    }
    return s;
  };
  const registryFile = options.registryFile ?? 'content/sites.yaml';
  let registryText = options.registryText;
  const registryAt = (() => {
    let doc: ReturnType<typeof parseDocument> | undefined;
    const counter = new LineCounter();
    return (path: readonly (string | number)[]) => {
      if (!doc) {
        registryText ??= (() => {
          try {
            return readFileSync(join(root, registryFile), 'utf8');
          } catch {
            return '';
          }
        })();
        doc = parseDocument(registryText, { lineCounter: counter });
      }
      for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        if (isNode(node) && node.range) {
          const p = counter.linePos(node.range[0]);
          return { line: p.line, column: p.col };
        }
      }
      return { line: 1, column: 1 };
    };
  })();
  const memos = new Map<string, unknown>();
  return {
    library,
    config,
    date: options.date ?? today(),
    sources,
    sourceOf,
    registryFile,
    registryAt,
    ruleIds: new Set(orderedRules.map((r) => r.id)),
    memo: <T>(key: string, make: () => T) => {
      if (!memos.has(key)) memos.set(key, make());
      return memos.get(key) as T;
    },
  };
}

/**
 * Checks the library's content: forbidden content, language, workflow, cross-references,
 * registry and inspection rules. Findings in Markdown files can be suppressed by a visible
 * comment naming the rule and a reason; every suppression is returned so reports list it.
 * The build calls this before writing bundles and publishes nothing when an error remains
 * (without `inspection`: a stale column must not stop the update that fixes it).
 */
export function checkContent(library: Library, options: ContentOptions = {}): ContentResult {
  const ctx = contentContext(library, options);
  const rules = options.rules ?? (options.inspection ? orderedRules : orderedRules.filter((r) => !r.id.startsWith('inspection/')));
  let findings: Finding[] = [];
  for (const item of library.items) ctx.sourceOf(item);
  const itemRules = rules.filter((r): r is ItemRule => r.scope === 'item');
  const cached = itemRules.filter((r) => !r.usesDate);
  const cache = options.cacheDir ? new FindingsCache(options.cacheDir, ctx, cached) : undefined;
  for (const source of ctx.sources.values()) {
    const judge = (list: readonly ItemRule[]) => list.flatMap((rule) => checkItem(rule, source, ctx));
    findings.push(...(cache ? cache.findings(source.item, () => judge(cached)) : judge(cached)));
    findings.push(...judge(itemRules.filter((r) => r.usesDate)));
  }
  cache?.save();
  for (const rule of rules) if (rule.scope === 'library') findings.push(...complete(rule, rule.check(ctx)));
  const { kept, suppressions } = applySuppressions(findings, ctx, rules);
  findings = kept;
  for (const rule of rules) if (rule.scope === 'suppressions') findings.push(...complete(rule, rule.check(suppressions, ctx)));
  return { date: ctx.date, findings, suppressions };
}

/** One rule on one item; a rule that fails on some input names the file instead of stopping the build with a stack trace. */
function checkItem(rule: ItemRule, source: ItemSource, ctx: ContentContext): Finding[] {
  try {
    return complete(rule, rule.check(source, ctx));
  } catch (error) {
    return [{
      rule: rule.id, severity: 'error', site: source.item.meta.site, file: source.file, line: 1, column: 1,
      message: `检查规则 ${rule.id} 无法处理该条目（${error instanceof RangeError ? '内容结构过于复杂' : '内部错误'}）`,
      hint: '简化该条目的正文（减少嵌套和超长的行）；仍无法解决时请联系平台组并附上该文件。',
    }];
  }
}

function applySuppressions(findings: Finding[], ctx: ContentContext, rules: readonly Rule[]): { kept: Finding[]; suppressions: Suppression[] } {
  const suppressible = new Set(rules.filter((r) => r.suppressible !== false).map((r) => r.id));
  type Active = Suppression & { target?: number };
  const suppressions = new Map<string, Active[]>();
  for (const source of ctx.sources.values()) {
    suppressions.set(
      source.file,
      source.directives
        .filter((d) => d.rules.length && d.reason.length >= 2)
        .map((d): Active => ({ file: source.file, line: d.line, column: d.column, site: source.item.meta.site, rules: d.rules, reason: d.reason, scope: d.scope, suppressed: 0, target: d.target })),
    );
  }
  const kept = findings.filter((f) => {
    if (!suppressible.has(f.rule)) return true;
    const s = suppressions.get(f.file)?.find((s) => s.rules.includes(f.rule) && (s.scope === 'file' || s.target === f.line));
    if (!s) return true;
    s.suppressed++;
    return false;
  });
  const all = [...suppressions.values()].flat().map(({ target: _target, ...s }): Suppression => s);
  return { kept, suppressions: all };
}
