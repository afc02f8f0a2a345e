// Writes docs/rules.md from the rule folders: pnpm --filter @jiyue/inspector docs
import { writeFileSync } from 'node:fs';
import { renderRulesDoc } from '../src/docs.ts';

const target = new URL('../../../docs/rules.md', import.meta.url).pathname;
writeFileSync(target, renderRulesDoc());
console.log(`已生成 ${target}`);
