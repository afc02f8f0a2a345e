import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/content-check.ts';
import { orderedRules } from '../src/rules/index.ts';
import { FIXTURE_DATE, FIXTURE_REGISTRY, fixtureConfig, fixtureLibrary, item } from '../src/testing/index.ts';

/**
 * The five real regulations in shared/seeds (some 30,000 characters of government prose) are the
 * hardest clean text we have; two of them carry spam that was injected into the real pages
 * (a web-design advert with a mobile number, a gambling line). The text rules must find exactly
 * those and nothing else. Skipped when shared/ is not beside the repository.
 */
// Beside the repository (../shared/seeds), or where JIYUE_SEEDS points (a worktree sits deeper).
const seedsDir = process.env.JIYUE_SEEDS ? `${process.env.JIYUE_SEEDS.replace(/\/$/, '')}/` : new URL('../../../../shared/seeds/', import.meta.url).pathname;
const textRules = orderedRules.filter((r) => r.scope === 'item' && !r.id.startsWith('workflow/') && !r.id.startsWith('inspector/'));

describe.skipIf(!existsSync(seedsDir))('real regulations (shared/seeds)', () => {
  const files = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort() : [];
  const found = files.map((f) => {
    const text = readFileSync(seedsDir + f, 'utf8').replace(/^---/gm, '——');
    const { library } = fixtureLibrary([item({ id: `seed-${f.slice(0, 3)}`, body: text })]);
    const findings = checkContent(library, { date: FIXTURE_DATE, config: fixtureConfig(), rules: textRules, registryText: FIXTURE_REGISTRY }).findings;
    return { file: f, chars: text.length, findings: findings.map((x) => `${x.rule} ${x.message}`) };
  });

  it('find the injected advert and gambling line, and nothing else', () => {
    const spam = found.flatMap((s) => s.findings.map((x) => `${s.file.slice(0, 3)} ${x.split(' ')[0]}`));
    console.log(`\nText rules on ${found.reduce((n, s) => n + s.chars, 0)} characters of real regulations:`);
    console.table(found.map((s) => ({ file: s.file, chars: s.chars, findings: s.findings.join(' | ') || '—' })));
    expect(spam.sort()).toEqual(['002 forbidden/advertising', '002 forbidden/mobile', '004 forbidden/gambling']);
  });
});
