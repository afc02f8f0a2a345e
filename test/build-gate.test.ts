/** `pnpm build` runs the content checks first and writes nothing when they find an error. */
import { bundleFile } from '@jiyue/content';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/built-sites.ts';

function build(): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync('pnpm', ['build'], { cwd: root, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, output: err.stdout + err.stderr };
  }
}

describe('build gate', () => {
  it('refuses an item with a personal mobile number and leaves every site as it was', () => {
    const file = join(root, 'content/items/city/news/zz-gate-test.md');
    const bundle = bundleFile(root, 'city');
    const before = { bytes: readFileSync(bundle, 'utf8'), mtime: statSync(bundle).mtimeMs };
    writeFileSync(file, `---
id: zz-gate-test
title: 示例市开展便民服务活动
type: news
site: city
column: news
date: "2026-11-20 10:00"
source: 示例市人民政府办公室
signoff: { editor: 林晓雯, reviewer: 陈立新, approver: 王建国 }
---

活动咨询请联系张先生，手机 13912345678。
`);
    try {
      const { code, output } = build();
      expect(code).not.toBe(0);
      expect(output).toMatch(/content\/items\/city\/news\/zz-gate-test\.md:12:\d+ 错误 \[forbidden\/mobile\]/);
      expect(output).toContain('未构建任何网站');
      expect(readFileSync(bundle, 'utf8')).toBe(before.bytes);
      expect(statSync(bundle).mtimeMs).toBe(before.mtime);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
