import { contentDir } from '@jiyue/content';
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';

/**
 * Sending the desk's commits to the repository's remote, so that a publisher needs no terminal
 * to publish: after every save (a draft too, since the next sign-off is usually someone else's,
 * on another machine, and the build that publishes runs from the remote). Never forced: a refused
 * push leaves the local commit as it is and says so; the desk rebases its own commits onto the
 * remote only when that cannot touch anything but the desk's files.
 */

/** `pushed`: on the remote; `ready`: nothing saved yet, a save will be pushed; `local`: no remote to send to; `refused`/`failed`: not sent, kept locally; `off`: the desk does not push. */
export type PushState = 'pushed' | 'ready' | 'local' | 'refused' | 'failed' | 'off';
export interface PushStatus { state: PushState; message: string; at: string }

const run = promisify(execFile);
/** No prompt for a password may hang the desk: git fails instead, and the desk says so. Read at each call, as git.ts's commits do. */
const env = () => ({ ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes' });
const gitWithin = (timeout: number) => async (root: string, ...args: string[]) => (await run('git', ['-C', root, ...args], { env: env(), timeout, encoding: 'utf8' })).stdout.trim();
const git = gitWithin(120_000);
const tryGit = (root: string, ...args: string[]) => git(root, ...args).then(() => true, () => false);
/** Opening the desk waits for this fetch: an unreachable remote must not keep the page blank for long. */
const quickFetch = (root: string, remote: string) => gitWithin(15_000)(root, 'fetch', '--quiet', remote).then(() => true, () => false);

const status = (state: PushState, message: string): PushStatus => ({ state, message, at: new Date().toISOString() });

export const NO_REMOTE = '未配置远程仓库，已保存在本机。要让保存的内容发布到网站，请管理员为仓库设置远程仓库（git push -u origin 分支名），之后每次保存都会自动推送。';
export const KEPT = '本机的保存和提交都已保留，没有丢失。';

interface Upstream { remote: string; ref: string; name: string }

/** The current branch's upstream, as `git push` would use it; undefined when there is none (or HEAD is detached). */
export async function upstreamOf(root: string): Promise<Upstream | undefined> {
  const branch = await git(root, 'symbolic-ref', '--quiet', '--short', 'HEAD').catch(() => '');
  if (!branch) return undefined;
  const remote = await git(root, 'config', `branch.${branch}.remote`).catch(() => '');
  const ref = await git(root, 'config', `branch.${branch}.merge`).catch(() => '');
  if (!remote || remote === '.' || !ref) return undefined;
  return { remote, ref, name: `${remote}/${ref.replace(/^refs\/heads\//, '')}` };
}

/** What the desk will do with a save, before the first one (the status line of a freshly opened desk). */
export async function pushPlan(root: string, commit: boolean): Promise<PushStatus> {
  if (!commit) return status('off', '只保存文件，不提交到版本库，也不推送。');
  const up = await upstreamOf(root);
  return up ? status('ready', `每次保存都会提交并推送到远程仓库 ${up.name}。`) : status('local', NO_REMOTE);
}

const queues = new Map<string, Promise<unknown>>();

/** Runs `work` after every git operation already queued for this repository (one at a time). */
function inTurn<T>(root: string, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(root) ?? Promise.resolve()).then(work);
  queues.set(root, next.catch(() => undefined));
  return next;
}

/** Pushes the branch to its upstream, one push at a time per repository (saves in quick succession wait their turn). */
export const pushSaved = (root: string): Promise<PushStatus> => inTurn(root, () => push(root));

async function push(root: string): Promise<PushStatus> {
  const up = await upstreamOf(root);
  if (!up) return status('local', NO_REMOTE);
  const attempt = await pushTo(root, up);
  if (attempt === true) return status('pushed', `已推送到远程仓库 ${up.name}。`);
  if (!attempt.rejected) return status('failed', `未能推送到远程仓库 ${up.name}（${attempt.detail}）。${KEPT}下次保存时会再次推送；一直失败时，请联系管理员检查网络和仓库权限。`);

  const unsafe = await whyNotRebase(root, up);
  if (unsafe) return status('refused', `未能推送：远程仓库 ${up.name} 有本机没有的新提交（可能是其他人刚保存了内容），而${unsafe}，工作台不能自动合并。${KEPT}请联系管理员在仓库目录运行 git pull --rebase，再运行 git push。`);
  if (!(await tryGit(root, 'rebase', '--no-autostash', '--quiet', '@{upstream}'))) {
    await tryGit(root, 'rebase', '--abort');
    return status('refused', `未能推送：远程仓库 ${up.name} 的新提交与本机保存的内容修改了同一篇文章或附件，工作台不能自动合并。${KEPT}请联系管理员在仓库目录运行 git pull --rebase，解决冲突后再运行 git push。`);
  }
  const again = await pushTo(root, up);
  if (again === true) return status('pushed', `远程仓库 ${up.name} 有其他人的新提交：已先取回合并，再推送成功。`);
  return status('failed', `未能推送到远程仓库 ${up.name}（${again.detail}）。${KEPT}下次保存时会再次推送。`);
}

/** One push, never forced: true, or why not (`rejected`: the remote has commits this branch lacks). */
async function pushTo(root: string, up: Upstream): Promise<true | { rejected: boolean; detail: string }> {
  try {
    await git(root, 'push', '--quiet', up.remote, `HEAD:${up.ref}`);
    return true;
  } catch (error) {
    const text = String((error as { stderr?: string }).stderr ?? (error as Error).message);
    const rejected = /\[rejected\]|non-fast-forward|fetch first/.test(text);
    return { rejected, detail: text.trim().split('\n').find((l) => /error|fatal|rejected/i.test(l))?.replace(/^(error|fatal): /, '').trim() ?? text.trim().split('\n')[0] ?? '' };
  }
}

/**
 * Why rebasing onto the remote would not be safe, or "" when it is: the fetched remote, no changed
 * tracked file in the work tree (nothing of anyone's unsaved work is touched), and only the desk's
 * files (items and attachments) in the commits to be replayed.
 */
async function whyNotRebase(root: string, up: Upstream): Promise<string> {
  if (!(await tryGit(root, 'fetch', '--quiet', up.remote))) return '取回远程仓库的新提交失败';
  if (await git(root, 'status', '--porcelain', '--untracked-files=no')) return '仓库里还有未提交的其他修改';
  const top = realpathSync(await git(root, 'rev-parse', '--show-toplevel'));
  const here = realpathSync(root);
  const own = ['items', 'files'].map((f) => relative(top, join(here, relative(root, contentDir(root)), f)).split(sep).join('/') + '/');
  const touched = (await git(root, 'log', '--format=', '--name-only', '@{upstream}..HEAD')).split('\n').filter(Boolean);
  if (touched.some((p) => !own.some((o) => p.startsWith(o)))) return '本机待推送的提交里有工作台以外的修改';
  return '';
}

/**
 * Brings in what colleagues pushed (their drafts to review or sign), when the desk opens: only a
 * fast-forward, and only with no changed tracked file, so nothing local is ever merged or touched.
 * Returns what happened, in Chinese ("" when there was nothing to bring in or no remote).
 */
export const catchUp = (root: string): Promise<string> => inTurn(root, () => fastForward(root));

async function fastForward(root: string): Promise<string> {
  const up = await upstreamOf(root);
  if (!up) return '';
  if (!(await quickFetch(root, up.remote))) return `未能从远程仓库 ${up.name} 取回同事的新内容（网络不通或没有权限），显示的是本机已有的内容。`;
  const behind = Number(await git(root, 'rev-list', '--count', 'HEAD..@{upstream}'));
  if (!behind) return '';
  if (!(await tryGit(root, 'merge-base', '--is-ancestor', 'HEAD', '@{upstream}'))) return `远程仓库 ${up.name} 有 ${behind} 个新提交，本机也有尚未推送的保存：下次保存时会一并处理。`;
  if (await git(root, 'status', '--porcelain', '--untracked-files=no')) return `远程仓库 ${up.name} 有 ${behind} 个新提交，但仓库里有未提交的其他修改，未取回：请管理员处理。`;
  if (!(await tryGit(root, 'merge', '--ff-only', '--quiet', '@{upstream}'))) return `未能取回远程仓库 ${up.name} 的 ${behind} 个新提交：请管理员在仓库目录运行 git pull。`;
  return `已从远程仓库 ${up.name} 取回 ${behind} 个新提交（同事保存的内容）。`;
}
