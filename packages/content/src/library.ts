import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PackCache, pipelineSalt } from './cache.ts';
import { parseAll } from './items/parse-pool.ts';
import type { ContentProblem } from './errors.ts';
import { libraryFile } from './library-files.ts';
import type { ParsedItem } from './items/parse.ts';
import { loadRegistry } from './registry/load.ts';
import type { Registry, Site } from './registry/schema.ts';

export const ITEMS_DIR = 'items';

/** The whole library, checked: the registry, every published item, and what went wrong. */
export interface Library {
  registry: Registry;
  items: ParsedItem[];
  byId: Map<string, ParsedItem>;
  sites: Map<string, Site>;
  /** Department logos, read and rebuilt once with the registry (registry/logo.ts), by site id. */
  logos: Map<string, string>;
}

export interface LoadOptions {
  /** Folder holding sites.yaml and items/ (the repo's content/). */
  libraryDir: string;
  /** Folder for the parse cache; no cache when omitted. */
  cacheDir?: string;
  /** File names in messages are relative to this folder. */
  cwd?: string;
  /** Preview (`pnpm dev`, the desk): drafts are loaded and checked too, except for their missing sign-offs. */
  drafts?: boolean;
}

export interface LoadResult {
  library?: Library;
  problems: ContentProblem[];
  stats: { files: number; parsed: number; fromCache: number };
}

type CacheEntry = { item?: ParsedItem; problems: ContentProblem[] };

/** Every Markdown file under items/, in a stable order. */
export function listItemFiles(libraryDir: string): string[] {
  const dir = join(libraryDir, ITEMS_DIR);
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.md'))
    .map((n) => join(dir, n))
    .sort();
}

export function loadLibrary(options: LoadOptions): LoadResult {
  const cwd = options.cwd ?? process.cwd();
  const { registry, problems, logos } = loadRegistry(options.libraryDir, cwd);
  const cache = options.cacheDir ? new PackCache<CacheEntry>(options.cacheDir, pipelineSalt()) : undefined;
  const files = listItemFiles(options.libraryDir);
  const items: ParsedItem[] = [];
  // Known files first (by the stat index or their hash), then every other file parsed at once, on every core.
  const entries: (CacheEntry | undefined)[] = [];
  const toParse: { at: number; file: string; bytes: Uint8Array; key?: string }[] = [];
  const names = files.map((path) => relative(cwd, path).split(sep).join('/'));
  files.forEach((path, at) => {
    const file = names[at]!;
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) {
      entries.push({ problems: [{ rule: 'item/symlink', file, line: 1, column: 1, message: '条目文件是符号链接，不是内容库中的文件', hint: '把链接替换为条目文件本身；内容库只发布 content/ 下的普通文件。' }] });
      return;
    }
    const { key, bytes } = cache ? cache.keyOf(file, stat, () => readFileSync(path)) : { key: undefined, bytes: undefined };
    const entry = key ? cache!.get(key) : undefined;
    entries.push(entry);
    if (!entry) toParse.push({ at, file, bytes: bytes ?? readFileSync(path), key });
  });
  parseAll(toParse).forEach((entry, i) => {
    const { at, key } = toParse[i]!;
    entries[at] = entry;
    if (key) cache!.set(key, entry);
  });
  cache?.save();
  files.forEach((path, at) => {
    const entry = entries[at]!;
    problems.push(...entry.problems);
    if (entry.item) problems.push(...checkFolder(entry.item, relative(join(options.libraryDir, ITEMS_DIR), path)));
    if (entry.item && (options.drafts || !entry.item.meta.draft)) items.push(entry.item);
  });
  const stats = { files: files.length, parsed: toParse.length, fromCache: cache?.hits ?? 0 };
  if (!registry) return { problems, stats };

  const sites = new Map(registry.sites.map((s) => [s.id, s]));
  const byId = new Map<string, ParsedItem>();
  for (const item of items) {
    if (item.meta.id.startsWith('notice-')) {
      problems.push(at(item, 'id', 'item/reserved-id', `编号“${item.meta.id}”以 notice- 开头，这是平台自动生成的开通、下线、迁移公告专用的编号`, '换一个编号，例如以网站编号开头：city-notices-2026-0001。'));
      continue;
    }
    const first = byId.get(item.meta.id);
    if (first) {
      problems.push(at(item, 'id', 'item/duplicate-id', `编号“${item.meta.id}”已被 ${first.file} 使用`, '每个条目的 id 必须唯一：改用新的编号（如在末尾加上序号）。'));
    } else byId.set(item.meta.id, item);
  }
  for (const item of items) {
    problems.push(...checkSignoff(item), ...checkReferences(item, sites, byId, options.libraryDir));
  }
  problems.push(...checkFormerAddresses(items, registry));
  return { library: problems.length ? undefined : { registry, items, byId, sites, logos: logos ?? new Map() }, problems, stats };
}

function at(item: ParsedItem, key: string, rule: string, message: string, hint: string): ContentProblem {
  return { rule, file: item.file, line: item.lines[key] ?? 1, column: 1, message, hint };
}

/**
 * An item lives under items/<its site>/, so that a site's reviewers can own that folder
 * (CODEOWNERS) and nobody publishes on a site from another site's folder.
 */
export function checkFolder(item: ParsedItem, pathInItems: string): ContentProblem[] {
  const folder = pathInItems.split(sep)[0];
  if (folder === item.meta.site) return [];
  return [at(item, 'site', 'item/folder', `条目属于网站“${item.meta.site}”，却放在 items/${folder}/ 目录下`, `把文件移到 content/items/${item.meta.site}/ 下（可再按栏目分子目录）。`)];
}

/** Domains a former address may be on: every site's domain and every domain a site had before. */
export function domainsOf(registry: Registry): Map<string, Site> {
  const map = new Map<string, Site>();
  for (const site of registry.sites) {
    map.set(site.domain, site);
    if (site.lifecycle?.domainChanged) map.set(site.lifecycle.domainChanged.from, site);
  }
  return map;
}

/** Former addresses (X4 redirects) are on the cluster's domains and claimed by one item only. */
function checkFormerAddresses(items: ParsedItem[], registry: Registry): ContentProblem[] {
  const domains = domainsOf(registry);
  const claimed = new Map<string, string>();
  const out: ContentProblem[] = [];
  for (const item of items) {
    for (const url of item.meta.formerly ?? []) {
      const host = new URL(url).hostname;
      if (!domains.has(host)) {
        out.push(at(item, 'formerly', 'item/formerly-host', `原网址 ${url} 不在本集群的任何域名下`, `只能登记本集群网站（${[...domains.keys()].join('、')}）的原网址。`));
      } else if (claimed.has(url)) {
        out.push(at(item, 'formerly', 'item/formerly-duplicate', `原网址 ${url} 已由 ${claimed.get(url)} 登记`, '一个原网址只能转到一个条目。'));
      } else claimed.set(url, item.file);
    }
  }
  return out;
}

export const signoffRoles = [
  ['editor', '编辑'],
  ['reviewer', '审核'],
  ['approver', '签发'],
] as const;

/** C5: nothing unsigned is published. Drafts (draft: true) are not published, so not checked. */
function checkSignoff(item: ParsedItem): ContentProblem[] {
  if (item.meta.draft) return []; // loaded only for a preview
  const missing = signoffRoles.filter(([role]) => !item.meta.signoff[role]);
  if (!missing.length) return [];
  const names = missing.map(([, name]) => name).join('、');
  return [
    at(item, item.lines.signoff ? 'signoff' : 'id', 'item/unsigned', `条目未完成三审（编辑、审核、签发），缺少：${names}`, `由对应人员运行 pnpm sign ${item.file} --as ${missing[0]![0]} --name <姓名> 签字；尚未完成的稿件请写 draft: true。`),
  ];
}

/** Cross-item rules: the site and column exist (C1), references point at real items (C3, C4). */
export function checkReferences(item: ParsedItem, sites: Map<string, Site>, byId: Map<string, ParsedItem>, libraryDir: string): ContentProblem[] {
  const out: ContentProblem[] = [];
  const m = item.meta;
  const placement = (siteId: string, columnId: string, key: string) => {
    const site = sites.get(siteId);
    if (!site) {
      out.push(at(item, key, 'item/unknown-site', `网站“${siteId}”不在登记表中`, `可选网站：${[...sites.keys()].join('、')}。`));
    } else if (!site.columns.some((c) => c.id === columnId)) {
      out.push(at(item, key, 'item/unknown-column', `网站“${site.name}”没有栏目“${columnId}”`, `可选栏目：${site.columns.map((c) => `${c.id}（${c.name}）`).join('、')}。`));
    }
  };
  placement(m.site, m.column, sites.has(m.site) ? 'column' : 'site');
  for (const s of m.shownOn ?? []) placement(s.site, s.column, 'shownOn');
  if (m.interprets) {
    const policy = byId.get(m.interprets);
    if (!policy || policy.meta.type !== 'policy') {
      out.push(at(item, 'interprets', 'item/unknown-policy', `所解读的政策“${m.interprets}”不存在或不是政策文件`, '填写内容库中某个政策文件（type: policy）的 id。'));
    }
  }
  if (m.reprintOf) {
    if (!byId.has(m.reprintOf)) {
      out.push(at(item, 'reprintOf', 'item/unknown-original', `转载的原文“${m.reprintOf}”不在内容库中`, '填写原文条目的 id；外部来源的文章请只写 source，不写 reprintOf。'));
    } else if (m.reprintOf === m.id) {
      out.push(at(item, 'reprintOf', 'item/unknown-original', '条目不能转载自身', '填写原文条目的 id。'));
    }
  }
  // Every file the item publishes: a regular file inside the library, and there.
  const file = (path: string, where: Pick<ContentProblem, 'line' | 'column'>, missing: [rule: string, message: string, hint: string], outside: string) => {
    const status = libraryFile(libraryDir, path);
    if (status === 'ok') return;
    const [rule, message, hint] = status === 'missing' ? missing : ['item/attachment-outside', `${outside}：${status.outside}`, `把文件本身（不是链接或快捷方式）放到 content/${path}。`];
    out.push({ rule, file: item.file, ...where, message, hint });
  };
  for (const [key, list] of [['attachments', m.attachments], ['guide', m.guide?.forms]] as const) {
    for (const a of list ?? []) {
      file(a.file, { line: item.lines[key] ?? 1, column: 1 }, ['item/attachment-missing', `附件文件 ${a.file} 不存在`, `把文件放到 content/${a.file}，或改正路径。`], '附件不能发布');
    }
  }
  for (const link of item.bodyFiles) {
    file(link.file, { line: link.line, column: link.column }, ['item/body-file-missing', `正文链接的文件 ${link.file} 不存在，发布后是一个打不开的链接`, `把文件放到 content/${link.file}，或改正链接；文件名区分大小写。`], '正文链接的文件不能发布');
  }
  return out;
}

/** The library files (attachments, forms, files the body links to) an item publishes, as paths under content/. */
export function filesOf(item: ParsedItem): string[] {
  return [...(item.meta.attachments ?? []), ...(item.meta.guide?.forms ?? [])].map((a) => a.file).concat(item.bodyFiles.map((l) => l.file));
}
