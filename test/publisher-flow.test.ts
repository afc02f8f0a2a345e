/**
 * The publisher guide, followed as a new user would: create an item, show it on a second site,
 * sign it three times, build, and find it on both sites.
 */
import { distDir } from '@jiyue/content';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/built-sites.ts';

const pnpm = (...args: string[]) => execFileSync('pnpm', args, { cwd: root, encoding: 'utf8' });

describe('publisher flow', () => {
  it('adds, signs, checks and shows an item on two sites', () => {
    const out = pnpm('new', '--site', 'fgw', '--column', 'news', '--title', '市发展改革委召开重点项目推进会', '--date', '2026-11-20 16:00');
    const file = join(root, /已创建草稿：(\S+\.md)/.exec(out)![1]!);
    const id = /编号 ([a-z0-9-]+)/.exec(out)![1]!;
    try {
      // Show it on the city portal too, and write the body.
      writeFileSync(file, readFileSync(file, 'utf8')
        .replace('draft: true\n', 'draft: true\nshownOn:\n  - { site: city, column: news }\n')
        .replace('在此撰写正文（Markdown 格式）。', '11 月 20 日，市发展改革委召开重点项目推进会，调度全市重点项目建设进展。'));
      pnpm('sign', file, '--as', 'editor', '--name', '蒋文静');
      pnpm('sign', file, '--as', 'reviewer', '--name', '沈国平');
      expect(pnpm('sign', file, '--as', 'approver', '--name', '韩立军')).toContain('已签发');
      pnpm('build');
      for (const site of ['fgw', 'city']) {
        const page = join(distDir(root, site), 'news', id, 'index.html');
        expect(existsSync(page), site).toBe(true);
        expect(readFileSync(page, 'utf8')).toContain('调度全市重点项目建设进展');
      }
    } finally {
      rmSync(file, { force: true });
      pnpm('build'); // back to the library as committed
    }
  });
});
