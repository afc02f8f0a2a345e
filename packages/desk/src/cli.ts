import { contentDir, findRoot, loadRegistry } from '@jiyue/content';
import { parseCommand, run, UsageError } from '@jiyue/publisher';
import { ensureBundle } from './bundle.ts';
import { isWorkTree } from './git.ts';
import { pushPlan } from './push.ts';
import { DESK_HOSTS, listen } from './server.ts';

export const usage = `用法：pnpm desk [--port <端口>]

在浏览器里写稿、检查、三审签字的发布工作台（Decap CMS，中文界面）。只监听本机地址
${DESK_HOSTS.join(' 和 ')}，其他电脑无法访问；所有内容直接保存在仓库的 content/ 目录中。
在 git 仓库中运行时，每次保存都会把所保存的文件提交到版本库（一次保存一个提交），并推送到
当前分支的远程仓库（上游分支）；未配置远程仓库时只保存在本机。推送被拒绝时不会强制推送，
本机的提交保留，工作台左下角的状态栏说明原因和处理办法。
启动后用浏览器打开显示的地址。按 Ctrl-C 停止。

  --port     端口，默认 4800
  --root     仓库目录，默认当前目录
  --no-git   只保存文件，不提交到版本库
  --no-push  只提交到本机的版本库，不推送
  --help     显示本说明`;

/** pnpm desk: the publisher desk on the loopback addresses. */
export async function deskMain(argv = process.argv.slice(2)): Promise<number> {
  const parsed = parseCommand(usage, argv, { port: { type: 'string', default: '4800' }, root: { type: 'string' }, 'no-git': { type: 'boolean', default: false }, 'no-push': { type: 'boolean', default: false } });
  if (!parsed) return Number(process.exitCode ?? 0);
  const { values } = parsed;
  return run(async () => {
    const root = values.root ?? findRoot();
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port 应为 1–65535 之间的整数，而不是“${values.port}”`);
    if (!loadRegistry(contentDir(root), root).registry) throw new Error('找不到网站登记表 content/sites.yaml：请在仓库目录下运行，或用 --root 指定仓库目录。');
    console.log('正在准备工作台（第一次约需 10 秒）……');
    const bundle = await ensureBundle(root);
    const commit = !values['no-git'] && isWorkTree(root);
    try {
      await listen({ root, bundle, commit, push: !values['no-push'] }, port);
    } catch (error) {
      if ((error as { code?: string }).code === 'EADDRINUSE') throw new UsageError(`端口 ${port} 已被占用：换一个端口，例如 pnpm desk --port ${port + 1}`);
      throw error;
    }
    const plan = await pushPlan(root, commit);
    const saving = !commit ? plan.message : values['no-push'] ? '每次保存都会提交到版本库，但不推送（--no-push）。' : plan.message;
    console.log(`发布工作台已启动（只在本机可访问）：\n  http://127.0.0.1:${port}/\n  http://[::1]:${port}/\n${saving}\n按 Ctrl-C 停止。`);
    await new Promise(() => {}); // serve until stopped
    return 0;
  });
}
