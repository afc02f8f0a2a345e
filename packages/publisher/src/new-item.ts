import { itemPath, listItemFiles, originOf, type ItemType, type Registry } from '@jiyue/content';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface NewItem {
  site: string;
  column: string;
  type?: ItemType;
  title: string;
  /** "YYYY-MM-DD HH:MM"; defaults to now (China Standard Time). */
  date?: string;
  source?: string;
  /** For an interpretation: the id of the policy it explains (C3). */
  interprets?: string;
}

/** Now in China Standard Time, as "YYYY-MM-DD HH:MM". */
export function nowInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The next free stable id of a column in a year: <site>-<column>-<year>-<nnnn>. */
export function nextId(libraryDir: string, site: string, column: string, year: string): string {
  const prefix = `${site}-${column}-${year}-`;
  const taken = new Set(listItemFiles(libraryDir).map((f) => basename(f, '.md')));
  for (let n = 1; ; n++) {
    const id = `${prefix}${String(n).padStart(4, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** Type-specific front-matter blocks, with every field the schema asks for (C2, C3, C8, X5). */
function typeBlock(type: ItemType, date: string, issuer: string, interprets?: string): string {
  const day = date.slice(0, 10);
  switch (type) {
    case 'policy':
      return `policy:\n  docNumber: 待填写（如 示政发〔${day.slice(0, 4)}〕1号）\n  indexNumber: 待填写（如 999000/${day.slice(0, 4)}-00001）\n  issuer: ${issuer}\n  writtenDate: "${day}"\n  topic: 待填写（主题分类）\n  validity: 有效\n  important: false\n`;
    case 'interpretation':
      return `interprets: ${interprets}\n`;
    case 'guide':
      return `guide:\n  basis: 待填写（设定依据）\n  conditions: 待填写（受理条件）\n  materials:\n    - 待填写（申请材料）\n  procedure: 待填写（办理流程）\n  timeLimit: 待填写（办理时限）\n  fees: 不收费\n  office: ${issuer}\n  contact: 待填写（咨询电话）\n  onlineLevel: 四级\n`;
    case 'message':
      return `message:\n  received: "${day}"\n  replied: "${day}"\n  department: ${issuer}\n`;
    default:
      return '';
  }
}

/**
 * Writes a new item as a draft with a valid front-matter skeleton, under items/<site>/<column>/.
 * Returns its file and the address where it will appear once signed.
 */
export function createItem(registry: Registry, libraryDir: string, input: NewItem): { file: string; id: string; url: string } {
  const site = registry.sites.find((s) => s.id === input.site);
  if (!site) throw new Error(`网站“${input.site}”不在登记表中；可选：${registry.sites.map((s) => s.id).join('、')}`);
  const column = site.columns.find((c) => c.id === input.column);
  if (!column) throw new Error(`网站“${site.name}”没有栏目“${input.column}”；可选：${site.columns.map((c) => `${c.id}（${c.name}）`).join('、')}`);
  if (!input.title.trim()) throw new Error('标题不能为空');
  const date = input.date ?? nowInChina();
  const type = input.type ?? column.type;
  if (type === 'interpretation' && !input.interprets) throw new Error('政策解读须指明所解读的政策文件：--interprets <政策文件的 id>');
  const id = nextId(libraryDir, site.id, column.id, date.slice(0, 4));
  const file = join(libraryDir, 'items', site.id, column.id, `${id}.md`);
  if (existsSync(file)) throw new Error(`文件已存在：${file}`);
  const text = [
    '---',
    `id: ${id}`,
    `title: ${JSON.stringify(input.title.trim())}`,
    `type: ${type}`,
    `site: ${site.id}`,
    `column: ${column.id}`,
    `date: "${date}"`,
    `source: ${input.source ?? site.sponsor}`,
    'draft: true',
    `${typeBlock(type, date, site.sponsor, input.interprets)}---`,
    '',
    '在此撰写正文（Markdown 格式）。',
    '',
  ].join('\n');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return { file, id, url: `${originOf(site)}${itemPath(column.id, id)}` };
}
