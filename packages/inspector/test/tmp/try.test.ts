import { it } from 'vitest';
import { rules } from '../../src/rules/index.ts';
import { item, runFixture } from '../../src/testing/index.ts';
const lines = (process.env.TRY ?? '').split('\n').filter(Boolean);
it('try', () => {
  for (const l of lines) {
    const found = rules.filter(r => r.scope === 'item').flatMap((r) => runFixture(r, { name: 'x', items: [item({ body: l.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))) })] }));
    console.log(l.slice(0, 50), '=>', found.map((f) => `${f.rule}@${f.line}:${f.column} ${f.message}`).join(' | ') || '—');
  }
});
