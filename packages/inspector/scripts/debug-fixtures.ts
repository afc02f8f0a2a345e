// Prints, for each fixture that does not behave, what the rule found (a helper while writing fixtures).
import { join } from 'node:path';
import { orderedRules } from '../src/rules/index.ts';
import { runFixture, type RuleFixtures } from '../src/testing/index.ts';

const only = process.argv[2];
for (const rule of orderedRules) {
  if (only && !rule.id.startsWith(only)) continue;
  const { fixtures } = (await import(join(import.meta.dirname, '../src/rules', rule.id, 'fixtures.ts'))) as { fixtures: RuleFixtures };
  for (const [kind, list] of [['ok', fixtures.ok], ['notOk', fixtures.notOk]] as const) {
    for (const f of list) {
      const found = runFixture(rule, f);
      const bad = kind === 'ok' ? found.length > 0 : (f.expect?.count !== undefined ? found.length !== f.expect.count : found.length === 0) || (f.expect?.at && JSON.stringify(found.map((x) => [x.line, x.column])) !== JSON.stringify(f.expect.at));
      if (bad) console.log(`${rule.id} ${kind} “${f.name}” expect ${JSON.stringify(f.expect ?? {})}:\n${found.map((x) => `   ${x.line}:${x.column} ${x.severity} ${x.message}`).join('\n') || '   (nothing)'}`);
    }
  }
}
