import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';

/**
 * Whether a path named in the library (an attachment, a form, a body link, a logo) is a regular
 * file inside the library (`ok`), is not there (`missing`), or, in Chinese, why it may not be
 * published. Only regular files inside the library ever reach a site: a symlink (to /etc/passwd,
 * to another repository) or a `..` path would publish whatever it points at.
 */
export function libraryFile(libraryDir: string, relPath: string): 'ok' | 'missing' | { outside: string } {
  if (isAbsolute(relPath) || relPath.includes('\\') || relPath.split('/').some((s) => s === '..' || s === '.' || s === '')) {
    return { outside: `路径 ${relPath} 含有“..”“.”、空段、反斜杠或是绝对路径，不能指向内容库以外的位置` };
  }
  const root = realpathSync(libraryDir);
  const path = join(root, relPath);
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return 'missing';
  }
  if (stat.isSymbolicLink()) return { outside: `${relPath} 是符号链接，不是内容库中的文件` };
  if (!stat.isFile()) return { outside: `${relPath} 不是普通文件` };
  // A symlinked folder on the way (files/x -> /etc) would lead outside the library.
  const real = realpathSync(path);
  if (real !== resolve(path) || !real.startsWith(root + sep)) return { outside: `${relPath} 经过符号链接目录，实际位置在内容库以外` };
  return 'ok';
}
