import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/content-check.ts';
import { MEASURED_FILE, readMeasured, type Measured } from '../src/measured.ts';
import { orderedRules } from '../src/rules/index.ts';
import { FIXTURE_DATE, FIXTURE_REGISTRY, fileOf, fixtureConfig, fixtureLibrary, item, runFixture, type RuleFixtures } from '../src/testing/index.ts';
import type { Finding } from '../src/types.ts';
import { planted } from './corpus/defects.ts';

/**
 * Precision and recall, measured. The clean corpus is realistic government text (news, notice,
 * policy, interpretation, guide, message, response, overview) with policy numbers, dates, index
 * numbers, office phones and hotlines: no rule may fire on it. Each planted defect is a sentence
 * added as a paragraph to a clean document; it is caught when its rule reports that line.
 * Structural rules are measured on their fixtures (not-ok = planted, ok = clean).
 */
const cleanDir = new URL('./corpus/clean/', import.meta.url).pathname;
const clean = readdirSync(cleanDir).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(cleanDir, f), 'utf8'));

const CONTENT_SCOPES = new Set(['item', 'library', 'suppressions']);
/** Rules measured on text: all content rules except those about whole sites (inspection, registry). */
const textRules = orderedRules.filter((r) => CONTENT_SCOPES.has(r.scope) && !r.id.startsWith('inspection/') && !r.id.startsWith('registry/'));

function run(items: string[]): Finding[] {
  const { library } = fixtureLibrary(items);
  return checkContent(library, { date: FIXTURE_DATE, config: fixtureConfig(), rules: textRules, registryText: FIXTURE_REGISTRY }).findings;
}

interface Score { planted: number; caught: number; falsePositives: number; seedFalseAlarms: number }
const scores = new Map<string, Score>();
const score = (rule: string) => {
  let s = scores.get(rule);
  if (!s) scores.set(rule, (s = { planted: 0, caught: 0, falsePositives: 0, seedFalseAlarms: 0 }));
  return s;
};

/**
 * The real regulations of shared/seeds (beside the repository, or JIYUE_SEEDS): two carry spam
 * injected into the real pages (an advert with a mobile number, a gambling line); any other
 * finding is a false alarm.
 */
const seedsDir = process.env.JIYUE_SEEDS ? `${process.env.JIYUE_SEEDS.replace(/\/$/, '')}/` : new URL('../../../../shared/seeds/', import.meta.url).pathname;
const INJECTED = new Set(['002 forbidden/advertising', '002 forbidden/mobile', '004 forbidden/gambling']);
const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(seedsDir + f, 'utf8').replace(/^---/gm, '——') })) : [];

describe('clean corpus', () => {
  it(`has several thousand characters of realistic text (${clean.join('').length} characters)`, () => {
    expect(clean.join('').length).toBeGreaterThan(5000);
  });
  it('gives no finding at all', () => {
    const found = run(clean);
    for (const f of found) score(f.rule).falsePositives++;
    expect(found.map((f) => `${f.file}:${f.line}:${f.column} [${f.rule}] ${f.message}`)).toEqual([]);
  });
});

describe.skipIf(!seeds.length)('real regulations (shared/seeds)', () => {
  it('give no finding but the injected spam', () => {
    const wrong: string[] = [];
    for (const seed of seeds) {
      const { library } = fixtureLibrary([item({ id: `seed-${seed.name.slice(0, 3)}`, body: seed.text })]);
      const found = checkContent(library, { date: FIXTURE_DATE, config: fixtureConfig(), rules: textRules.filter((r) => r.scope === 'item' && !r.id.startsWith('workflow/') && !r.id.startsWith('inspector/')), registryText: FIXTURE_REGISTRY }).findings;
      for (const f of found) {
        const key = `${seed.name.slice(0, 3)} ${f.rule}`;
        if (INJECTED.has(key)) continue;
        score(f.rule).seedFalseAlarms++;
        wrong.push(`${key} ${f.line}:${f.column} ${f.message}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('planted defects', () => {
  it('at least three per text rule', () => {
    const textIds = ['forbidden/id-card', 'forbidden/mobile', 'forbidden/bank-card', 'forbidden/personal-email', 'forbidden/home-address', 'forbidden/advertising', 'forbidden/gambling', 'forbidden/external-link', 'forbidden/classified', 'language/traditional', 'language/serious-typo', 'language/confusion'];
    for (const id of textIds) expect(planted.filter((p) => p.rule === id).length, id).toBeGreaterThanOrEqual(3);
  });
  it.each(planted.map((p, i) => [p.rule, p.text.slice(0, 24), i] as const))('%s: %s…', (_rule, _text, i) => {
    const p = planted[i]!;
    const hostIndex = i % clean.length;
    const host = clean[hostIndex]!;
    const doc = `${host.trimEnd()}\n\n${p.text}\n`;
    const line = host.trimEnd().split('\n').length + 2;
    const found = run(clean.map((c, k) => (k === hostIndex ? doc : c)));
    const expected = new Set([p.rule, ...(p.also ?? [])]);
    score(p.rule).planted++;
    const hostFile = fileOf(doc);
    const onLine = (f: Finding) => f.file === hostFile && f.line === line;
    if (found.some((f) => f.rule === p.rule && onLine(f))) score(p.rule).caught++;
    for (const r of p.also ?? []) {
      score(r).planted++;
      if (found.some((f) => f.rule === r && onLine(f))) score(r).caught++;
    }
    const wrong = found.filter((f) => !(expected.has(f.rule) && onLine(f)));
    for (const f of wrong) score(f.rule).falsePositives++;
    expect(found.filter((f) => f.rule === p.rule && onLine(f)).length, `${p.rule} not caught`).toBeGreaterThan(0);
    expect(wrong.map((f) => `${f.line}:${f.column} [${f.rule}] ${f.message}`)).toEqual([]);
  });
});

describe('structural rules on their fixtures', () => {
  const structural = orderedRules.filter((r) => !textRules.includes(r) || r.id.startsWith('workflow/') || r.id.startsWith('crossref/') || r.id.startsWith('inspector/'));
  it.each(structural.map((r) => [r.id, r] as const))('%s', async (_id, rule) => {
    const { fixtures } = (await import(/* @vite-ignore */ new URL(`../src/rules/${rule.id}/fixtures.ts`, import.meta.url).pathname)) as { fixtures: RuleFixtures };
    const s = score(rule.id);
    for (const f of fixtures.notOk) {
      s.planted++;
      if (runFixture(rule, f).length > 0) s.caught++;
    }
    for (const f of fixtures.ok) s.falsePositives += runFixture(rule, f).length;
    expect(s.caught).toBe(s.planted);
  });
});

describe('precision and recall', () => {
  it('prints the table, and every rule is at 100% on this corpus', () => {
    const rows = orderedRules.map((r) => {
      const s = scores.get(r.id) ?? { planted: 0, caught: 0, falsePositives: 0 };
      const precision = s.caught + s.falsePositives ? s.caught / (s.caught + s.falsePositives) : 1;
      const recall = s.planted ? s.caught / s.planted : 1;
      return { rule: r.id, planted: s.planted, caught: s.caught, falsePositives: s.falsePositives, precision: `${(precision * 100).toFixed(1)}%`, recall: `${(recall * 100).toFixed(1)}%` };
    });
    console.log('\nPrecision and recall per rule (clean corpus + planted defects; structural rules on their fixtures):');
    console.table(rows);
    for (const row of rows) {
      expect(row.planted, row.rule).toBeGreaterThanOrEqual(3);
      expect(row.recall, row.rule).toBe('100.0%');
      expect(row.precision, row.rule).toBe('100.0%');
    }
  });

  it('are those published in docs/rules.md (measured.json), and never worse', () => {
    const baseline = readMeasured();
    const current: Measured = {
      cleanChars: clean.join('').length,
      seedChars: seeds.length ? seeds.reduce((n, s) => n + s.text.length, 0) : (baseline?.seedChars ?? 0),
      rules: Object.fromEntries(orderedRules.map((r) => {
        const s = score(r.id);
        // Without shared/seeds here, the seeds' column keeps its last measured value.
        return [r.id, { planted: s.planted, caught: s.caught, falseAlarms: s.falsePositives, seedFalseAlarms: seeds.length ? s.seedFalseAlarms : (baseline?.rules[r.id]?.seedFalseAlarms ?? 0) }];
      })),
    };
    const worse = Object.entries(current.rules).flatMap(([id, c]) => {
      const b = baseline?.rules[id];
      if (!b) return [];
      const out: string[] = [];
      if (c.caught * b.planted < b.caught * c.planted) out.push(`${id}: recall ${c.caught}/${c.planted}, was ${b.caught}/${b.planted}`);
      if (c.falseAlarms > b.falseAlarms) out.push(`${id}: ${c.falseAlarms} false alarms, was ${b.falseAlarms}`);
      if (c.seedFalseAlarms > b.seedFalseAlarms) out.push(`${id}: ${c.seedFalseAlarms} false alarms on the seeds, was ${b.seedFalseAlarms}`);
      return out;
    });
    expect(worse, 'detection got worse').toEqual([]);
    if (process.env.JIYUE_UPDATE_MEASURED === '1') writeFileSync(MEASURED_FILE, `${JSON.stringify(current, null, 2)}\n`);
    else expect(current, 'measured.json is out of date: JIYUE_UPDATE_MEASURED=1 on this test, then pnpm --filter @jiyue/inspector docs').toEqual(baseline);
  });
});
