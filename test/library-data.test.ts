/**
 * Every file under content/ that people edit is checked by the library step (pnpm compile) before
 * any bundle is written, and a mistake in any of them is reported like an item's: the file, line
 * and column, a stable rule id, a Chinese message and a fix.
 */
import { appSites, bundleFile } from '@jiyue/content';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLibrary } from '../scripts/compile.ts';
import { scratchLibraries } from './helpers/scratch-library.ts';

const workspace = scratchLibraries('jiyue-library-data-');

const edit = (work: string, file: string, change: (text: string) => string) => {
  const path = join(work, file);
  writeFileSync(path, change(existsSync(path) ? readFileSync(path, 'utf8') : ''));
};

interface Planted {
  file: string;
  change: (text: string) => string;
  rule: string;
  /** The line of the mistake in the edited file. */
  line: (text: string) => number;
}

const lineOf = (needle: string) => (text: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const planted: Planted[] = [
  {
    file: 'content/inspector/inspection.yaml',
    change: (t) => t.replace(/^homepageDays: 14$/m, 'homepageDays: 十四'),
    rule: 'config/type',
    line: lineOf('homepageDays: 十四'),
  },
  {
    file: 'content/inspector/hosts.yaml',
    change: (t) => t.replace(/^links:$/m, 'link:'),
    rule: 'config/unknown-field',
    line: lineOf('link:'),
  },
  {
    file: 'content/inspector/language.yaml',
    change: (t) => t.replace('{ wrong: 中国共产觉, right: 中国共产党 }', '{ wrong: 中国共产觉 }'),
    rule: 'config/required',
    line: lineOf('{ wrong: 中国共产觉 }'),
  },
  {
    file: 'content/inspector/forbidden.yaml',
    change: (t) => t.replace(/^advertising:$/m, 'advertising: [oops'),
    rule: 'yaml/syntax',
    line: lineOf('advertising: [oops'),
  },
  {
    file: 'content/search/synonyms.yaml',
    change: (t) => `${t}\n养老服务补贴: [养老补贴, 养老 补贴]\n`,
    rule: 'synonyms/word',
    line: lineOf('养老服务补贴: [养老补贴, 养老 补贴]'),
  },
  {
    file: 'content/statistics/visits.json',
    change: () => '{\n  "2024": {\n    "city": { "pageViews": -1, "uniqueVisitors": 3 }\n  }\n}\n',
    rule: 'statistics/too-small',
    line: () => 3,
  },
  {
    file: 'content/inspection/results.json',
    change: (t) => t.replace('"verdict": "合格"', '"verdict": "通过"'),
    rule: 'results/enum',
    line: lineOf('"verdict": "通过"'),
  },
];

describe('the library step checks every file people edit', () => {
  it.each(planted)('$file: a planted mistake stops the step at its line, with a rule and a Chinese fix', ({ file, change, rule, line }) => {
    const work = workspace(file.replace(/\W+/g, '-'));
    mkdirSync(join(work, file, '..'), { recursive: true });
    edit(work, file, change);
    const { compiled } = compileLibrary(work);
    expect(compiled.ok).toBe(false);
    const problem = compiled.problems.find((p) => p.file === file);
    expect(problem, JSON.stringify(compiled.problems, null, 1)).toMatchObject({ rule, line: line(readFileSync(join(work, file), 'utf8')) });
    expect(problem!.column).toBeGreaterThanOrEqual(1);
    expect(problem!.message).toMatch(/\p{Script=Han}/u);
    expect(problem!.hint).toMatch(/\p{Script=Han}/u);
    // Nothing is written: no site gets a bundle from a library with a mistake.
    expect(appSites(work).filter((site) => existsSync(bundleFile(work, site)))).toEqual([]);
  });

  it('reports them together with a mistake of the registry', () => {
    const work = workspace('with-registry');
    edit(work, 'content/sites.yaml', (t) => t.replace(/^(\s+)theme: red$/m, '$1theme: purple'));
    edit(work, 'content/inspector/inspection.yaml', (t) => t.replace(/^homepageDays: 14$/m, 'homepageDays: 0'));
    const rules = compileLibrary(work).compiled.problems.map((p) => `${p.file} ${p.rule}`);
    expect(rules).toEqual(expect.arrayContaining(['content/sites.yaml registry/enum', 'content/inspector/inspection.yaml config/too-small']));
  });

  it('the unchanged library passes', () => {
    const work = workspace('unchanged');
    const { compiled } = compileLibrary(work);
    expect(compiled.problems).toEqual([]);
    expect(appSites(work).every((site) => existsSync(bundleFile(work, site)))).toBe(true);
  });
});
