/**
 * Live preview of one site: `pnpm dev --site <id>`. Checks the library and writes the site's
 * bundle as a preview — drafts and scheduled items included, each page with its 草稿 banner —,
 * then runs `astro dev` for that app on the loopback address only, so unpublished pages cannot be
 * reached from another machine. Every change under content/ is checked again and, when the
 * library is right, the new bundle reloads the page. Mistakes are printed, in Chinese, and the
 * preview keeps showing the last good version. `pnpm build` rewrites the bundles without drafts
 * (and refuses to build from a preview bundle).
 */
import { appDir, contentDir, loadRegistry } from '@jiyue/content';
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { parseArgs } from 'node:util';
import { compileLibrary, report } from './compile.ts';

export const DEV_HOST = '127.0.0.1';

const usage = `用法：pnpm dev --site <网站编号> [--port <端口>]

在本机预览一个网站（只监听 ${DEV_HOST}，其他电脑无法访问）。草稿和定时发布的条目也会显示，
页面顶部标有“草稿”。修改 content/ 下的文件后刷新页面即可看到变化。

  --site   网站编号，见 content/sites.yaml，例如 city
  --port   端口，默认 4321
  --help   显示本说明`;

function main(): void {
  let values: { site?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { site: { type: 'string' }, port: { type: 'string', default: '4321' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`错误：${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  const root = process.cwd();
  const { registry } = loadRegistry(contentDir(root), root);
  const ids = registry?.sites.map((s) => `${s.id}（${s.name}）`) ?? [];
  if (!values.site || !registry?.sites.some((s) => s.id === values.site)) {
    console.error(`${values.site ? `错误：没有编号为“${values.site}”的网站。` : '错误：缺少 --site。'}可选网站：\n  ${ids.join('\n  ')}\n\n${usage}`);
    process.exit(2);
  }
  const site = values.site;
  const recompile = () => {
    const step = compileLibrary(root, { preview: true });
    if (report(step)) console.log(`[内容库] 已更新（${step.compiled.written.includes(site) ? '本站有变化' : '本站无变化'}）`);
  };
  recompile();
  let timer: NodeJS.Timeout | undefined;
  watch(contentDir(root), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(recompile, 150); // one check per burst of saves
  });
  const astro = spawn('pnpm', ['exec', 'astro', 'dev', '--host', DEV_HOST, '--port', values.port!], { cwd: appDir(root, site), stdio: 'inherit' });
  astro.on('exit', (code) => process.exit(code ?? 0));
}

main();
