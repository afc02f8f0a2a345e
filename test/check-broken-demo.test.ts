/**
 * `pnpm check` on a deliberately broken copy of the demo city: every planted defect is reported
 * with its rule, file and line, and the check fails; the demo itself passes.
 */
import { contentDir } from '@jiyue/content';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/built-sites.ts';

function check(dir: string): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync('pnpm', ['exec', 'jiyue-check', '--root', dir, '--date', '2026-11-21', '--no-built'], { cwd: root, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

describe('pnpm check on the demo city', () => {
  it('passes on the demo as committed', () => {
    const { code, out } = check(root);
    expect(code, out).toBe(0);
    expect(out).toContain('错误 0 个');
  });

  it('publishes the results snapshot the city portal shows (I6)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiyue-publish-'));
    cpSync(contentDir(root), contentDir(dir), { recursive: true });
    execFileSync('pnpm', ['exec', 'jiyue-check', '--root', dir, '--date', '2026-11-21', '--no-built', '--publish'], { cwd: root, stdio: 'pipe' });
    const results = JSON.parse(readFileSync(join(dir, 'content/inspection/results.json'), 'utf8'));
    expect(results.date).toBe('2026-11-21');
    expect(results.sites.map((s: { verdict: string }) => s.verdict)).toEqual(['合格', '合格', '合格', '合格', '合格']);
  });

  it('fails on a broken copy, naming each planted defect', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiyue-broken-'));
    cpSync(contentDir(root), contentDir(dir), { recursive: true });
    const file = join(dir, 'content/items/city/news/city-news-2025-0101.md');
    const lines = readFileSync(file, 'utf8').split('\n');
    const body = lines.length;
    lines.push(
      '', '报名请联系王先生，身份证号 11010519491231002X，手机 13812345678。', // personal data (C6)
      '', '本站長期提供優質服務。', // traditional characters (C7)
      '', '本公司专业建站，提供网站建设、域名注册服务，欢迎点击咨询。', // advertising (C6)
      '', '澳门新葡京在线娱乐，注册即送彩金。', // gambling (C6)
    );
    writeFileSync(file, lines.join('\n'));
    const { code, out } = check(dir);
    expect(code).toBe(1);
    const at = (rule: string, line: number) => new RegExp(`content/items/city/news/city-news-2025-0101\\.md:${line}:\\d+ 错误 \\[${rule}\\]`);
    expect(out).toMatch(at('forbidden/id-card', body + 2));
    expect(out).toMatch(at('forbidden/mobile', body + 2));
    expect(out).toMatch(at('language/traditional', body + 4));
    expect(out).toMatch(at('forbidden/advertising', body + 6));
    expect(out).toMatch(at('forbidden/gambling', body + 8));
    expect(out).toMatch(/✗ 示例市人民政府（www\.shili\.gov\.cn）不合格/);
  });
});
