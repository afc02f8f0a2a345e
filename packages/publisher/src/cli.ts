import { contentDir, formatFinding, itemTypes, loadDataFile, loadRegistry, newSiteSchema, type Registry } from '@jiyue/content';
import { input, select } from '@inquirer/prompts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { codeowners } from './codeowners.ts';
import { createItem, nowInChina } from './new-item.ts';
import { roles, sign, SignError, type Role } from './sign.ts';
import { openSite } from './site-new.ts';

const interactive = () => Boolean(process.stdin.isTTY && process.stdout.isTTY);

function registryOrExit(root: string): Registry {
  const { registry, problems } = loadRegistry(contentDir(root), root);
  if (!registry) {
    for (const p of problems) console.error(formatFinding(p));
    process.exit(1);
  }
  return registry;
}

/** Asks for a missing value in a terminal; without one, says which flag is missing. */
async function need<T extends string>(value: T | undefined, flag: string, ask: () => Promise<T>): Promise<T> {
  if (value) return value;
  if (interactive()) return ask();
  throw new Error(`缺少参数 --${flag}`);
}

/** pnpm new: a new item, as a draft, in the right folder with a valid front matter. */
export async function newMain(argv = process.argv.slice(2)): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      root: { type: 'string', default: process.cwd() }, site: { type: 'string' }, column: { type: 'string' },
      type: { type: 'string' }, title: { type: 'string' }, date: { type: 'string' }, source: { type: 'string' },
      interprets: { type: 'string' },
    },
  });
  const root = values.root!;
  const registry = registryOrExit(root);
  try {
    const siteId = await need(values.site, 'site', () => select({ message: '选择网站', choices: registry.sites.map((s) => ({ name: `${s.name}（${s.id}）`, value: s.id })) }));
    const site = registry.sites.find((s) => s.id === siteId);
    const column = await need(values.column, 'column', () => select({ message: '选择栏目', choices: (site?.columns ?? []).map((c) => ({ name: `${c.name}（${c.id}）`, value: c.id })) }));
    const title = await need(values.title, 'title', () => input({ message: '标题', required: true }));
    const type = itemTypes.find((t) => t === values.type);
    if (values.type && !type) throw new Error(`类型 --type 可选：${itemTypes.join('、')}`);
    const columnType = site?.columns.find((c) => c.id === column)?.type;
    const interprets = (type ?? columnType) === 'interpretation'
      ? await need(values.interprets, 'interprets', () => input({ message: '所解读政策文件的 id', required: true }))
      : undefined;
    const made = createItem(registry, contentDir(root), { site: siteId, column, type, title, date: values.date, source: values.source, interprets });
    console.log(`已创建草稿：${relative(process.cwd(), made.file)}（编号 ${made.id}）`);
    console.log(`完成正文后依次签字：pnpm sign ${relative(process.cwd(), made.file)} --as editor|reviewer|approver --name <姓名>`);
    console.log(`签发后将发布在：${made.url}`);
    return 0;
  } catch (error) {
    console.error(`错误：${(error as Error).message}`);
    return 1;
  }
}

/** pnpm sign: one step of the three-step review. */
export async function signMain(argv = process.argv.slice(2)): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { root: { type: 'string', default: process.cwd() }, as: { type: 'string' }, name: { type: 'string' } },
  });
  try {
    const file = positionals[0];
    if (!file) throw new SignError('用法：pnpm sign <条目文件> --as editor|reviewer|approver --name <姓名>');
    const role = await need(values.as as Role | undefined, 'as', () => select({ message: '以什么身份签字', choices: roles.map((r) => ({ name: r, value: r })) }));
    if (!roles.includes(role)) throw new SignError(`--as 只能是 ${roles.join('、')}`);
    const name = await need(values.name, 'name', () => input({ message: '姓名', required: true }));
    const { published } = sign({ root: values.root!, file: resolve(file), role, name });
    console.log(published ? `已签发：${file} 将在下次构建时发布。` : `已签字（${role}：${name}）：${file}`);
    return 0;
  } catch (error) {
    console.error(`错误：${(error as Error).message}`);
    return 1;
  }
}

/** pnpm site:new --file new-site.yaml: opens a site from a filled-in registry entry. */
export function siteNewMain(argv = process.argv.slice(2)): number {
  const { values } = parseArgs({
    args: argv,
    options: { root: { type: 'string', default: process.cwd() }, file: { type: 'string' }, today: { type: 'string' } },
  });
  try {
    if (!values.file) throw new Error('用法：pnpm site:new --file <新网站登记信息.yaml>（模板见 docs/publisher-guide.md）');
    // The entry is checked where it is written, with the registry's rules and messages.
    const file = resolve(values.file);
    const entry = loadDataFile(dirname(file), basename(file), newSiteSchema, { rulePrefix: 'registry', cwd: process.cwd() });
    if (!entry.data) {
      for (const p of entry.problems) console.error(formatFinding(p));
      console.error('\n新网站的登记信息未通过检查，未做任何修改。');
      return 1;
    }
    const { app, notice } = openSite(values.root!, entry.data, values.today ?? nowInChina().slice(0, 10));
    console.log(`已登记网站并创建应用：${relative(process.cwd(), app)}`);
    if (notice) console.log(`已在上级门户起草开通公告：${relative(process.cwd(), notice)}（请完成三审签字）`);
    console.log('下一步：运行 pnpm install 使新应用生效，再运行 pnpm build。');
    return 0;
  } catch (error) {
    console.error(`错误：${(error as Error).message}`);
    return 1;
  }
}

/** pnpm codeowners: writes .github/CODEOWNERS from the registry. */
export function codeownersMain(argv = process.argv.slice(2)): number {
  const { values } = parseArgs({ args: argv, options: { root: { type: 'string', default: process.cwd() }, org: { type: 'string', default: 'jiyue-demo' } } });
  const registry = registryOrExit(values.root!);
  const file = join(values.root!, '.github', 'CODEOWNERS');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, codeowners(registry, values.org!));
  console.log(`已生成 ${relative(process.cwd(), file)}`);
  return 0;
}
