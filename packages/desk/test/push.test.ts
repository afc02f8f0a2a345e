/**
 * The desk sends its commits to the remote (issue 17), with a real bare repository on this
 * machine as the remote: pushed after a save; rebased and pushed when someone else's commit came
 * first and only the desk's files are involved; refused, in Chinese, with the local commit kept,
 * when that is not safe; said so when there is no remote.
 */
import { contentDir, loadRegistry } from '@jiyue/content';
import { createItem } from '@jiyue/publisher';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDesk } from '../src/item-file.ts';
import { deskServer } from '../src/server.ts';

const repo = new URL('../../..', import.meta.url).pathname;

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** A repository with the real registry and no items; with `remote`, a bare repository it tracks (origin/main). */
function repository({ remote = true } = {}): { root: string; bare: string } {
  const dir = mkdtempSync(join(tmpdir(), 'jiyue-push-'));
  const root = join(dir, 'work');
  mkdirSync(join(contentDir(root), 'items'), { recursive: true });
  for (const f of ['sites.yaml', 'logos', 'inspector']) cpSync(join(contentDir(repo), f), join(contentDir(root), f), { recursive: true });
  writeFileSync(join(root, '.gitignore'), '.cache/\n');
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.name', '测试');
  git(root, 'config', 'user.email', 'test@example.invalid');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'start');
  const bare = join(dir, 'remote.git');
  if (remote) {
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', bare]);
    git(root, 'remote', 'add', 'origin', bare);
    git(root, 'push', '-q', '-u', 'origin', 'main');
  }
  return { root, bare };
}

/** A colleague's clone of the remote, committing `file` with `text` and pushing it. */
function colleaguePushes(bare: string, file: string, text: string) {
  const clone = mkdtempSync(join(tmpdir(), 'jiyue-colleague-'));
  execFileSync('git', ['clone', '-q', bare, clone]);
  git(clone, 'config', 'user.name', '同事');
  git(clone, 'config', 'user.email', 'colleague@example.invalid');
  mkdirSync(join(clone, file, '..'), { recursive: true });
  writeFileSync(join(clone, file), text);
  git(clone, 'add', '-A');
  git(clone, 'commit', '-q', '-m', `同事修改 ${file}`);
  git(clone, 'push', '-q');
  rmSync(clone, { recursive: true, force: true });
}

/** Saves a new draft (signed by the editor) through the desk server; the server's answer and the item's path. */
async function saveDraft(root: string, title: string, body: string) {
  const registry = loadRegistry(contentDir(root)).registry!;
  const made = createItem(registry, contentDir(root), { site: 'qingchuan', column: 'news', title, date: '2026-11-20 10:00' });
  const raw = toDesk(readFileSync(made.file, 'utf8').replace('在此撰写正文（Markdown 格式）。', body)).replace(/\n---\n/, '\nsignoff:\n  editor: 赵雨桐\n---\n');
  rmSync(made.file);
  const path = made.file.slice(root.length + 1);
  const server = deskServer({ root, bundle: '', commit: true }).listen(0, '127.0.0.1');
  await new Promise((ok) => server.once('listening', ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const response = await fetch(`${base}/api/v1`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'persistEntry', params: { dataFiles: [{ path, raw }], assets: [] } }),
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { message: string; push: { state: string; message: string } };
    const status = (await (await fetch(`${base}/desk/status`)).json()) as { push: unknown };
    expect(status.push).toEqual(answer.push); // the status line shows the same
    return { answer, path };
  } finally {
    server.close();
  }
}

const inRemote = (bare: string, path: string) => execFileSync('git', ['--git-dir', bare, 'log', '--format=%s', '--', path], { encoding: 'utf8' }).trim();

describe('the desk pushes its commits', () => {
  it('sends each save to the upstream of the branch', async () => {
    const { root, bare } = repository();
    const { answer, path } = await saveDraft(root, '晴川区召开安全生产会议', '11 月 20 日，晴川区召开安全生产工作会议。');
    expect(answer.push).toMatchObject({ state: 'pushed', message: '已推送到远程仓库 origin/main。' });
    expect(inRemote(bare, path)).toBe('发布工作台：晴川区召开安全生产会议（编辑 赵雨桐 签字）');
    expect(git(root, 'rev-parse', 'HEAD')).toBe(execFileSync('git', ['--git-dir', bare, 'rev-parse', 'main'], { encoding: 'utf8' }).trim());
  });

  it("rebases its own commit onto a colleague's and pushes, when only the desk's files are involved", async () => {
    const { root, bare } = repository();
    colleaguePushes(bare, 'README.md', '同事的说明\n');
    const { answer, path } = await saveDraft(root, '晴川区召开安全生产会议', '11 月 20 日，晴川区召开安全生产工作会议。');
    expect(answer.push.state).toBe('pushed');
    expect(answer.push.message).toContain('已先取回合并，再推送成功');
    expect(inRemote(bare, path)).toContain('发布工作台：晴川区召开安全生产会议');
    expect(inRemote(bare, 'README.md')).toBe('同事修改 README.md');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe('同事的说明\n');
  });

  it('refuses, in Chinese, keeping the local commit, when the remote changed the same item', async () => {
    const { root, bare } = repository();
    const registry = loadRegistry(contentDir(root)).registry!;
    const path = createItem(registry, contentDir(root), { site: 'qingchuan', column: 'news', title: '占位', date: '2026-11-20 10:00' }).file.slice(root.length + 1);
    rmSync(join(root, path));
    colleaguePushes(bare, path, '---\nid: 同事的版本\n---\n');
    const remoteBefore = execFileSync('git', ['--git-dir', bare, 'rev-parse', 'main'], { encoding: 'utf8' }).trim();
    const { answer } = await saveDraft(root, '晴川区召开安全生产会议', '11 月 20 日，晴川区召开安全生产工作会议。');
    expect(answer.push.state).toBe('refused');
    expect(answer.push.message).toMatch(/^未能推送：远程仓库 origin\/main 的新提交与本机保存的内容修改了同一篇文章或附件/);
    expect(answer.push.message).toContain('本机的保存和提交都已保留，没有丢失');
    expect(answer.push.message).toContain('git pull --rebase');
    expect(git(root, 'log', '-1', '--format=%s')).toBe('发布工作台：晴川区召开安全生产会议（编辑 赵雨桐 签字）'); // kept
    expect(readFileSync(join(root, path), 'utf8')).toContain('晴川区召开安全生产工作会议'); // the desk's text, not the colleague's
    expect(git(root, 'status', '--porcelain', '--untracked-files=no')).toBe(''); // no rebase left half done
    expect(execFileSync('git', ['--git-dir', bare, 'rev-parse', 'main'], { encoding: 'utf8' }).trim()).toBe(remoteBefore); // nothing forced
  });

  it("refuses without touching the work tree when someone's other change is not committed", async () => {
    const { root, bare } = repository();
    colleaguePushes(bare, 'README.md', '同事的说明\n');
    const sites = join(contentDir(root), 'sites.yaml');
    writeFileSync(sites, `${readFileSync(sites, 'utf8')}\n`); // someone's unfinished edit
    const { answer } = await saveDraft(root, '晴川区召开安全生产会议', '11 月 20 日，晴川区召开安全生产工作会议。');
    expect(answer.push.state).toBe('refused');
    expect(answer.push.message).toContain('仓库里还有未提交的其他修改');
    expect(answer.push.message).toContain('本机的保存和提交都已保留');
    expect(git(root, 'log', '-1', '--format=%s')).toContain('发布工作台：晴川区召开安全生产会议');
    expect(git(root, 'status', '--porcelain', '--untracked-files=no')).toBe('M content/sites.yaml');
  });

  it("brings in a colleague's saves when the desk opens (fast-forward only)", async () => {
    const { root, bare } = repository();
    colleaguePushes(bare, 'content/items/qingchuan/news/colleague.md', '同事的草稿\n');
    const server = deskServer({ root, bundle: '', commit: true }).listen(0, '127.0.0.1');
    await new Promise((ok) => server.once('listening', ok));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${base}/config.json`)).status).toBe(200);
      expect(readFileSync(join(root, 'content/items/qingchuan/news/colleague.md'), 'utf8')).toBe('同事的草稿\n');
      const status = (await (await fetch(`${base}/desk/status`)).json()) as { pull: string; push: { state: string; message: string } };
      expect(status.pull).toBe('已从远程仓库 origin/main 取回 1 个新提交（同事保存的内容）。');
      expect(status.push).toMatchObject({ state: 'ready', message: '每次保存都会提交并推送到远程仓库 origin/main。' });
    } finally {
      server.close();
    }
  });

  it('says so when there is no remote: saved on this machine only', async () => {
    const { root } = repository({ remote: false });
    const { answer } = await saveDraft(root, '晴川区召开安全生产会议', '11 月 20 日，晴川区召开安全生产工作会议。');
    expect(answer.push.state).toBe('local');
    expect(answer.push.message).toMatch(/^未配置远程仓库，已保存在本机/);
    expect(git(root, 'rev-list', '--count', 'HEAD')).toBe('2'); // still committed
  });
});
