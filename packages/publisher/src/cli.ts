import { contentDir, formatFinding, itemTypes, loadDataFile, loadRegistry, newSiteSchema, nowInChina as clock, type Registry } from '@jiyue/content';
import { input, select } from '@inquirer/prompts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { codeowners } from './codeowners.ts';
import { parseCommand, run, siteById, UsageError } from './command.ts';
import { createItem, nowInChina } from './new-item.ts';
import { schedule, scheduleStateName } from './schedule.ts';
import { roles, sign, SignError, type Role } from './sign.ts';
import { openSite } from './site-new.ts';

const interactive = () => Boolean(process.stdin.isTTY && process.stdout.isTTY);

function registryOrExit(root: string): Registry {
  const { registry, problems } = loadRegistry(contentDir(root), root);
  if (!registry) {
    for (const p of problems) console.error(formatFinding(p));
    throw new Error('网站登记表 content/sites.yaml 有错误（见上），请先改正。');
  }
  return registry;
}

/** Asks for a missing value in a terminal; without one, says which flag is missing. */
async function need<T extends string>(value: T | undefined, flag: string, ask: () => Promise<T>): Promise<T> {
  if (value) return value;
  if (interactive()) return ask();
  throw new Error(`缺少参数 --${flag}`);
}

const rootOption = { root: { type: 'string', default: process.cwd() } } as const;
const help = (width = 10) => `  ${'--root'.padEnd(width)}仓库目录，默认当前目录\n  ${'--help'.padEnd(width)}显示本说明`;

export const usage = {
  new: `用法：pnpm new [--site <网站编号>] [--column <栏目>] [--title <标题>] [其他参数]

新建一篇文章（草稿），放在所属网站的目录下，frontmatter 字段齐全。在终端里运行时，
缺少的参数会逐项询问。

  --site        网站编号，见 content/sites.yaml，例如 city
  --column      栏目编号，例如 news
  --title       标题
  --type        类型（默认由栏目决定）：${itemTypes.join('、')}
  --date        发布时间，"年-月-日 时:分"，默认现在（北京时间）
  --source      来源（发布单位），默认网站主办单位
  --interprets  政策解读所解读的政策文件编号
${help(14)}`,
  sign: `用法：pnpm sign <文章文件> --as editor|reviewer|approver --name <姓名>

三审签字中的一步：编辑（editor）、审核（reviewer）、签发（approver），依次进行，三人不能重复，
姓名须在该网站登记的名单中。签发后文章在下次构建时发布。

  --as      签字身份：editor（编辑）、reviewer（审核）、approver（签发）
  --name    签字人姓名
${help()}`,
  siteNew: `用法：pnpm site:new --file <新网站登记信息.yaml>

按全部规则检查新网站的登记信息，通过后写入登记表、创建应用目录，并在上级门户起草开通公告。
登记信息的模板见 docs/publisher-guide.md“开设新网站”。

  --file    新网站的登记信息文件
  --today   开通日期（默认今天），"年-月-日"
${help()}`,
  codeowners: `用法：pnpm codeowners [--org <组织名>]

按网站登记表重新生成 .github/CODEOWNERS：每个网站的文章须经该网站的审核、签发人员批准才能合并。

  --org     代码托管平台上的组织名，默认 jiyue-demo
${help()}`,
  schedule: `用法：pnpm schedule [--site <网站编号>] [--due] [--now "年-月-日 时:分"]

列出定时发布（scheduled: true）的文章和它们的状态：已上线、已到时间（下次构建上线）、待发布、
未完成三审。

  --site    只看一个网站
  --due     只列出已到时间、等待下次构建上线的文章
  --now     按这个时间（北京时间）计算，默认现在；也可用环境变量 JIYUE_NOW
${help()}`,
};

/** pnpm new: a new item, as a draft, in the right folder with a valid front matter. */
export async function newMain(argv = process.argv.slice(2)): Promise<number> {
  const parsed = parseCommand(usage.new, argv, {
    ...rootOption, site: { type: 'string' }, column: { type: 'string' },
    type: { type: 'string' }, title: { type: 'string' }, date: { type: 'string' }, source: { type: 'string' },
    interprets: { type: 'string' },
  });
  if (!parsed) return Number(process.exitCode ?? 0);
  const { values } = parsed;
  return run(async () => {
    const root = values.root!;
    const registry = registryOrExit(root);
    const siteId = await need(values.site, 'site', () => select({ message: '选择网站', choices: registry.sites.map((s) => ({ name: `${s.name}（${s.id}）`, value: s.id })) }));
    const site = siteById(registry, siteId);
    const column = await need(values.column, 'column', () => select({ message: '选择栏目', choices: site.columns.map((c) => ({ name: `${c.name}（${c.id}）`, value: c.id })) }));
    const title = await need(values.title, 'title', () => input({ message: '标题', required: true }));
    const type = itemTypes.find((t) => t === values.type);
    if (values.type && !type) throw new UsageError(`类型 --type 可选：${itemTypes.join('、')}`);
    const columnType = site.columns.find((c) => c.id === column)?.type;
    const interprets = (type ?? columnType) === 'interpretation'
      ? await need(values.interprets, 'interprets', () => input({ message: '所解读政策文件的 id', required: true }))
      : undefined;
    const made = createItem(registry, contentDir(root), { site: siteId, column, type, title, date: values.date, source: values.source, interprets });
    console.log(`已创建草稿：${relative(process.cwd(), made.file)}（编号 ${made.id}）`);
    console.log(`完成正文后依次签字：pnpm sign ${relative(process.cwd(), made.file)} --as editor|reviewer|approver --name <姓名>`);
    console.log(`签发后将发布在：${made.url}`);
    return 0;
  });
}

/** pnpm sign: one step of the three-step review. */
export async function signMain(argv = process.argv.slice(2)): Promise<number> {
  const parsed = parseCommand(usage.sign, argv, { ...rootOption, as: { type: 'string' }, name: { type: 'string' } }, true);
  if (!parsed) return Number(process.exitCode ?? 0);
  const { values, positionals } = parsed;
  return run(async () => {
    const file = positionals[0];
    if (!file) throw new UsageError(`缺少文章文件。\n\n${usage.sign}`);
    const role = await need(values.as as Role | undefined, 'as', () => select({ message: '以什么身份签字', choices: roles.map((r) => ({ name: r, value: r })) }));
    if (!roles.includes(role)) throw new SignError(`--as 只能是 ${roles.join('、')}`);
    const name = await need(values.name, 'name', () => input({ message: '姓名', required: true }));
    const { published } = sign({ root: values.root!, file: resolve(file), role, name });
    console.log(published ? `已签发：${file} 将在下次构建时发布。` : `已签字（${role}：${name}）：${file}`);
    return 0;
  });
}

/** pnpm site:new --file new-site.yaml: opens a site from a filled-in registry entry. */
export async function siteNewMain(argv = process.argv.slice(2)): Promise<number> {
  const parsed = parseCommand(usage.siteNew, argv, { ...rootOption, file: { type: 'string' }, today: { type: 'string' } });
  if (!parsed) return Number(process.exitCode ?? 0);
  const { values } = parsed;
  return run(() => {
    if (!values.file) throw new UsageError(`缺少 --file。\n\n${usage.siteNew}`);
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
  });
}

/** pnpm codeowners: writes .github/CODEOWNERS from the registry. */
export async function codeownersMain(argv = process.argv.slice(2)): Promise<number> {
  const parsed = parseCommand(usage.codeowners, argv, { ...rootOption, org: { type: 'string', default: 'jiyue-demo' } });
  if (!parsed) return Number(process.exitCode ?? 0);
  const { values } = parsed;
  return run(() => {
    const registry = registryOrExit(values.root!);
    const file = join(values.root!, '.github', 'CODEOWNERS');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, codeowners(registry, values.org!));
    console.log(`已生成 ${relative(process.cwd(), file)}`);
    return 0;
  });
}

/** pnpm schedule: the scheduled items (定时发布) and where each stands. */
export async function scheduleMain(argv = process.argv.slice(2)): Promise<number> {
  const parsed = parseCommand(usage.schedule, argv, { ...rootOption, site: { type: 'string' }, due: { type: 'boolean' }, now: { type: 'string' } });
  if (!parsed) return Number(process.exitCode ?? 0);
  const { values } = parsed;
  return run(() => {
    const root = values.root!;
    if (values.site) siteById(registryOrExit(root), values.site);
    const now = values.now ?? (process.env.JIYUE_NOW || clock());
    if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(now)) throw new UsageError(`--now 的格式应为 "年-月-日 时:分"，例如 "2026-12-05 09:00"`);
    const { items, unreadable } = schedule(root, now);
    const shown = items.filter((i) => (!values.site || i.site === values.site) && (!values.due || i.state === 'due'));
    console.log(`定时发布的文章（按北京时间 ${now}）：${shown.length ? '' : '没有'}`);
    for (const i of shown) console.log(`  ${i.date}  ${scheduleStateName[i.state]}  ${i.site}  ${i.title}\n      ${i.file}`);
    if (unreadable) console.log(`另有 ${unreadable} 个文件有错误、无法读取，运行 pnpm compile 查看。`);
    return 0;
  });
}
