import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';

/**
 * Why a path named in the library (an attachment, a form, a logo) may not be published, in
 * Chinese, or undefined when it is a regular file inside the library. Only such files ever reach a
 * site: a symlink (to /etc/passwd, to another repository) or a `..` path would publish whatever
 * it points at.
 */
export function libraryFileProblem(libraryDir: string, relPath: string): string | undefined {
  if (isAbsolute(relPath) || relPath.includes('\\') || relPath.split('/').some((s) => s === '..' || s === '.' || s === '')) {
    return `路径 ${relPath} 含有“..”“.”、空段、反斜杠或是绝对路径，不能指向内容库以外的位置`;
  }
  const root = realpathSync(libraryDir);
  const path = join(root, relPath);
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return undefined; // a missing file has its own, clearer message where it is referenced
  }
  if (stat.isSymbolicLink()) return `${relPath} 是符号链接，不是内容库中的文件`;
  if (!stat.isFile()) return `${relPath} 不是普通文件`;
  // A symlinked folder on the way (files/x -> /etc) would lead outside the library.
  const real = realpathSync(path);
  if (real !== resolve(path) || !real.startsWith(root + sep)) return `${relPath} 经过符号链接目录，实际位置在内容库以外`;
  return undefined;
}
