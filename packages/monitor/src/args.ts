/**
 * The part every monitor command shares: `--help` answers with the Chinese usage, and a wrong
 * argument is a Chinese message with the usage and exit code 2, never a stack trace.
 * Returns the parsed values, or the exit code when the command is done.
 */
export function readArgs<T extends { help?: boolean }>(parse: () => { values: T }, usage: string): T | number {
  let values: T;
  try {
    ({ values } = parse());
  } catch (e) {
    console.error(`参数有误：${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  return values;
}
