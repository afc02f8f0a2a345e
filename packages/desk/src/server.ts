import { contentDir, libraryClock, loadLibrary, loadRegistry, type Registry } from '@jiyue/content';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { stringify } from 'yaml';
import { checkItemText, type FieldProblem } from './check.ts';
import { collectionName, columnFolder, deskConfig } from './config.ts';
import { labels } from './fields.ts';
import { commitPaths, saveMessage } from './git.ts';
import { DeskError, fromDesk, toDesk } from './item-file.ts';
import { catchUp, pushPlan, pushSaved, type PushStatus } from './push.ts';

/** The desk listens on the loopback addresses only: nothing of it is reachable from another machine. */
export const DESK_HOSTS = ['127.0.0.1', '::1'] as const;

/** Strict enough for Decap (its schema validator compiles code; emotion writes styles): nothing from another host. */
const CSP = "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'";

const page = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>发布工作台 · 集约</title>
<link rel="stylesheet" href="/desk.css"></head>
<body><script src="/desk.js"></script></body>
</html>`;

const css = `
.jiyue-check-messages { margin: .25rem 0 0; padding: .5rem .75rem .5rem 1.5rem; border-left: 4px solid #b00020; background: #fff4f4; color: #7a0016; font-size: 14px; }
.jiyue-check-messages .jiyue-check-warning { color: #7a4a00; }
#jiyue-check-panel { position: fixed; right: 1rem; bottom: 1rem; z-index: 10000; max-width: 26rem; max-height: 40vh; overflow: auto; padding: .5rem 1rem; background: #fff; border: 2px solid #444; border-radius: 6px; font-size: 14px; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
#jiyue-check-panel h2 { font-size: 15px; margin: .25rem 0; }
#jiyue-check-panel .jiyue-check-error { color: #7a0016; }
#jiyue-push-status { position: fixed; left: 1rem; bottom: 1rem; z-index: 10000; max-width: 34rem; pointer-events: none; white-space: pre-line; margin: 0; padding: .5rem .75rem; background: #fff; border: 2px solid #2e6b30; border-radius: 6px; color: #1d4a1f; font-size: 14px; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
#jiyue-push-status[data-state="local"], #jiyue-push-status[data-state="off"] { border-color: #7a4a00; color: #5a3700; }
#jiyue-push-status[data-state="refused"], #jiyue-push-status[data-state="failed"] { border-color: #b00020; color: #7a0016; background: #fff4f4; }
`;

/**
 * `commit`: every save becomes a commit of exactly the files it wrote (`pnpm desk` in a git work
 * tree); `push` (with `commit`, the default): the commit is then sent to the branch's upstream.
 */
interface Deps { root: string; bundle: string; commit?: boolean; push?: boolean }

/** What a save does with git. */
interface Saving { commit: boolean; push: boolean }

/** The outcome of the latest save's commit and push, per repository (both loopback servers show the same). */
const lastPush = new Map<string, PushStatus>();
/** What the latest opening of the desk brought in from the remote (push.ts catchUp). */
const lastPull = new Map<string, string>();

/** What the desk server does: the page, the bundle, the generated config, checks, and the files. */
export function deskServer({ root, bundle, commit = false, push = commit }: Deps): Server {
  const saving: Saving = { commit, push: commit && push };
  return createServer((req, res) => {
    handle(root, bundle, saving, req, res).catch((error: unknown) => {
      const message = error instanceof DeskError ? error.message : `工作台内部错误：${String((error as Error)?.message ?? error).split('\n')[0]}`;
      send(res, error instanceof DeskError ? 422 : 500, { error: message });
    });
  });
}

/** Starts the desk on port `port` of both loopback addresses; resolves with the servers. */
export async function listen(deps: Deps, port: number): Promise<Server[]> {
  const servers: Server[] = [];
  for (const host of DESK_HOSTS) {
    const server = deskServer(deps);
    await new Promise<void>((ok, fail) => server.once('error', fail).listen(port, host, () => ok()));
    servers.push(server);
  }
  return servers;
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
  res.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

/** Only pages of this desk, addressed by a loopback name, may talk to it (no DNS rebinding, no other site's form). */
function loopbackOnly(req: IncomingMessage): boolean {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (!['127.0.0.1', '[::1]', 'localhost'].includes(host)) return false;
  const origin = req.headers.origin;
  return req.method === 'GET' || !origin || origin === `http://${req.headers.host}`;
}

async function handle(root: string, bundle: string, saving: Saving, req: IncomingMessage, res: ServerResponse) {
  if (!loopbackOnly(req)) return send(res, 403, { error: '工作台只接受本机访问。' });
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/') return send(res, 200, page, 'text/html; charset=utf-8');
  if (req.method === 'GET' && url.pathname === '/desk.js') return send(res, 200, readFileSync(bundle), 'text/javascript; charset=utf-8');
  if (req.method === 'GET' && url.pathname === '/desk.css') return send(res, 200, css, 'text/css; charset=utf-8');
  if (req.method === 'GET' && url.pathname === '/config.json') {
    // Opening (or reloading) the desk first brings in colleagues' saves, so their drafts can be signed.
    if (saving.push) lastPull.set(root, await catchUp(root));
    return send(res, 200, configOf(root));
  }
  if (req.method === 'GET' && url.pathname === '/desk/status') return send(res, 200, { push: lastPush.get(root) ?? (await planOf(root, saving)), pull: lastPull.get(root) ?? '' });
  if (req.method === 'POST' && url.pathname === '/desk/check') return send(res, 200, { problems: checkForm(root, await readJson(req)) });
  if (req.method === 'POST' && url.pathname === '/api/v1') return send(res, 200, await backend(root, saving, await readJson(req)));
  return send(res, 404, { error: '没有这个地址' });
}

function registryOf(root: string): Registry {
  const { registry, problems } = loadRegistry(contentDir(root), root);
  if (!registry) throw new DeskError(`网站登记表有错误，工作台无法使用：${problems[0]?.message ?? ''}`);
  return registry;
}

function configOf(root: string) {
  const registry = registryOf(root);
  const { library } = loadLibrary({ libraryDir: contentDir(root), cwd: root });
  const policies = (library?.items ?? []).filter((i) => i.meta.type === 'policy').map((i) => ({ id: i.meta.id, title: i.meta.title }));
  // New items are dated by the library's clock, the one the build checks against (content clock.ts).
  return deskConfig(root, registry, policies, libraryClock(root).now);
}

/** A form's values as the front matter + body Decap would send (the check sees what a save would write). */
function rawOf(data: Record<string, unknown>): string {
  const { body = '', ...front } = data;
  return `---\n${stringify(front)}---\n${String(body)}\n`;
}

/** The file an item of a collection is saved in: its folder and its id. */
function itemPath(root: string, registry: Registry, collection: string, data: Record<string, unknown>, path?: string): string {
  if (path) return path;
  const site = registry.sites.find((s) => s.columns.some((c) => collectionName(s.id, c.id) === collection));
  const column = site?.columns.find((c) => collectionName(site.id, c.id) === collection);
  if (!site || !column) throw new DeskError(`没有这个栏目：${collection}`);
  return `${columnFolder(root, site.id, column.id)}/${String(data.id ?? '')}.md`;
}

/** The checks of a save, run on the form as it is now, each message with its field's label. */
function checkForm(root: string, body: Record<string, unknown>): (FieldProblem & { label: string })[] {
  const registry = registryOf(root);
  const data = (body.data ?? {}) as Record<string, unknown>;
  const path = safeItemPath(root, itemPath(root, registry, String(body.collection ?? ''), data, body.path as string | undefined));
  let text: string;
  try {
    text = fromDesk(rawOf(data), previousOf(root, path), registry);
  } catch (error) {
    if (!(error instanceof DeskError)) throw error;
    return [{ path: 'signoff', rule: 'workflow/signoff', severity: 'error', message: error.message, hint: '', line: 1, column: 1, label: labels.signoff! }];
  }
  return checkItemText(root, path, text, formFields(root, registry, path)).map((p) => ({ ...p, label: labelOf(p.path) }));
}

/** The key paths the form of an item's collection shows, so that each message lands on a field that exists. */
function formFields(root: string, registry: Registry, path: string): Set<string> {
  const [site, column] = path.split('/').slice(-3, -1);
  const collection = deskConfig(root, registry, []).collections.find((c) => c.name === collectionName(site ?? '', column ?? ''));
  const paths = new Set<string>();
  const add = (fields: { jiyuePath: string; fields?: unknown[]; field?: unknown }[] = []) => {
    for (const f of fields) {
      paths.add(f.jiyuePath);
      add(f.fields as typeof fields);
      if (f.field) add([f.field as (typeof fields)[number]]);
    }
  };
  add(collection?.fields);
  return paths;
}

const labelOf = (path: string) => (path === 'body' ? '正文' : path.split('.').map((_, i, all) => labels[all.slice(0, i + 1).join('.')] ?? all[i]).join(' · '));

function previousOf(root: string, path: string): string | undefined {
  const file = join(root, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** A path Decap names, kept inside content/items (items) or content/files (attachments). */
function inside(root: string, path: string, folder: string): string {
  const full = resolve(root, path);
  const base = join(contentDir(root), folder);
  if (!full.startsWith(base + sep)) throw new DeskError(`不允许的路径：${path}`);
  return relative(root, full).split(sep).join('/');
}
const safeItemPath = (root: string, path: string) => {
  const p = inside(root, path, 'items');
  if (!p.endsWith('.md')) throw new DeskError(`文章文件须以 .md 结尾：${path}`);
  return p;
};

const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

function entry(root: string, path: string) {
  const file = join(root, path);
  if (!existsSync(file)) return { data: null, file: { path, id: null } };
  const text = readFileSync(file, 'utf8');
  return { data: toDesk(text), file: { path, id: sha(text) } };
}

function media(root: string, path: string) {
  const bytes = readFileSync(join(root, path));
  return { id: sha(bytes), content: bytes.toString('base64'), encoding: 'base64', path, name: basename(path) };
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

interface DataFile { path: string; raw: string; newPath?: string }
interface Asset { path: string; content: string; encoding: BufferEncoding }

/**
 * Decap's proxy backend protocol (what decap-server's local file system mode answers), over the
 * library in the working tree; every save goes through the desk's checks first. The repository
 * is the only store: the desk writes item files and attachments, nothing else.
 */
async function backend(root: string, saving: Saving, body: Record<string, unknown>): Promise<unknown> {
  const params = (body.params ?? {}) as Record<string, unknown>;
  switch (body.action) {
    case 'info':
      return { repo: basename(root), publish_modes: ['simple'], type: 'local_fs' };
    case 'entriesByFolder': {
      const folder = inside(root, `${String(params.folder)}/x`, 'items').replace(/\/x$/, '');
      return walk(join(root, folder)).filter((f) => f.endsWith('.md')).sort().map((f) => entry(root, relative(root, f).split(sep).join('/')));
    }
    case 'entriesByFiles':
      return (params.files as { path: string }[]).map((f) => entry(root, safeItemPath(root, f.path)));
    case 'getEntry':
      return entry(root, safeItemPath(root, String(params.path)));
    case 'persistEntry': {
      const committed = persist(root, saving.commit, (params.dataFiles as DataFile[]) ?? [], (params.assets as Asset[]) ?? []);
      return { message: '已保存', push: await sent(root, saving, committed) };
    }
    case 'getMedia':
      return walk(join(contentDir(root), 'files')).map((f) => media(root, relative(root, f).split(sep).join('/')));
    case 'getMediaFile':
      return media(root, inside(root, String(params.path), 'files'));
    case 'persistMedia': {
      const asset = params.asset as Asset;
      const path = inside(root, asset.path, 'files');
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), Buffer.from(asset.content, asset.encoding));
      const committed = saving.commit ? commitSaved(root, [path], `发布工作台：上传附件 ${basename(path)}`) : '';
      return { ...media(root, path), push: await sent(root, saving, committed) };
    }
    case 'deleteFile':
    case 'deleteFiles': {
      const paths = body.action === 'deleteFile' ? [String(params.path)] : (params.paths as string[]);
      for (const p of paths) removeDraft(root, p);
      return { message: '已删除' };
    }
    case 'getDeployPreview':
      return null;
    default:
      throw new DeskError(`工作台不支持的操作：${String(body.action)}`);
  }
}

/** Saves an item: refused, with every error the build would give, unless all the checks pass. Returns why the commit failed, or "". */
function persist(root: string, commit: boolean, dataFiles: DataFile[], assets: Asset[]): string {
  const registry = registryOf(root);
  const written: string[] = [];
  let message = '发布工作台：保存';
  for (const a of assets) {
    const path = inside(root, a.path, 'files');
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), Buffer.from(a.content, a.encoding));
    written.push(path);
  }
  for (const dataFile of dataFiles) {
    const path = safeItemPath(root, dataFile.newPath ?? dataFile.path);
    const old = safeItemPath(root, dataFile.path);
    const text = fromDesk(dataFile.raw, previousOf(root, old), registry);
    const errors = checkItemText(root, path, text, formFields(root, registry, path)).filter((p) => p.severity === 'error');
    if (errors.length) throw new DeskError(`未保存，请先改正：${errors.map((p) => `${labelOf(p.path) || '整篇文章'}：${p.message}`).join('；')}`);
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    written.push(path);
    message = saveMessage(text);
    if (old !== path) {
      rmSync(join(root, old), { force: true });
      written.push(old);
    }
  }
  return commit ? commitSaved(root, written, message) : '';
}

/** After a save's commit (`failed`: why it failed): the branch pushed to its upstream (push.ts), the outcome kept for the status line. */
async function sent(root: string, saving: Saving, failed: string): Promise<PushStatus> {
  const status = failed
    ? { state: 'failed' as const, message: `已保存，但未能提交到版本库（${failed}），因此也没有推送：请联系管理员在仓库目录运行 git status 查看。`, at: new Date().toISOString() }
    : saving.push ? await pushSaved(root) : await planOf(root, saving);
  lastPush.set(root, status);
  return status;
}

/** The status line before the first save: what a save will do. */
const planOf = (root: string, saving: Saving) => (saving.commit && !saving.push ? Promise.resolve({ state: 'off' as const, message: '每次保存都会提交到版本库，但不推送（--no-push）。', at: new Date().toISOString() }) : pushPlan(root, saving.commit));

/** A failed commit does not undo the save (the file is right and checked): it is said on the console and in the desk. Returns why it failed, or "". */
function commitSaved(root: string, paths: string[], message: string): string {
  try {
    commitPaths(root, paths, message);
    return '';
  } catch (error) {
    const detail = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim().split('\n')[0] ?? '';
    console.error(`已保存，但未能提交到版本库（${detail}）：请在仓库目录运行 git status 查看，或联系管理员。`);
    return detail;
  }
}

/** Only a draft may be deleted from the desk; a published item is withdrawn by the platform team. */
function removeDraft(root: string, path: string) {
  if (path.endsWith('.md')) {
    const p = safeItemPath(root, path);
    const text = previousOf(root, p);
    if (text && !/^draft: true$/m.test(text)) throw new DeskError('已签发的文章不能在工作台删除；需要撤下时请联系平台组。');
    rmSync(join(root, p), { force: true });
  } else {
    const p = inside(root, path, 'files');
    if (statSync(join(root, p), { throwIfNoEntry: false })?.isFile()) rmSync(join(root, p));
  }
}
