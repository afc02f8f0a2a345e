import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Registry, Site } from '@jiyue/content';

/**
 * What every publisher command shares: `--help` in Chinese, Chinese messages for a mistyped
 * flag, and no stack trace ever (the people who run these are not developers).
 */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Chinese words for node:util parseArgs' errors (their own messages are English). */
function explain(error: Error & { code?: string }): string {
  const flag = /'(-[^'\s]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': return `不认识的参数 ${flag}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': return `参数 ${flag} 的值不对（缺少值，或不需要值）`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': return `多余的参数 ${/'([^']*)'/.exec(error.message)?.[1] ?? ''}`;
    default: return error.message;
  }
}

/**
 * Parses a command's arguments; `--help`/`-h` prints the usage. Returns undefined when the
 * command should end there (help shown, or a wrong flag explained with the usage).
 */
export function parseCommand<O extends Options>(usage: string, argv: string[], options: O, allowPositionals = false) {
  try {
    const parsed = parseArgs({ args: argv, allowPositionals, options: { ...options, help: { type: 'boolean', short: 'h' } } });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(usage);
      return undefined;
    }
    return parsed;
  } catch (error) {
    console.error(`错误：${explain(error as Error)}\n\n${usage}`);
    process.exitCode = 2;
    return undefined;
  }
}

/** The site of that id, or a UsageError listing every valid id with its name. */
export function siteById(registry: Registry, id: string | undefined): Site {
  const site = registry.sites.find((s) => s.id === id);
  if (site) return site;
  const choices = registry.sites.map((s) => `  ${s.id}（${s.name}）`).join('\n');
  throw new UsageError(`${id ? `没有编号为“${id}”的网站` : '缺少 --site'}。可选网站：\n${choices}`);
}

/**
 * Runs a command's body: any error ends as one Chinese line (exit 1), never a stack trace;
 * Ctrl-C at a prompt ends quietly.
 */
export async function run(body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if ((error as Error).name === 'ExitPromptError') return 130;
    console.error(`错误：${(error as Error).message}`);
    return error instanceof UsageError ? 2 : 1;
  }
}
