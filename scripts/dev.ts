/**
 * Live preview of one site: `pnpm dev --site <id>`. Checks the library and writes the site's
 * bundle, then runs `astro dev` for that app; every change under content/ is checked again and,
 * when the library is right, the new bundle reloads the page. Mistakes are printed, in Chinese,
 * and the preview keeps showing the last good version.
 */
import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileLibrary, report } from './compile.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, port: { type: 'string', default: '4321' } } });
const root = process.cwd();
if (!values.site || !existsSync(join(root, 'apps', values.site))) {
  console.error('用法：pnpm dev --site <网站编号>，例如 pnpm dev --site city');
  process.exit(2);
}

function recompile(): void {
  const step = compileLibrary(root);
  if (report(step)) console.log(`[内容库] 已更新（${step.compiled.written.includes(values.site!) ? '本站有变化' : '本站无变化'}）`);
}

recompile();
let timer: NodeJS.Timeout | undefined;
watch(join(root, 'content'), { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(recompile, 150); // one check per burst of saves
});
const astro = spawn('pnpm', ['exec', 'astro', 'dev', '--host', '::', '--port', values.port!], { cwd: join(root, 'apps', values.site), stdio: 'inherit' });
astro.on('exit', (code) => process.exit(code ?? 0));
