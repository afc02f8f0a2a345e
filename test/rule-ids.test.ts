/**
 * docs/rules.md is the one reference of every rule id. The inspector's ids come from its rule
 * folders; the library step's from packages/content/src/rules.ts. This test reads the workspace's
 * code and holds that list to what the code really reports, in both directions.
 */
import { FIELD_RULES, LIBRARY_RULES, libraryRuleIds, REQUIRED_FILE_PREFIXES, VALIDATED_FILES } from '@jiyue/content';
import { rules as inspectorRules } from '@jiyue/inspector';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const FAMILIES = ['yaml', 'registry', 'item', 'config', 'synonyms', 'statistics', 'results', 'demo', 'library'];
const family = FAMILIES.join('|');

const sources = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'packages/*/src/**.ts', 'scripts/**.ts'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('/rules.ts'))
  .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));

/** Quoted rule-shaped strings: 'item/unsigned', `yaml/syntax`, and the "rule|消息|建议" form. */
const written = new Map<string, string>();
for (const { file, text } of sources) {
  for (const m of text.matchAll(new RegExp(`['"\`]((?:${family})/[a-z0-9-]+)(?=['"\`|])`, 'g'))) if (!written.has(m[1]!)) written.set(m[1]!, file);
}
const inspectorIds = new Set(inspectorRules.map((r) => r.id));

describe('every rule id', () => {
  it('that the code reports is listed (packages/content/src/rules.ts or an inspector rule folder)', () => {
    const known = libraryRuleIds();
    const unlisted = [...written].filter(([id]) => !known.has(id) && !inspectorIds.has(id)).map(([id, file]) => `${id} (${file})`);
    expect(unlisted).toEqual([]);
  });

  it('that is listed is reported somewhere', () => {
    const unused = LIBRARY_RULES.map((r) => r.id).filter((id) => !written.has(id));
    expect(unused).toEqual([]);
  });

  it('is written out, so this test can see it: no rule id is built from pieces except the field rules', () => {
    const built = sources.flatMap(({ file, text }) =>
      [...text.matchAll(new RegExp(`['"\`](?:${family})/\\$\\{`, 'g'))].map((m) => `${file}: ${text.slice(m.index, m.index + 40)}`),
    );
    expect(built).toEqual([]);
  });

  it('of a field rule is what validate.ts and data-file.ts build, for the prefixes they are called with', () => {
    const text = (file: string) => sources.find((s) => s.file === file)!.text;
    const suffixes = (file: string) => new Set([...text(file).matchAll(/`\$\{rulePrefix\}\/([a-z-]+)`/g)].map((m) => m[1]!));
    expect(suffixes('packages/content/src/validate.ts')).toEqual(new Set(Object.keys(FIELD_RULES)));
    expect(suffixes('packages/content/src/data-file.ts')).toEqual(new Set(['missing']));
    const prefixes = new Set(
      sources.flatMap(({ text }) => [...text.matchAll(/(?:rulePrefix: |validate\([^)]*, )'([a-z]+)'/g)].map((m) => m[1]!)),
    );
    expect(prefixes).toEqual(new Set(Object.keys(VALIDATED_FILES)));
    const missing = new Set(sources.flatMap(({ text }) => [...text.matchAll(/rulePrefix: '([a-z]+)'/g)].map((m) => m[1]!)));
    expect(new Set([...missing, 'registry'])).toEqual(new Set(REQUIRED_FILE_PREFIXES));
  });

  it('is listed once, and no library id is also an inspector rule', () => {
    const ids = LIBRARY_RULES.map((r) => r.id);
    expect(ids.length).toBe(new Set(ids).size);
    expect(ids.filter((id) => inspectorIds.has(id))).toEqual([]);
  });

  it('is in docs/rules.md', () => {
    const doc = readFileSync(join(root, 'docs/rules.md'), 'utf8');
    for (const id of [...LIBRARY_RULES.map((r) => r.id), ...inspectorIds]) expect(doc).toContain(id);
    for (const suffix of Object.keys(FIELD_RULES)) expect(doc).toContain(`…/${suffix}`);
  });
});
