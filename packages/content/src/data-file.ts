import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import type { ContentProblem } from './errors.ts';
import { validate } from './validate.ts';
import { parseYaml } from './yaml-source.ts';

interface DataFileOptions {
  /** First part of the rule ids of its problems, e.g. "inspector" → inspector/required. */
  rulePrefix: string;
  /** Messages name the file relative to this folder (the workspace root). */
  cwd: string;
  /** A missing file is no problem (the data is then undefined). */
  optional?: boolean;
}

/**
 * Loads a YAML or JSON file of the library (JSON is read as YAML, which it is) and checks it
 * against a schema: every problem has the shape of the registry's and the items' —
 * file:line:column, a rule id, a Chinese message and a fix.
 */
export function loadDataFile<T extends z.ZodType>(
  libraryDir: string,
  path: string,
  schema: T,
  { rulePrefix, cwd, optional = false }: DataFileOptions,
): { data?: z.output<T>; problems: ContentProblem[] } {
  const full = join(libraryDir, path);
  const file = relative(cwd, full);
  if (!existsSync(full)) {
    if (optional) return { problems: [] };
    return { problems: [{ rule: `${rulePrefix}/missing`, file, line: 1, column: 1, message: `找不到文件 ${file}`, hint: '从版本库恢复该文件（git checkout -- 文件名），或按 docs/publisher-guide.md 重新创建。' }] };
  }
  const { source, problems } = parseYaml(readFileSync(full, 'utf8'), file);
  return source ? validate(schema, source, rulePrefix) : { problems };
}
