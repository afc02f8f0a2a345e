import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orderedRules } from '../src/rules/index.ts';
import { runFixture, type RuleFixtures } from '../src/testing/index.ts';

const rulesDir = new URL('../src/rules/', import.meta.url).pathname;

/** Every rule folder: src/rules/<category>/<name>/index.ts. */
const folders = readdirSync(rulesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(rulesDir, d.name), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${d.name}/${e.name}`))
  .sort();

const fixturesOf = new Map<string, RuleFixtures>();
for (const rule of orderedRules) {
  const path = join(rulesDir, rule.id, 'fixtures.ts');
  fixturesOf.set(rule.id, ((await import(/* @vite-ignore */ path)) as { fixtures: RuleFixtures }).fixtures);
}

describe('rule folders', () => {
  it('every folder is a registered rule and every rule has a folder', () => {
    expect(folders).toEqual(orderedRules.map((r) => r.id).sort());
  });
  it.each(folders)('%s has index.ts, README.md in Chinese and English, and fixtures', (id) => {
    for (const f of ['index.ts', 'README.md', 'fixtures.ts']) expect(existsSync(join(rulesDir, id, f)), `${id}/${f}`).toBe(true);
    const readme = readFileSync(join(rulesDir, id, 'README.md'), 'utf8');
    expect(readme.startsWith(`# ${id}\n`)).toBe(true);
    expect(readme).toMatch(/## 说明/);
    expect(readme).toMatch(/## Description/);
    const fx = fixturesOf.get(id)!;
    expect(fx.ok.length).toBeGreaterThanOrEqual(3);
    expect(fx.notOk.length).toBeGreaterThanOrEqual(3);
  });
});

for (const rule of orderedRules) {
  const fx = fixturesOf.get(rule.id)!;
  describe(rule.id, () => {
    it.each(fx.ok.map((f) => [f.name, f] as const))('ok: %s', (_, fixture) => {
      const found = runFixture(rule, fixture);
      expect(found.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([]);
    });
    it.each(fx.notOk.map((f) => [f.name, f] as const))('not ok: %s', (_, fixture) => {
      const found = runFixture(rule, fixture);
      const shown = found.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message}`);
      if (fixture.expect?.count !== undefined) expect(shown).toHaveLength(fixture.expect.count);
      else expect(found.length, shown.join('\n')).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.message).toMatch(/\p{Script=Han}/u);
        expect(f.hint).toMatch(/\p{Script=Han}/u);
        expect(f.line).toBeGreaterThan(0);
        expect(f.column).toBeGreaterThan(0);
      }
      if (fixture.expect?.severity) expect(found[0]!.severity).toBe(fixture.expect.severity);
      if (fixture.expect?.at) expect(found.map((f) => [f.line, f.column])).toEqual(fixture.expect.at);
    });
  });
}
