/**
 * `pnpm bench [--sites N] [--items N] [--quick] [--seed N] [--edits N] [--skip-hugo] [--concurrency N]`
 *
 * Generates a synthetic city into bench/out/city (a pnpm + Turbo workspace of its own, see
 * workspace.ts), builds it with the real pipeline (the repo's `pnpm build`: content checks and
 * jiyue compile, then `turbo run build`),
 * and measures: a cold full build, a no-change rebuild, one-item edits (--edits times, default
 * 3, on the smallest and on the largest site; the median is reported), a CI-like warm build (a
 * fresh checkout's state with the caches CI restores, one item changed), and the reference: the
 * same pages built by Hugo, indexed by Pagefind (hugo.ts).
 * Prints a table and writes bench/out/results.json; every step's output is in bench/out/logs.
 * --concurrency N is an experiment: `pnpm build --concurrency=N` passes it on to Turbo (plain
 * `pnpm build` does not, so Turbo's default of 10 parallel tasks applies).
 */
import { appDir, contentDir, distDir } from '@jiyue/content';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCity, itemMarkdown, writeLibrary, type City, type Item } from './generate.ts';
import { writeHugoSites } from './hugo.ts';
import { measure, type StepResult } from './measure.ts';
import { installWorkspace, writeWorkspace } from './workspace.ts';

const benchDir = dirname(fileURLToPath(import.meta.url));
const mainRoot = join(benchDir, '..');
const outDir = join(benchDir, 'out');
const root = join(outDir, 'city');
const logDir = join(outDir, 'logs');

const { values: args } = parseArgs({
  options: {
    sites: { type: 'string' },
    items: { type: 'string' },
    seed: { type: 'string', default: '20260101' },
    quick: { type: 'boolean', default: false },
    'skip-hugo': { type: 'boolean', default: false },
    concurrency: { type: 'string' },
    edits: { type: 'string', default: '3' },
  },
});
const options = {
  sites: Number(args.sites ?? (args.quick ? 5 : 20)),
  items: Number(args.items ?? (args.quick ? 1000 : 20000)),
  seed: Number(args.seed),
  edits: Number(args.edits),
  turboConcurrency: args.concurrency ? Number(args.concurrency) : 'default',
};
if (!(options.sites >= 1 && options.items >= 1 && options.edits >= 1)) throw new Error('--sites, --items and --edits must be positive numbers');

// The repo's Node 24 and the scratch root's bins first, as `pnpm exec` would do; no telemetry.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: [join(root, 'node_modules/.bin'), join(mainRoot, 'node_modules/.bin'), process.env.PATH].join(delimiter),
  TURBO_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
};

const log = (s: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);
const round = (n: number) => Math.round(n * 100) / 100;

interface Task { site: string; seconds: number; cache: string }

/** What Turbo did, from the run summary `pnpm build` asks it for (.turbo/runs/<id>.json). */
function turboSummary(): { start: number; end: number; tasks: Task[] } {
  const dir = join(root, '.turbo/runs');
  const latest = readdirSync(dir).map((f) => join(dir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!;
  const summary = JSON.parse(readFileSync(latest, 'utf8')) as {
    execution: { startTime: number; endTime: number };
    tasks: { package: string; cache: { status: string }; execution: { startTime: number; endTime: number } }[];
  };
  const tasks = summary.tasks.map((t) => ({
    site: t.package.replace(/^@jiyue\/app-/, ''),
    seconds: round((t.execution.endTime - t.execution.startTime) / 1000),
    cache: t.cache.status,
  }));
  return { start: summary.execution.startTime, end: summary.execution.endTime, tasks };
}

/** "1m 3s", "7.32s", "42ms" → seconds. */
const duration = (text: string) =>
  [...text.matchAll(/([\d.]+)(ms|m|s)\b/g)].reduce((s, [, v, unit]) => s + Number(v) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1), 0);

type Phases = { setup: number; bundle: number; render: number; indexAndSitemap: number; total: number };

/**
 * Where each Astro build spent its time, from a build's log: wall seconds per site (under
 * contention when several sites build at once). Only sites of `built` are read: Turbo replays
 * the old logs of cache hits into the same output.
 */
function astroPhases(b: Build): Record<string, Phases> {
  const built = new Set(b.tasks.filter((t) => t.cache !== 'HIT').map((t) => t.site));
  const perSite = new Map<string, string[]>();
  for (const line of readFileSync(b.step.log, 'utf8').split('\n')) {
    const m = line.match(/^@jiyue\/app-([a-z0-9-]+):build: (.*)$/);
    if (m && built.has(m[1]!)) perSite.set(m[1]!, [...(perSite.get(m[1]!) ?? []), m[2]!]);
  }
  const out: Record<string, Phases> = {};
  const time = '((?:[\\d.]+(?:ms|m|s) ?)+)';
  for (const [site, lines] of perSite) {
    const find = (re: RegExp) => lines.flatMap((l) => l.match(re)?.[1] ?? []).map(duration);
    const bundle = find(new RegExp(`\\[vite\\] ✓ built in ${time}`))[0];
    const render = find(new RegExp(`^\\d\\d:\\d\\d:\\d\\d ✓ Completed in ${time}`))[0];
    const phases = find(new RegExp(`\\[build\\] ✓ Completed in ${time}`)).reduce((a, b) => a + b, 0);
    const total = find(new RegExp(`page\\(s\\) built in ${time}`))[0];
    if (bundle === undefined || render === undefined || total === undefined) continue;
    // After the last build phase come the astro:build:done hooks: the search index and the sitemap.
    const indexAndSitemap = total - phases;
    out[site] = { setup: round(total - bundle - render - indexAndSitemap), bundle: round(bundle), render: round(render), indexAndSitemap: round(indexAndSitemap), total: round(total) };
  }
  return out;
}

interface Build {
  seconds: number;
  step: StepResult;
  /** Wall seconds before Turbo started (content checks, compile, stale-output check) and in Turbo. */
  beforeTurbo: number;
  turbo: number;
  /** The build's own summary lines (items parsed, sites built, pages). */
  summary: string[];
  sitesBuilt: number;
  sites: number;
  tasks: Task[];
}

/** One run of the repo's `pnpm build` in the scratch root, measured as a whole. */
async function build(name: string): Promise<Build> {
  log(`${name}: pnpm build`);
  const extra = args.concurrency ? [`--concurrency=${args.concurrency}`] : [];
  const started = Date.now();
  const step = await measure('pnpm', ['run', 'build', ...extra], root, env, join(logDir, `${name}.log`));
  const turbo = turboSummary();
  const built = turbo.tasks.filter((t) => t.cache !== 'HIT').length;
  log(`${name}: ${step.seconds.toFixed(1)} s, ${built} of ${turbo.tasks.length} sites built`);
  const summary = readFileSync(step.log, 'utf8').split('\n').filter((l) => /个条目|共 \d+ 个网站/.test(l)).map((l) => l.trim());
  return {
    seconds: step.seconds, step, beforeTurbo: (turbo.start - started) / 1000, turbo: (turbo.end - turbo.start) / 1000,
    summary, sitesBuilt: built, sites: turbo.tasks.length, tasks: turbo.tasks,
  };
}

/** HTML pages under `dir`, not counting Hugo's redirect stubs (<list>/page/1/ → <list>/). */
function htmlPages(dir: string): number {
  if (!existsSync(dir)) return 0;
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html') && !/(^|\/)page\/1\/index\.html$/.test(f)).length;
}

/** What a build writes into each app folder: outputs, bundle, Astro's and Vite's own state. */
const APP_OUTPUTS = ['dist', '.jiyue', '.astro', '.turbo', 'node_modules/.astro', 'node_modules/.vite'];

function clearOutputs(city: City): void {
  for (const s of city.sites) for (const p of APP_OUTPUTS) rmSync(join(appDir(root, s.id), p), { recursive: true, force: true });
}

/** Clears every cache of the pipeline: Turbo's, the parse and page caches, bundles, outputs. */
function clearCaches(city: City): void {
  for (const p of ['.turbo', '.cache', 'node_modules/.cache']) rmSync(join(root, p), { recursive: true, force: true });
  clearOutputs(city);
}

/**
 * A CI runner's state: a fresh checkout (no outputs, every file's mtime the checkout time) with
 * the caches the workflow restores (.cache and Turbo's cache), then one item changed and built.
 */
async function ciLikeWarm(city: City): Promise<Build> {
  clearOutputs(city);
  const now = new Date();
  for (const f of readdirSync(contentDir(root), { recursive: true, encoding: 'utf8' }) as string[]) utimesSync(join(contentDir(root), f), now, now);
  const site = [...city.sites].sort((a, b) => a.id.localeCompare(b.id))[0]!.id;
  const item = editableItems(city, site).at(-1)!;
  item.body += '\n\n（本文已更新：办理时限缩短为五个工作日。）';
  writeFileSync(join(contentDir(root), item.file), itemMarkdown(item));
  return build('ci-warm');
}

/** Items of `siteId` shown on no other site and referenced by no other item. */
function editableItems(city: City, siteId: string): Item[] {
  const referenced = new Set(city.items.flatMap((i) => [i.meta.interprets, i.meta.reprintOf]).filter((x): x is string => typeof x === 'string'));
  return city.items.filter((i) => i.site === siteId && !i.shownOn && !referenced.has(i.id));
}

/**
 * One-item edits on one site: `count` times, a different item each time, a sentence appended to
 * its body, then the pipeline. Wall times on a shared machine vary, so the median run is reported.
 */
async function edits(name: string, city: City, siteId: string, count: number): Promise<Build & { site: string; items: string[]; runs: number[] }> {
  const runs: Build[] = [];
  for (const [i, item] of editableItems(city, siteId).slice(0, count).entries()) {
    item.body += '\n\n（本文已更新：补充了办理地址和咨询电话。）';
    writeFileSync(join(contentDir(root), item.file), itemMarkdown(item));
    runs.push(await build(`${name}-${i + 1}`));
  }
  if (!runs.length) throw new Error(`no editable item on ${siteId}`);
  const median = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
  return { ...median, site: siteId, items: editableItems(city, siteId).slice(0, count).map((i) => i.file), runs: runs.map((r) => round(r.seconds)) };
}

interface Reference { seconds: number; pages: number; hugo: StepResult; pagefind: StepResult }

/** Hugo (bare template) then the Pagefind CLI, site after site, as two measured steps. */
async function reference(city: City): Promise<Reference> {
  const dirs = writeHugoSites(join(outDir, 'hugo'), city);
  const list = dirs.map((d) => `'${d}'`).join(' ');
  log('reference: hugo');
  const hugo = await measure('sh', ['-c', `for d in ${list}; do hugo --quiet --source "$d" || exit 1; done`], outDir, env, join(logDir, 'ref-hugo.log'));
  log(`reference: pagefind (hugo took ${hugo.seconds.toFixed(1)} s)`);
  // The CLI of the pagefind package the site kit depends on: the same pagefind_extended binary.
  const bin = join(pagefindPackage(), 'lib/runner/bin.cjs');
  const pagefind = await measure('sh', ['-c', `for d in ${list}; do node '${bin}' --site "$d/public" --force-language zh-cn || exit 1; done`], outDir, env, join(logDir, 'ref-pagefind.log'));
  return { seconds: hugo.seconds + pagefind.seconds, pages: dirs.reduce((n, d) => n + htmlPages(join(d, 'public')), 0), hugo, pagefind };
}

const pagefindPackage = () => join(mainRoot, 'packages/site-kit/node_modules/pagefind');

function versions() {
  const run = (cmd: string, a: string[]) => {
    try {
      return execFileSync(cmd, a, { env, encoding: 'utf8' }).trim().split('\n')[0]!;
    } catch {
      return 'unavailable';
    }
  };
  const pkgVersion = (p: string) => (JSON.parse(readFileSync(join(p, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    node: run('node', ['--version']),
    astro: pkgVersion(join(mainRoot, 'apps/city/node_modules/astro')),
    turbo: run('turbo', ['--version']),
    pnpm: run('pnpm', ['--version']),
    pagefind: pkgVersion(pagefindPackage()),
    hugo: run('hugo', ['version']),
    // The code measured: the repo's commit, and which of its core files had uncommitted changes.
    commit: run('git', ['-C', mainRoot, 'rev-parse', '--short', 'HEAD']),
    uncommitted: execFileSync('git', ['-C', mainRoot, 'status', '--porcelain', '--', 'packages', 'apps/city', 'turbo.json', 'package.json'], { encoding: 'utf8' })
      .split('\n').filter(Boolean).map((l) => l.slice(3)),
  };
}

function machine() {
  const os = readFileSync('/etc/os-release', 'utf8').match(/PRETTY_NAME="([^"]+)"/)?.[1] ?? 'unknown';
  return { nproc: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 1024 ** 3), os, loadAverageAtStart: loadavg().map(round) };
}

const stepJson = (s: StepResult) => ({
  seconds: round(s.seconds), cpuSeconds: s.cpuSeconds, peakTreeMB: s.peakTreeMB, peakProcessMB: s.peakProcessMB, samplerCpuSeconds: s.samplerCpuSeconds,
});

/** The benchmark's own CPU time next to what it measured: its disturbance of the build. */
function samplerOverhead(steps: StepResult[]) {
  const own = steps.reduce((n, s) => n + s.samplerCpuSeconds, 0);
  const measured = steps.reduce((n, s) => n + (s.cpuSeconds ?? 0), 0);
  const wall = steps.reduce((n, s) => n + s.seconds, 0);
  return { cpuSeconds: round(own), shareOfBuildCpu: measured ? round((100 * own) / measured) : null, shareOfOneCore: round((100 * own) / wall) };
}
/** CPU seconds of several steps together; null without /usr/bin/time. */
const cpu = (...steps: StepResult[]) => (steps.some((s) => s.cpuSeconds === null) ? null : round(steps.reduce((n, s) => n + s.cpuSeconds!, 0)));
const buildJson = (b: Build) => ({
  ...stepJson(b.step), beforeTurboSeconds: round(b.beforeTurbo), turboSeconds: round(b.turbo),
  sitesBuilt: b.sitesBuilt, sites: b.sites, summary: b.summary, tasks: b.tasks,
});

async function main() {
  const machineInfo = machine();
  const versionInfo = versions();
  log(`generating ${options.sites} sites, ${options.items} items (seed ${options.seed}) into ${root}`);
  rmSync(root, { recursive: true, force: true });
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const t0 = performance.now();
  const city = generateCity(options);
  writeLibrary(root, city, mainRoot);
  writeWorkspace(root, city, mainRoot);
  installWorkspace(root, env);
  log(`generated and installed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  clearCaches(city);
  const cold = await build('cold');
  const sitePages = Object.fromEntries(city.sites.map((s) => [s.id, htmlPages(distDir(root, s.id))]));
  const pages = Object.values(sitePages).reduce((a, b) => a + b, 0);
  const noChange = await build('no-change');
  // One-item edits: on the smallest site (the common case) and on the largest one (the worst case).
  const bySize = [...city.sites].sort((a, b) => sitePages[a.id]! - sitePages[b.id]!);
  const editSmall = await edits('edit-small', city, bySize[0]!.id, options.edits);
  const editLarge = await edits('edit-large', city, bySize.at(-1)!.id, options.edits);
  const ciWarm = await ciLikeWarm(city);
  const ref = args['skip-hugo'] ? undefined : await reference(city);

  const steps: [string, StepResult][] = [['cold', cold.step], ['no-change', noChange.step], ['edit-small', editSmall.step], ['edit-large', editLarge.step], ['ci-warm', ciWarm.step]];
  const [largestName, largest] = steps.reduce((a, b) => (b[1].peakTreeMB > a[1].peakTreeMB ? b : a));
  const ratio = ref ? round(cold.seconds / ref.seconds) : null;
  const cpuRatio = ref && cpu(cold.step) !== null ? round(cpu(cold.step)! / cpu(ref.hugo, ref.pagefind)!) : null;
  const ciRatio = ref ? round(ciWarm.seconds / ref.seconds) : null;
  const memoryTarget = options.items > 20000 ? 6144 : 3072;
  const results = {
    date: new Date().toISOString(),
    options,
    machine: { ...machineInfo, loadAverageAtEnd: loadavg().map(round) },
    versions: versionInfo,
    city: {
      sites: city.sites.length,
      items: city.items.length,
      placements: city.items.reduce((n, i) => n + 1 + (i.shownOn?.length ?? 0), 0),
      pages,
      sitePages,
    },
    cold: { ...buildJson(cold), pagesPerSecond: round(pages / cold.seconds), astroPhases: astroPhases(cold) },
    noChange: buildJson(noChange),
    editSmall: { ...buildJson(editSmall), site: editSmall.site, items: editSmall.items, runs: editSmall.runs, astroPhases: astroPhases(editSmall) },
    editLarge: { ...buildJson(editLarge), site: editLarge.site, items: editLarge.items, runs: editLarge.runs, astroPhases: astroPhases(editLarge) },
    ciWarm: buildJson(ciWarm),
    peakMemory: {
      method: 'treeMB: summed RSS of the step\'s whole process tree, sampled every 250 ms through /proc/<pid>/task/*/children and statm; processMB: GNU time %M, the largest single process',
      step: largestName, treeMB: largest.peakTreeMB,
      processMB: Math.max(...steps.map(([, s]) => s.peakProcessMB ?? 0)),
    },
    sampler: samplerOverhead(steps.map(([, s]) => s)),
    reference: ref && {
      seconds: round(ref.seconds), cpuSeconds: cpu(ref.hugo, ref.pagefind), pages: ref.pages, pagesPerSecond: round(ref.pages / ref.seconds),
      hugo: stepJson(ref.hugo), pagefind: stepJson(ref.pagefind),
    },
    ratio,
    cpuRatio,
    ciRatio,
    targets: {
      coldWall: { target: '<= 2.0x Hugo + Pagefind (wall)', value: ratio, met: ratio === null ? null : ratio <= 2 },
      coldCpu: { target: '<= 2.0x Hugo + Pagefind (CPU)', value: cpuRatio, met: cpuRatio === null ? null : cpuRatio <= 2 },
      noChange: { target: '<= 2 s', value: round(noChange.seconds), met: noChange.seconds <= 2 },
      editSmall: { target: '<= 4 s', value: round(editSmall.seconds), met: editSmall.seconds <= 4 },
      editLarge: { target: '<= 8 s', value: round(editLarge.seconds), met: editLarge.seconds <= 8 },
      ciWarm: { target: '<= 0.25x Hugo + Pagefind (wall)', value: ciRatio, met: ciRatio === null ? null : ciRatio <= 0.25 },
      peakMemory: { target: `<= ${memoryTarget} MB`, value: largest.peakTreeMB, met: largest.peakTreeMB <= memoryTarget },
    },
  };
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
  console.log(`\nJSON: ${join(outDir, 'results.json')}   logs: ${logDir}`);
}

type Results = {
  city: { sites: number; items: number; pages: number };
  cold: ReturnType<typeof buildJson> & { pagesPerSecond: number };
  noChange: ReturnType<typeof buildJson>;
  editSmall: ReturnType<typeof buildJson> & { site: string; runs: number[] };
  editLarge: ReturnType<typeof buildJson> & { site: string; runs: number[] };
  ciWarm: ReturnType<typeof buildJson>;
  peakMemory: { step: string; treeMB: number; processMB: number };
  sampler: ReturnType<typeof samplerOverhead>;
  reference?: { seconds: number; cpuSeconds: number | null; pages: number; pagesPerSecond: number; hugo: ReturnType<typeof stepJson>; pagefind: ReturnType<typeof stepJson> };
  ratio: number | null;
  cpuRatio: number | null;
  ciRatio: number | null;
  targets: Record<string, { target: string; value: number | null; met: boolean | null }>;
};

function printTable(r: Results): void {
  const rows: string[][] = [['Step', 'Wall (s)', 'CPU (s)', 'Sites built', 'Peak memory MB (tree RSS / largest process)']];
  const mem = (s: ReturnType<typeof stepJson>) => `${s.peakTreeMB} / ${s.peakProcessMB ?? '?'}`;
  const add = (label: string, b: ReturnType<typeof buildJson>) => {
    rows.push([label, b.seconds.toFixed(1), String(b.cpuSeconds ?? '?'), `${b.sitesBuilt} of ${b.sites}`, mem(b)]);
    rows.push(['  checks + compile (before Turbo)', b.beforeTurboSeconds.toFixed(1), '', '', '']);
    rows.push(['  turbo run build', b.turboSeconds.toFixed(1), '', '', '']);
  };
  add('Cold full build', r.cold);
  add('No-change rebuild', r.noChange);
  add(`One-item edit, smallest site (${r.editSmall.site})`, r.editSmall);
  add(`One-item edit, largest site (${r.editLarge.site})`, r.editLarge);
  add('CI-like warm build (caches restored, one edit)', r.ciWarm);
  if (r.reference) {
    rows.push(['Reference: Hugo + Pagefind', r.reference.seconds.toFixed(1), String(r.reference.cpuSeconds ?? '?'), `${r.city.sites} of ${r.city.sites}`, `${Math.max(r.reference.hugo.peakTreeMB, r.reference.pagefind.peakTreeMB)} / ${Math.max(r.reference.hugo.peakProcessMB ?? 0, r.reference.pagefind.peakProcessMB ?? 0)}`]);
    rows.push(['  hugo', r.reference.hugo.seconds.toFixed(1), String(r.reference.hugo.cpuSeconds ?? '?'), '', mem(r.reference.hugo)]);
    rows.push(['  pagefind', r.reference.pagefind.seconds.toFixed(1), String(r.reference.pagefind.cpuSeconds ?? '?'), '', mem(r.reference.pagefind)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  console.log(`\n${r.city.sites} sites, ${r.city.items} items, ${r.city.pages} pages (Jiyue)${r.reference ? `, ${r.reference.pages} pages (Hugo)` : ''}`);
  for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  console.log(`\nOne-item edits (median shown): ${r.editSmall.site} ${r.editSmall.runs.join(' / ')} s; ${r.editLarge.site} ${r.editLarge.runs.join(' / ')} s`);
  console.log(`Pages per second (cold): Jiyue ${r.cold.pagesPerSecond}${r.reference ? `, Hugo + Pagefind ${r.reference.pagesPerSecond}` : ''}`);
  console.log(`Peak memory: ${r.peakMemory.treeMB} MB RSS over the process tree (${r.peakMemory.step}); largest single process ${r.peakMemory.processMB} MB`);
  console.log(`Benchmark's own CPU while measuring: ${r.sampler.cpuSeconds} s = ${r.sampler.shareOfBuildCpu ?? '?'} % of the measured CPU time, ${r.sampler.shareOfOneCore} % of one core`);
  if (r.ratio !== null) console.log(`Ratio Jiyue / (Hugo + Pagefind): ${r.ratio}x wall time, ${r.cpuRatio}x CPU time; CI-like warm build ${r.ciRatio}x wall time`);
  for (const [name, t] of Object.entries(r.targets)) {
    console.log(`Target ${name} (${t.target}): ${t.value ?? '-'} -> ${t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED'}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
