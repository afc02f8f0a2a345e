import { appDir, contentDir, formatFinding, itemType, itemTypes, loadRegistry, type Column, type Registry, type Site, type SiteKind } from '@jiyue/content';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { appFiles } from './app-files.ts';
import { createItem } from './new-item.ts';

export type NewSite = Omit<Site, 'columns' | 'theme'> & { theme?: Site['theme']; columns?: Column[] };

/** Columns a new site starts with, by kind (ITEM_TYPES opensOn); publishers add more in sites.yaml. */
export function defaultColumns(kind: SiteKind): Column[] {
  return itemTypes.flatMap((type) => {
    const { opensOn, column } = itemType(type);
    if (!opensOn || (opensOn === 'portals' && kind === 'department')) return [];
    // A department describes itself by its functions (机构职能), a government by its overview.
    const name = type === 'info' && kind === 'department' ? '机构职能' : column.name;
    return [{ id: column.id, name, type }];
  });
}

/**
 * Opens a site: adds its registry entry (checked with every registry rule before anything is
 * written, so a second site for one unit or a bad domain is refused), scaffolds its app and
 * drafts the opening notice (开通公告) on the parent portal (S4).
 */
export function openSite(root: string, input: NewSite, today: string): { app: string; notice?: string } {
  const libraryDir = contentDir(root);
  const registryFile = join(libraryDir, 'sites.yaml');
  const doc = parseDocument(readFileSync(registryFile, 'utf8'));
  const entry: Site = { ...input, theme: input.theme ?? 'red', columns: input.columns ?? defaultColumns(input.kind) };
  const node = doc.createNode(Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)));
  const sites = doc.get('sites');
  if (!isSeq(sites)) throw new Error('content/sites.yaml 中没有网站列表 sites：请先修复网站名录（pnpm compile 会指出问题所在）。');
  sites.add(node);
  const text = doc.toString({ lineWidth: 0 });

  // Check the new registry in a scratch copy first: nothing is written unless it is valid.
  const scratch = mkdtempSync(join(tmpdir(), 'jiyue-site-new-'));
  let registry: Registry | undefined;
  try {
    writeFileSync(join(scratch, 'sites.yaml'), text);
    if (existsSync(join(libraryDir, 'logos'))) cpSync(join(libraryDir, 'logos'), join(scratch, 'logos'), { recursive: true });
    const checked = loadRegistry(scratch, scratch);
    if (!checked.registry) throw new Error(`新网站的登记信息未通过检查，未做任何修改：\n${checked.problems.map(formatFinding).join('\n')}`);
    registry = checked.registry;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const app = appDir(root, input.id);
  if (existsSync(app)) throw new Error(`应用目录 apps/${input.id} 已存在`);

  writeFileSync(registryFile, text);
  mkdirSync(app, { recursive: true });
  const astro = JSON.parse(readFileSync(join(root, 'packages/site-kit/package.json'), 'utf8')).dependencies.astro as string;
  for (const [name, body] of Object.entries(appFiles(input.id, astro))) writeFileSync(join(app, name), body);

  const parent = registry.sites.find((s) => s.id === input.parent);
  const noticeColumn = parent?.columns.find((c) => c.type === 'notice');
  if (!parent || !noticeColumn) return { app };
  const notice = createItem(registry, libraryDir, {
    site: parent.id,
    column: noticeColumn.id,
    title: `关于${input.name}正式开通的公告`,
    date: `${today} 09:00`,
    source: parent.sponsor,
  });
  writeFileSync(
    notice.file,
    readFileSync(notice.file, 'utf8').replace(
      '在此撰写正文（Markdown 格式）。',
      `经批准，${input.name}（https://${input.domain}/）于 ${today} 正式开通。网站由${input.sponsor}主办，${input.operator}承办，网站标识码 ${input.siteCode}。\n\n欢迎社会各界访问并提出意见建议。联系电话：${input.contact.phone}。`,
    ),
  );
  return { app, notice: notice.file };
}
