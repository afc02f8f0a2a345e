import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, findRoot } from '../src/layout.ts';

export const repoContent = contentDir(findRoot(dirname(fileURLToPath(import.meta.url))));
export const realRegistry = readFileSync(join(repoContent, 'sites.yaml'), 'utf8');

/** A scratch library: the real registry (or an edited copy) plus the given item files. */
export function scratchLibrary(opts: { registry?: string; items?: Record<string, string | Uint8Array> } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'jiyue-lib-'));
  writeFileSync(join(dir, 'sites.yaml'), opts.registry ?? realRegistry);
  cpSync(join(repoContent, 'logos'), join(dir, 'logos'), { recursive: true });
  for (const [name, body] of Object.entries(opts.items ?? {})) {
    const path = join(dir, 'items', name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
  }
  return dir;
}

/** A valid news item of the city portal; `over` replaces front-matter lines by key. */
export function newsItem(over: Record<string, string | null> = {}, body = '示例市召开专题会议，研究部署相关工作。'): string {
  const fields: Record<string, string> = {
    id: 'test-news-0001',
    title: '示例市召开专题会议',
    type: 'news',
    site: 'city',
    column: 'news',
    date: '"2026-11-20 09:30"',
    source: '示例市人民政府办公室',
    signoff: '{ editor: 林晓雯, reviewer: 陈立新, approver: 王建国 }',
  };
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete fields[k];
    else fields[k] = v;
  }
  return `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}\n`;
}
