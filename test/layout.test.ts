/** The workspace layout has one owner (packages/content/src/layout.ts): no other file spells its folders out. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/built-sites.ts';

const OWNER = 'packages/content/src/layout.ts';
const files = execFileSync('git', ['ls-files', '*.ts', '*.astro', '*.mjs'], { cwd: root, encoding: 'utf8' }).split('\n').filter((f) => f && f !== OWNER);
const untracked = execFileSync('git', ['ls-files', '--others', '--exclude-standard', '*.ts', '*.astro', '*.mjs'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);

const spellings: [string, RegExp][] = [
  ['the apps folder', /join\([^()]*,\s*['"]apps['"]/],
  ['the content folder', /join\([^()]*,\s*['"]content['"]\s*\)/],
  ['the bundle file', /['"]\.jiyue['"]\s*,\s*['"]site\.json['"]|['"][^'"]*\.jiyue\/site\.json['"]/],
  ['the app package name', /['"`]@jiyue\/app-\$\{/],
];

describe('the workspace layout', () => {
  it.each(spellings)('only layout.ts spells out %s', (_what, pattern) => {
    const found = [...files, ...untracked].filter((f) => pattern.test(readFileSync(join(root, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
