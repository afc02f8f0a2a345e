import { roleName, roles, signoffOf, readFrontmatter } from '@jiyue/publisher';
import { execFileSync } from 'node:child_process';

/** Whether `root` is inside a git work tree (the desk then commits what it saves). */
export function isWorkTree(root: string): boolean {
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', '--is-inside-work-tree'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'true';
  } catch {
    return false;
  }
}

/** The commit message of a saved item, in Chinese: its title and the step of the review it reached. */
export function saveMessage(text: string): string {
  const { doc } = readFrontmatter(text);
  const signoff = signoffOf(doc);
  const last = [...roles].reverse().find((r) => signoff[r]);
  const step = !last ? '草稿' : last === 'approver' ? `${roleName[last]} ${signoff[last]}，三审完成` : `${roleName[last]} ${signoff[last]} 签字`;
  return `发布工作台：${String(doc.get('title') ?? doc.get('id') ?? '')}（${step}）`;
}

/**
 * Commits exactly these paths (added, changed or removed) with `message`, leaving anything else
 * the publisher has staged or changed alone. The repository stays the only store: each save is
 * one commit, as Decap's own local git mode does; push.ts then sends it to the remote.
 */
export function commitPaths(root: string, paths: string[], message: string): void {
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  git('add', '-A', '--', ...paths);
  if (!git('diff', '--cached', '--name-only', '--', ...paths).toString().trim()) return; // nothing changed
  git('commit', '-q', '-m', message, '--', ...paths);
}
