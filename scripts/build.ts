/**
 * `pnpm build`: the library checks first (nothing is built when they fail), then every site
 * through Turbo (cached per site), then a summary: sites built or replayed from cache, pages,
 * time, findings. Extra arguments go to `turbo run build` (e.g. --filter=@jiyue/app-city).
 */
import { spawnSync } from 'node:child_process';
import { BUILD_MARKER, distDir, siteOfTask } from '@jiyue/content';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { compileLibrary, report } from './compile.ts';
import { plannedSites } from './turbo-tasks.ts';

const root = process.cwd();
const started = performance.now();
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

console.log('① 检查内容库（格式、引用、禁止发布的内容、用语、三审）并生成各网站数据…');
const step = compileLibrary(root);
if (!report(step)) {
  console.error('未构建任何网站。');
  process.exit(1);
}
const { compiled, warnings, suppressions } = step;
console.log(`   ${compiled.stats.files} 个条目（重新解析 ${compiled.stats.parsed}），警告 ${warnings.length} 个，停用检查 ${suppressions} 处；${step.upToDate ? '内容库自上次检查后没有变化，沿用上次的结果' : `${compiled.written.length} 个网站的数据有变化`}。`);

console.log('② 构建网站（Turbo，逐站缓存）…');
const turboArgs = process.argv.slice(2);
clearStaleOutputs(turboArgs);
const runs = join(root, '.turbo', 'runs');
rmSync(runs, { recursive: true, force: true });
// One site build per core: Turbo's default of 10 at once on 2 cores peaked at 10 GB (docs/performance.md).
const concurrency = turboArgs.some((a) => a.startsWith('--concurrency')) ? [] : [`--concurrency=${availableParallelism()}`];
const turbo = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--summarize', ...concurrency, ...turboArgs], { cwd: root, stdio: 'inherit' });
if (turbo.status !== 0) {
  console.error('\n网站构建失败（见上方错误）。失败网站的输出不会发布：pnpm release 只在全部检查通过后切换版本。');
  process.exit(turbo.status ?? 1);
}

/**
 * Turbo restores a cached output over what is in dist/ without deleting extra files, so a page
 * removed since would stay published. Before the run, every site whose dist/ was made by another
 * task hash than the one Turbo will replay is cleared (dist/.jiyue-build holds the hash).
 */
function clearStaleOutputs(turboArgs: string[]): void {
  for (const t of plannedSites(root, turboArgs)) {
    if (t.cache !== 'HIT') continue;
    const dist = distDir(root, t.site);
    const marker = join(dist, BUILD_MARKER);
    if (existsSync(dist) && (!existsSync(marker) || readFileSync(marker, 'utf8') !== t.hash)) rmSync(dist, { recursive: true, force: true });
  }
}

// The run summary Turbo just wrote: which site came from cache.
const summaryFile = existsSync(runs) ? readdirSync(runs).find((f) => f.endsWith('.json')) : undefined;
const tasks = summaryFile ? (JSON.parse(readFileSync(join(runs, summaryFile), 'utf8')).tasks as { taskId: string; cache: { status: string }; execution?: { startTime: number; endTime: number } }[]) : [];
const rows = tasks
  .flatMap((t) => {
    const site = siteOfTask(t.taskId);
    if (!site) return [];
    const dist = distDir(root, site);
    const pages = existsSync(dist) ? readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length : 0;
    const time = t.execution ? ((t.execution.endTime - t.execution.startTime) / 1000).toFixed(1) : '-';
    return { site, status: t.cache.status === 'HIT' ? '缓存' : '构建', pages, time };
  });
console.log('\n③ 汇总');
for (const r of rows) console.log(`   ${r.site.padEnd(12)} ${r.status}  ${String(r.pages).padStart(5)} 个页面  ${r.time} 秒`);
const built = rows.filter((r) => r.status === '构建').length;
console.log(`   共 ${rows.length} 个网站（构建 ${built}，来自缓存 ${rows.length - built}），${rows.reduce((n, r) => n + r.pages, 0)} 个页面，内容警告 ${warnings.length} 个，用时 ${seconds(started)} 秒。`);
