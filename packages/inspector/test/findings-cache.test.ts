/** The per-item findings cache returns what a clean run finds, and its key covers what item rules read. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, rules as orderedRules } from '../src/index.ts';
import { FIXTURE_DATE, FIXTURE_REGISTRY, fixtureConfig, fixtureLibrary, item } from '../src/testing/index.ts';

const items = [
  item({ id: 'cache-0001', body: '联系人手机 13912345678。' }),
  item({ id: 'cache-0002', body: '详见 [链接](https://shop.example.com/a)。' }),
  item({ id: 'cache-0003', body: '<!-- jiyue-disable forbidden/mobile 原因：公开的热线号码 -->\n\n热线 13912345678。' }),
  item({ id: 'cache-0004', date: '2026-12-30 09:00', body: '正文。' }),
];
const rules = orderedRules.filter((r) => !r.id.startsWith('inspection/'));
const sorted = (f: { file: string; line: number; rule: string }[]) => [...f].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));

describe('findings cache', () => {
  it('gives what a run without cache gives, warm or cold, and judges each item once', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'jiyue-findings-'));
    const run = (config = fixtureConfig(), date = FIXTURE_DATE) => checkContent(fixtureLibrary(items).library, { date, config, rules, registryText: FIXTURE_REGISTRY, cacheDir });
    const clean = checkContent(fixtureLibrary(items).library, { date: FIXTURE_DATE, config: fixtureConfig(), rules, registryText: FIXTURE_REGISTRY });
    expect(clean.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['forbidden/mobile', 'forbidden/external-link', 'workflow/future-date']));
    const cold = run();
    const warm = run();
    expect(sorted(cold.findings)).toEqual(sorted(clean.findings));
    expect(sorted(warm.findings)).toEqual(sorted(clean.findings));
    expect(warm.suppressions).toEqual(clean.suppressions);
    expect(readdirSync(cacheDir).length).toBeGreaterThan(0);

    // The rule configuration is part of the key: a host admitted by hosts.yaml is no longer reported.
    const config = fixtureConfig();
    const admitted = run({ ...config, hosts: { ...config.hosts, links: [...config.hosts.links, 'shop.example.com'] } });
    expect(admitted.findings.map((f) => f.rule)).not.toContain('forbidden/external-link');

    // Date rules are never cached: the future-dated item is fine once its day has come.
    expect(run(fixtureConfig(), '2026-12-31').findings.map((f) => f.rule)).not.toContain('workflow/future-date');
  });

  it('every item rule that reads the date says so, and none reads other items', () => {
    const dir = join(import.meta.dirname, '../src/rules');
    for (const rule of orderedRules.filter((r) => r.scope === 'item')) {
      const code = readFileSync(join(dir, rule.id, 'index.ts'), 'utf8');
      expect(code.includes('ctx.date'), rule.id).toBe(Boolean(rule.usesDate));
      expect(/ctx\.(library\.(items|byId)|sourceOf|sources)/.test(code), rule.id).toBe(false);
    }
  });
});
