/** `pnpm dev --site <id>`: a live preview in which an edit under content/ shows on reload. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/built-sites.ts';

async function fetchText(url: string): Promise<string> {
  try {
    return await (await fetch(url)).text();
  } catch {
    return '';
  }
}

describe('live preview', () => {
  it('shows an edited title on reload', async () => {
    const port = 40000 + Math.floor(Math.random() * 10000);
    // A clean environment: Vitest's own variables (NODE_ENV=test, VITEST…) would change how Astro runs.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
    const dev = spawn('pnpm', ['dev', '--site', 'fgw', '--port', String(port)], { cwd: root, env, stdio: 'ignore', detached: true });
    const dir = join(root, 'content/items/fgw/news');
    const file = join(dir, readdirSync(dir).sort()[0]!);
    const original = readFileSync(file, 'utf8');
    try {
      const url = `http://127.0.0.1:${port}/news/`;
      await expect.poll(() => fetchText(url), { timeout: 60_000, interval: 500 }).toContain('示例市发展和改革委员会');
      writeFileSync(file, original.replace(/^title: .*$/m, 'title: 实时预览测试标题'));
      await expect.poll(() => fetchText(url), { timeout: 30_000, interval: 500 }).toContain('实时预览测试标题');
    } finally {
      writeFileSync(file, original);
      process.kill(-dev.pid!, 'SIGTERM');
    }
  });
});
