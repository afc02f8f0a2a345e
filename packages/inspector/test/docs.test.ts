import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderRulesDoc } from '../src/docs.ts';
import { orderedRules } from '../src/rules/index.ts';

const doc = new URL('../../../docs/rules.md', import.meta.url).pathname;

it('docs/rules.md is generated from the rule folders and up to date (pnpm --filter @jiyue/inspector docs)', () => {
  expect(readFileSync(doc, 'utf8')).toBe(renderRulesDoc());
});

it('documents every rule', () => {
  const text = renderRulesDoc();
  for (const r of orderedRules) expect(text).toContain(`### ${r.id}\n`);
});
