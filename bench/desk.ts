/**
 * `pnpm bench:desk [--sites N] [--items N] [--seed N]`: what one check of the publisher desk
 * costs on a city's library (default 20 sites, 20,000 items, as `pnpm bench`).
 *
 * Writes the synthetic library into bench/out/desk (generate.ts) and runs desk-check.ts, a desk
 * process checking one item twice (first check, then the same item after an edit), two times:
 * `cold` with no caches at all (the very first check on a machine), `warm` with the parse cache
 * the cold run left (a desk started again). Reports each check's wall and CPU time, the process
 * tree's peak memory (measure.ts) and the machine's load, since the machine is shared. Writes
 * bench/out/desk-results.json.
 */
import { contentDir } from '@jiyue/content';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCity, writeLibrary } from './generate.ts';
import { measure } from './measure.ts';

const benchDir = dirname(fileURLToPath(import.meta.url));
const mainRoot = join(benchDir, '..');
const outDir = join(benchDir, 'out');
const root = join(outDir, 'desk');

const { values: args } = parseArgs({ options: { sites: { type: 'string', default: '20' }, items: { type: 'string', default: '20000' }, seed: { type: 'string', default: '20260101' } } });
const options = { sites: Number(args.sites), items: Number(args.items), seed: Number(args.seed) };
const log = (s: string) => console.log(`[bench:desk ${new Date().toISOString().slice(11, 19)}] ${s}`);
const round = (n: number) => Math.round(n * 100) / 100;
const load = () => loadavg().map(round);

log(`generating ${options.items} items on ${options.sites} sites into ${root}`);
rmSync(root, { recursive: true, force: true });
const city = generateCity(options);
writeLibrary(root, city, mainRoot);
// A news item shown on no other site: what a publisher most often edits.
const item = city.items.find((i) => i.type === 'news' && !i.shownOn && i.site !== 'city')!;
const file = join('content', item.file);
mkdirSync(join(outDir, 'logs'), { recursive: true });

const runs = [];
for (const name of ['cold', 'warm']) {
  if (name === 'cold') rmSync(join(root, '.cache'), { recursive: true, force: true });
  const loadBefore = load();
  const step = await measure('node', [join(benchDir, 'desk-check.ts'), root, file], mainRoot, process.env, join(outDir, 'logs', `desk-${name}.log`));
  const out = JSON.parse(readFileSync(step.log, 'utf8').trim().split('\n').at(-1)!);
  runs.push({ name, loadBefore, loadAfter: load(), processSeconds: step.seconds, processCpuSeconds: step.cpuSeconds, peakTreeMB: step.peakTreeMB, peakProcessMB: step.peakProcessMB, ...out });
  for (const c of out.checks) log(`${name} ${c.name} check: ${c.seconds.toFixed(2)} s wall, ${c.cpuSeconds.toFixed(2)} s CPU, ${Math.round(c.rssMB)} MB resident, ${c.problems} messages`);
  log(`${name}: process ${step.seconds.toFixed(1)} s, peak ${Math.round(step.peakProcessMB ?? step.peakTreeMB)} MB, load ${loadBefore.join(' ')} → ${load().join(' ')}`);
}
const commit = execFileSync('git', ['-C', mainRoot, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const results = { options, commit, item: file, machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGB: round(totalmem() / 2 ** 30) }, contentFiles: city.items.length, runs, libraryDir: contentDir(root) };
writeFileSync(join(outDir, 'desk-results.json'), `${JSON.stringify(results, null, 2)}\n`);
log('wrote bench/out/desk-results.json');
