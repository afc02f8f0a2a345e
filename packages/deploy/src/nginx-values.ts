import { isHostname, isUrlPath } from '@jiyue/content';
import { isIP } from 'node:net';

/**
 * The nginx writer's own guard: every value from the registry, the items or the command line is
 * checked against the grammar of its kind before it is written, and strings are written quoted.
 * The library step already refuses bad values with a Chinese message at the file and line; this
 * second check keeps a value that got here another way (a hand-made bundle, a flag) out of the
 * configuration. nginx has no escape for `$` in a string, so a value is refused, never "fixed".
 */
export class ConfigValueError extends Error {
  constructor(field: string, value: string, expected: string) {
    super(`nginx 配置拒绝写入 ${field} 的值 ${JSON.stringify(value)}：应为${expected}。请先修正登记表或条目（pnpm compile 会指出文件和行号）。`);
  }
}

export function hostname(field: string, value: string): string {
  if (!isHostname(value)) throw new ConfigValueError(field, value, '小写英文域名（字母、数字、连字符和点）');
  return value;
}

/** A request path (and query) as nginx compares it with $request_uri. */
export function urlPath(field: string, value: string): string {
  if (!isUrlPath(value)) throw new ConfigValueError(field, value, '以 / 开头、不含空格、引号、$、;、{、} 的网址路径');
  return value;
}

/** An absolute https URL on a host of the grammar, with a path of the grammar. */
export function httpsUrl(field: string, value: string): string {
  const m = /^https:\/\/([^/:]+)(:\d{1,5})?(\/.*)$/.exec(value);
  if (!m) throw new ConfigValueError(field, value, 'https:// 开头的完整网址');
  hostname(field, m[1]!);
  urlPath(field, m[3]!);
  return value;
}

/** A file-system path (certificates, web roots, logs): no space, quote, `$`, `;` or brace. */
export function filePath(field: string, value: string): string {
  if (!/^[A-Za-z0-9._/@+=,:-]+$/.test(value)) throw new ConfigValueError(field, value, '只含字母、数字和 ._/@+=,:- 的文件路径');
  return value;
}

export function port(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new ConfigValueError(field, String(value), '1–65535 之间的端口号');
  return value;
}

/** A listen address: an IPv4 or IPv6 literal (IPv6 written in brackets). */
export function address(field: string, value: string): string {
  const bare = value.replace(/^\[(.*)\]$/, '$1');
  if (!isIP(bare)) throw new ConfigValueError(field, value, 'IPv4 或 IPv6 地址');
  return isIP(bare) === 6 ? `[${bare}]` : bare;
}

/** A contact e-mail address for security.txt. */
export function email(field: string, value: string): string {
  const [local, host, ...rest] = value.split('@');
  if (rest.length || !local || !/^[A-Za-z0-9._%+-]+$/.test(local) || !isHostname(host ?? '')) throw new ConfigValueError(field, value, '电子邮箱地址');
  return value;
}

/**
 * A double-quoted nginx string; several lines are joined with nginx's `\n` escape. Backslash and
 * quote are escaped; `$` and control characters are refused.
 */
export function quoted(field: string, value: string | string[]): string {
  const lines = typeof value === 'string' ? [value] : value;
  for (const line of lines) if (/[$\u0000-\u001f\u007f]/.test(line)) throw new ConfigValueError(field, line, '不含 $ 和控制字符的文本');
  const body = lines.map((l) => l.replace(/[\\"]/g, '\\$&')).join('\\n');
  return `"${body}${typeof value === 'string' ? '' : '\\n'}"`;
}

/** A one-line comment: names are free text, so line breaks and control characters are dropped. */
export function comment(text: string): string {
  return `# ${text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')}`;
}
