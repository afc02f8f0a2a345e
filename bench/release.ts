/**
 * `node bench/release.ts [--sites N] [--items N] [--seed N] [--concurrency N] [--reuse]`
 *
 * Releases in proportion to the change (issue 16): builds the synthetic city of bench/generate.ts
 * (default 20 sites, 20,000 items) in bench/out/release-city with the real pipeline, then measures
 * - a plain full copy of every site's dist/ (what a release did before: cpSync),
 * - a first release (packages/deploy release(): hash, copy, fsync, verify, manifest, switch),
 * - the inspector's built-page check that `pnpm release` runs first,
 * - a one-item edit, rebuilt, then released: bytes written anew versus linked to the first release,
 *   and the disk both releases take together.
 * Prints a table and writes bench/out/release-results.json. --reuse keeps an earlier build.
 */
import { appSites, appsDir, distDir } from '@jiyue/content';
import { checkBuiltPages, release, type ReleaseResult } from '@jiyue/deploy';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCity, itemMarkdown, writeLibrary } from './generate.ts';
import { installWorkspace, writeWorkspace } from './workspace.ts';

const benchDir = dirname(fileURLToPath(import.meta.url));
const mainRoot = join(benchDir, '..');
const outDir = join(benchDir, 'out');
const root = join(outDir, 'release-city');
const srv = join(outDir, 'release-srv');

const { values: args } = parseArgs({
  options: {
    sites: { type: 'string', default: '20' }, items: { type: 'string', default: '20000' }, seed: { type: 'string', default: '20260101' },
    concurrency: { type: 'string', default: '2' }, reuse: { type: 'boolean', default: false },
  },
});
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: [join(root, 'node_modules/.bin'), join(mainRoot, 'node_modules/.bin'), process.env.PATH].join(delimiter),
  TURBO_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1',
};
const log = (s: string) => console.log(`[release-bench ${new Date().toISOString().slice(11, 19)}] ${s}`);
const seconds = (from: number) => Math.round((performance.now() - from) / 10) / 100;
const mb = (bytes: number) => Math.round(bytes / 10485.76) / 100;
/** Bytes on disk under the given folders, hard-linked files counted once (one du invocation). */
const du = (...dirs: string[]) => Number(execFileSync('du', ['-s', '-c', '-B1', ...dirs], { encoding: 'utf8' }).trim().split('\n').at(-1)!.split('\t')[0]);
const build = () => execFileSync('pnpm', ['run', 'build', `--concurrency=${args.concurrency}`], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });

const city = generateCity({ sites: Number(args.sites), items: Number(args.items), seed: Number(args.seed) });
if (!args.reuse || !existsSync(appsDir(root))) {
  rmSync(root, { recursive: true, force: true });
  log(`generating ${city.sites.length} sites, ${city.items.length} items`);
  writeLibrary(root, city, mainRoot);
  writeWorkspace(root, city, mainRoot);
  installWorkspace(root, env);
}
// One item of the largest site is edited after the first release.
const referenced = new Set(city.items.flatMap((i) => [i.meta.interprets, i.meta.reprintOf]).filter(Boolean));
const item = city.items.find((i) => i.site === city.sites[0]!.id && !i.shownOn && !referenced.has(i.id))!;
writeFileSync(join(root, 'content', item.file), itemMarkdown(item));
let t = performance.now();
log('pnpm build');
build();
log(`built in ${seconds(t)} s`);
const sites = appSites(root);

rmSync(srv, { recursive: true, force: true });
mkdirSync(srv, { recursive: true });
t = performance.now();
for (const s of sites) cpSync(distDir(root, s), join(srv, 'copy', s), { recursive: true });
const copy = { seconds: seconds(t), bytes: du(join(srv, 'copy')) };
log(`full copy (cpSync): ${copy.seconds} s, ${mb(copy.bytes)} MB`);
rmSync(join(srv, 'copy'), { recursive: true, force: true });

t = performance.now();
checkBuiltPages(root, sites);
const check = seconds(t);
log(`inspector built-page check: ${check} s`);

const timed = async (name: string) => {
  const started = performance.now();
  const r: ReleaseResult = await release({ root, target: srv, name, build: () => {}, check: () => {} });
  return { ...r, seconds: seconds(started) };
};
const first = await timed('r1');
log(`first release: ${first.seconds} s, wrote ${first.copied.files} files (${mb(first.copied.bytes)} MB)`);
const firstDisk = du(join(srv, 'releases', 'r1'));

// As `pnpm bench` edits: a sentence appended to the item's body.
item.body += '\n\n（本文已更新：补充了办理地址和咨询电话。）';
writeFileSync(join(root, 'content', item.file), itemMarkdown(item));
t = performance.now();
build();
const rebuild = seconds(t);
const second = await timed('r2');
const bothDisk = du(join(srv, 'releases', 'r1'), join(srv, 'releases', 'r2'));
log(`one-item release: ${second.seconds} s, wrote ${second.copied.files} files (${mb(second.copied.bytes)} MB), linked ${second.linked.files}`);

const results = {
  machine: { cpus: cpus().length, loadavg: loadavg().map((l) => Math.round(l * 100) / 100) }, sites: sites.length, items: city.items.length, files: first.copied.files,
  fullCopy: { seconds: copy.seconds, diskMb: mb(copy.bytes), fileMb: mb(first.copied.bytes) },
  inspectorCheckSeconds: check,
  firstRelease: { seconds: first.seconds, filesWritten: first.copied.files, mbWritten: mb(first.copied.bytes), diskMb: mb(firstDisk) },
  oneItemEdit: {
    item: item.file, rebuildSeconds: rebuild,
    release: { seconds: second.seconds, filesWritten: second.copied.files, mbWritten: mb(second.copied.bytes), filesLinked: second.linked.files },
    // Both in file bytes (du's figure for the copy also counts blocks and folders).
    shareOfFullCopy: `${((second.copied.bytes / first.copied.bytes) * 100).toFixed(2)} %`,
    // What r2 adds on disk: its own copies, its manifest and its folders (folders cannot be linked).
    extraDiskMb: mb(bothDisk - firstDisk),
    folders: (readdirSync(join(srv, 'releases', 'r2'), { recursive: true, withFileTypes: true })).filter((d) => d.isDirectory()).length + 1,
  },
};
writeFileSync(join(outDir, 'release-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.table({
  'full copy (cpSync)': { seconds: copy.seconds, 'MB written': mb(copy.bytes) },
  'first release': { seconds: first.seconds, 'MB written': mb(first.copied.bytes) },
  'one-item release': { seconds: second.seconds, 'MB written': mb(second.copied.bytes) },
});
console.log(JSON.stringify(results, null, 2));
