/** `pnpm dev --site <id>`: a live preview in which an edit under content/ shows on reload, drafts included. */
import { contentDir, loadRegistry, searchBelowFile } from '@jiyue/content';
import { createItem } from '@jiyue/publisher';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLibrary } from '../scripts/compile.ts';
import { root } from './helpers/built-sites.ts';

async function fetchText(url: string): Promise<string> {
  try {
    return await (await fetch(url)).text();
  } catch {
    return '';
  }
}

describe('live preview', () => {
  it('shows an edited title on reload, and an unsigned draft with its 草稿 banner', async () => {
    const port = 40000 + Math.floor(Math.random() * 10000);
    // A clean environment: Vitest's own variables (NODE_ENV=test, VITEST…) would change how Astro runs.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
    const dev = spawn('pnpm', ['dev', '--site', 'fgw', '--port', String(port)], { cwd: root, env, stdio: 'ignore', detached: true });
    const dir = join(root, 'content/items/fgw/news');
    const file = join(dir, readdirSync(dir).sort()[0]!);
    const original = readFileSync(file, 'utf8');
    let draftFile = '';
    try {
      const url = `http://127.0.0.1:${port}/news/`;
      await expect.poll(() => fetchText(url), { timeout: 60_000, interval: 500 }).toContain('示例市发展和改革委员会');
      writeFileSync(file, original.replace(/^title: .*$/m, 'title: 实时预览测试标题'));
      await expect.poll(() => fetchText(url), { timeout: 30_000, interval: 500 }).toContain('实时预览测试标题');
      // A new draft (no sign-off yet, as `pnpm new` writes it) is in the preview, under the banner.
      const draft = createItem(loadRegistry(contentDir(root)).registry!, contentDir(root), { site: 'fgw', column: 'news', title: '预览中的未签字草稿', date: '2026-11-20 10:00' });
      draftFile = draft.file;
      writeFileSync(draft.file, readFileSync(draft.file, 'utf8').replace('在此撰写正文（Markdown 格式）。', '本稿尚未完成三审，只在本机预览中显示。'));
      const page = `http://127.0.0.1:${port}/news/${draft.id}/`;
      await expect.poll(() => fetchText(page), { timeout: 30_000, interval: 500 }).toContain('预览中的未签字草稿');
      expect(await fetchText(page)).toMatch(/<p class="draft-banner[^>]*>\s*<strong[^>]*>草稿<\/strong>\s*<span[^>]*>尚未完成三审签字/);
      // The city portal's search pages of the sites below it now hold the draft too: a production
      // build of the portal from them is refused before anything is written.
      await expect.poll(() => readFileSync(searchBelowFile(root, 'city'), 'utf8').includes(draft.id), { timeout: 30_000, interval: 500 }).toBe(true);
      const build = spawnSync('pnpm', ['exec', 'astro', 'build'], { cwd: join(root, 'apps/city'), env, encoding: 'utf8' });
      expect(build.status).not.toBe(0);
      expect(`${build.stdout}${build.stderr}`).toContain('草稿预览版');
    } finally {
      // Stop the preview first, so it cannot write another preview bundle, then put the library
      // and the bundles back as committed (the tests after this one read them next to dist/).
      if (dev.exitCode === null && dev.signalCode === null) {
        const stopped = new Promise((done) => dev.once('exit', done));
        process.kill(-dev.pid!, 'SIGTERM');
        await stopped;
      }
      if (draftFile) rmSync(draftFile, { force: true });
      writeFileSync(file, original);
      compileLibrary(root);
    }
  });
});
