/** Scratch profiler (not committed): the library step alone at 20k items. */
import { mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { appDir } from '@jiyue/content';
import { generateCity, writeLibrary } from './generate.ts';
import { compileLibrary } from '../scripts/compile.ts';
const root = '/work/prof/city';
const items = Number(process.argv[2] ?? 20000);
if (!existsSync(join(root, 'content'))) {
  const city = generateCity({ sites: 20, items, seed: 1 });
  writeLibrary(root, city, '/work/main');
  for (const s of city.sites) { mkdirSync(appDir(root, s.id), { recursive: true }); writeFileSync(join(appDir(root, s.id), 'package.json'), '{}'); }
}
if (process.argv[3] === 'cold') rmSync(join(root, '.cache'), { recursive: true, force: true });
const t0 = performance.now(); const c0 = process.cpuUsage();
const step = compileLibrary(root);
const cpu = process.cpuUsage(c0);
console.log(`ok=${step.compiled.ok} problems=${step.compiled.problems.length} ${JSON.stringify(step.compiled.stats)} wall=${((performance.now() - t0) / 1000).toFixed(2)}s cpu=${((cpu.user + cpu.system) / 1e6).toFixed(2)}s written=${step.compiled.written.length}`);
if (!step.compiled.ok) console.log(step.compiled.problems.slice(0, 3));
