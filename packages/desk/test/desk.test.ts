import { contentDir, deskCacheDir, loadRegistry, type Registry } from '@jiyue/content';
import { inspect } from '@jiyue/inspector';
import { createItem, readFrontmatter, sign, writeFrontmatter } from '@jiyue/publisher';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkItemText, fieldPaths } from '../src/check.ts';
import { deskMain } from '../src/cli.ts';
import { deskConfig } from '../src/config.ts';
import { labels, schemaPaths } from '../src/fields.ts';
import { DeskError, fromDesk, toDesk } from '../src/item-file.ts';
import { deskServer } from '../src/server.ts';

const repo = new URL('../../..', import.meta.url).pathname;

/** A scratch repository: the real registry, logos and inspector lists, no items. */
function scratchRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'jiyue-desk-'));
  mkdirSync(join(contentDir(root), 'items'), { recursive: true });
  for (const f of ['sites.yaml', 'logos', 'inspector']) cpSync(join(contentDir(repo), f), join(contentDir(root), f), { recursive: true });
  return root;
}
const registryOf = (root: string): Registry => loadRegistry(contentDir(root)).registry!;

type Field = { name: string; widget: string; options?: unknown[]; fields?: Field[]; default?: unknown; required?: boolean };
const byName = (fields: Field[], name: string) => fields.find((f) => f.name === name)!;

describe('the desk configuration (generated from the registry and the item schema)', () => {
  const root = scratchRoot();
  const registry = registryOf(root);
  const config = deskConfig(root, registry, [{ id: 'city-policy-2025-003', title: '示例市某政策' }], '2026-11-20 10:00');
  const collection = (name: string) => config.collections.find((c) => c.name === name)!;

  it('has a Chinese label for every key of the item schema', () => {
    expect(schemaPaths().filter((p) => !labels[p])).toEqual([]);
  });

  it('has one collection per site and column, in Chinese, on the local proxy only', () => {
    expect(config.collections).toHaveLength(registry.sites.reduce((n, s) => n + s.columns.length, 0));
    expect(collection('qingchuan--news')).toMatchObject({ label: '示例市晴川区人民政府 · 晴川要闻', folder: 'content/items/qingchuan/news', slug: '{{id}}' });
    expect(config).toMatchObject({ locale: 'zh_Hans', backend: { name: 'proxy', proxy_url: '/api/v1' }, media_folder: 'content/files', public_folder: 'files' });
  });

  it("offers the other sites' columns for shownOn and the site's roster for each sign-off", () => {
    const fields = collection('qingchuan--news').fields as Field[];
    const shownOn = byName(fields, 'shownOn');
    expect(shownOn.widget).toBe('select');
    expect(shownOn.options).toContainEqual({ label: '示例市人民政府 · 政务要闻', value: 'city/news' });
    expect(shownOn.options!.some((o) => (o as { value: string }).value.startsWith('qingchuan/'))).toBe(false);
    const signoff = byName(fields, 'signoff').fields!;
    expect(byName(signoff, 'editor').options).toEqual(['赵雨桐', '孙浩然']);
    expect(byName(signoff, 'reviewer').options).toEqual(['钱文博']);
    expect(byName(signoff, 'approver').options).toEqual(['李振华']);
    expect(byName(fields, 'id').default).toBe('qingchuan-news-2026-0001');
    expect(fields.some((f) => f.name === 'draft' || f.name === 'policy')).toBe(false);
  });

  it("gives each item type its own fields: a policy its metadata, an interpretation the policies", () => {
    const policy = byName(collection('city--policies').fields as Field[], 'policy');
    expect(policy.required).toBe(true);
    expect(byName(policy.fields!, 'validity')).toMatchObject({ widget: 'select', options: ['有效', '失效', '废止'] });
    const interprets = byName(collection('city--interpretations').fields as Field[], 'interprets');
    expect(interprets).toMatchObject({ widget: 'select', required: true, options: [{ label: '示例市某政策（city-policy-2025-003）', value: 'city-policy-2025-003' }] });
    const guide = byName(collection('city--guides').fields as Field[], 'guide');
    expect(byName(guide.fields!, 'materials').widget).toBe('list');
  });
});

describe('what the desk writes', () => {
  const draft = (root: string) => createItem(registryOf(root), contentDir(root), { site: 'qingchuan', column: 'news', title: '晴川区召开安全生产会议', date: '2026-11-20 10:00' });
  const edit = (text: string, change: (fm: string) => string) => toDesk(text).replace(/^---\n([\s\S]*?)\n---/, (_m, fm: string) => `---\n${change(fm)}\n---`);

  it('is the format pnpm sign writes: the same file after the same three signatures', () => {
    const a = scratchRoot();
    const b = scratchRoot();
    const viaSign = draft(a).file;
    const viaDesk = draft(b).file;
    const registry = registryOf(b);
    for (const [role, name] of [['editor', '赵雨桐'], ['reviewer', '钱文博'], ['approver', '李振华']] as const) {
      sign({ root: a, file: viaSign, role, name });
      const before = readFileSync(viaDesk, 'utf8');
      // The form as Decap sends it: the desk's view of the file with one more name chosen.
      const form = readFrontmatter(toDesk(before));
      form.doc.setIn(['signoff', role], name);
      const raw = writeFrontmatter(form);
      writeFileSync(viaDesk, fromDesk(raw, before, registry));
      expect(readFileSync(viaDesk, 'utf8'), role).toBe(readFileSync(viaSign, 'utf8'));
    }
    expect(readFileSync(viaDesk, 'utf8')).not.toContain('draft');
  });

  it('keeps shownOn as site/column pairs and dates in quotes', () => {
    const root = scratchRoot();
    const { file } = draft(root);
    const before = readFileSync(file, 'utf8');
    const text = fromDesk(edit(before, (fm) => `${fm}\nshownOn: ["city/news"]`), before, registryOf(root));
    expect(text).toContain('shownOn:\n  - site: city\n    column: news');
    expect(text).toContain('date: "2026-11-20 10:00"');
    expect(text).toContain('draft: true');
    expect(toDesk(text)).toContain('shownOn:\n  - city/news');
  });

  it('refuses a signature off the roster, out of order, by the same person twice, or changed', () => {
    const root = scratchRoot();
    const registry = registryOf(root);
    // One person on two lists, so that the roster alone cannot stop them signing twice.
    registry.sites.find((s) => s.id === 'qingchuan')!.roster.reviewers.push('赵雨桐');
    const { file } = draft(root);
    const before = readFileSync(file, 'utf8');
    const signed = (signoff: string, previous = before) => fromDesk(edit(previous, (fm) => `${fm}\nsignoff: ${signoff}`), previous, registry);
    expect(() => signed('{ editor: 路人甲 }')).toThrow(/不在示例市晴川区人民政府的编辑名单中/);
    expect(() => signed('{ reviewer: 钱文博 }')).toThrow(/请先完成编辑签字/);
    const once = signed('{ editor: 赵雨桐 }');
    expect(() => signed('{ editor: 赵雨桐, reviewer: 赵雨桐 }', once)).toThrow(DeskError);
    expect(() => signed('{ editor: 赵雨桐, reviewer: 赵雨桐 }', once)).toThrow(/三审须由不同人员完成/);
    expect(() => signed('{ editor: 孙浩然 }', once)).toThrow(/编辑已由 赵雨桐 签字，不能更改或撤销/);
  });
});

describe('checks before saving', () => {
  it("places the library's and the inspector's messages at their fields", () => {
    const root = scratchRoot();
    const { file } = createItem(registryOf(root), contentDir(root), { site: 'qingchuan', column: 'news', title: '晴川区召开安全生产会议', date: '2026-11-20 10:00' });
    const rel = file.slice(root.length + 1);
    const good = readFileSync(file, 'utf8').replace('在此撰写正文（Markdown 格式）。', '11 月 20 日，晴川区召开安全生产工作会议，部署冬季安全生产工作。');
    expect(checkItemText(root, rel, good).filter((p) => p.severity === 'error')).toEqual([]);
    const bad = good.replace('date: "2026-11-20 10:00"', 'date: "2026-11-20 10:00"\nshownOn:\n  - { site: city, column: nosuch }').replace('部署冬季', '联系电话 13912345678，部署冬季');
    const problems = checkItemText(root, rel, bad, new Set(['shownOn', 'body']));
    expect(problems.find((p) => p.rule === 'item/unknown-column')).toMatchObject({ path: 'shownOn', severity: 'error' });
    const shownOnFixed = bad.replace('nosuch', 'news');
    const phone = checkItemText(root, rel, shownOnFixed).find((p) => p.path === 'body');
    expect(phone?.message).toMatch(/手机|电话|个人信息/);
  });

  it('says exactly what pnpm check says about the same planted mistakes, and leaves the library alone', () => {
    const root = scratchRoot();
    const { file } = createItem(registryOf(root), contentDir(root), { site: 'qingchuan', column: 'news', title: '晴川区召开安全生产会议', date: '2026-11-20 10:00' });
    for (const [role, name] of [['editor', '赵雨桐'], ['reviewer', '钱文博'], ['approver', '李振华']] as const) sign({ root, file, role, name });
    const rel = file.slice(root.length + 1);
    const good = readFileSync(file, 'utf8').replace('在此撰写正文（Markdown 格式）。', '11 月 20 日，晴川区召开安全生产工作会议，部署冬季安全生产工作。');
    writeFileSync(file, good);
    expect(checkItemText(root, rel, good).filter((p) => p.severity === 'error')).toEqual([]); // the mirror and the caches now hold the good item
    const same = (p: { rule: string; severity: string; message: string; line?: number; column?: number }) => `${p.severity} ${p.rule} ${p.line}:${p.column} ${p.message}`;
    const mistakes = {
      content: good.replace('部署冬季', '联系人张伟，手机 13912345678，身份证号 110101199003077777，部署冬季'),
      library: good.replace('date: "2026-11-20 10:00"', 'date: "2026-11-20 10:00"\nshownOn:\n  - { site: city, column: nosuch }'),
    };
    for (const [kind, bad] of Object.entries(mistakes)) {
      const desk = checkItemText(root, rel, bad).map(same).sort();
      expect(readFileSync(file, 'utf8'), kind).toBe(good); // the check wrote nothing into the library
      writeFileSync(file, bad);
      const report = inspect({ root, built: false });
      const check = report.findings.filter((f) => f.file === rel && !f.rule.startsWith('inspection/')).map(same).sort();
      writeFileSync(file, good);
      expect(desk.length, kind).toBeGreaterThan(0);
      expect(desk, kind).toEqual(check);
    }
    // The kept mirror follows the library: a file added beside the item is in it, and no longer once removed.
    const twin = join(dirname(file), 'twin.md');
    const mirrored = join(deskCacheDir(root), 'check', twin.slice(root.length + 1));
    writeFileSync(twin, good);
    checkItemText(root, rel, good);
    expect(readFileSync(mirrored, 'utf8')).toBe(good);
    rmSync(twin);
    expect(checkItemText(root, rel, good).filter((p) => p.severity === 'error')).toEqual([]);
    expect(existsSync(mirrored)).toBe(false);
  });

  it('refuses a future time at 发布时间 unless the item is scheduled (定时发布)', () => {
    const root = scratchRoot();
    const { file } = createItem(registryOf(root), contentDir(root), { site: 'qingchuan', column: 'news', title: '晴川区将举办新春游园会', date: '2099-01-20 09:00' });
    const rel = file.slice(root.length + 1);
    const text = readFileSync(file, 'utf8').replace('在此撰写正文（Markdown 格式）。', '晴川区将于 1 月 20 日在滨江公园举办新春游园会。');
    const future = checkItemText(root, rel, text).filter((p) => p.rule === 'workflow/future-date');
    expect(future).toMatchObject([{ path: 'date', severity: 'error' }]);
    expect(future[0]!.message).toContain('2099-01-20 09:00');
    const scheduled = text.replace('date: "2099-01-20 09:00"', 'date: "2099-01-20 09:00"\nscheduled: true');
    expect(checkItemText(root, rel, scheduled).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('finds the field of a line: nested keys, list entries, the body', () => {
    const at = fieldPaths('---\nid: a\npolicy:\n  docNumber: x\nattachments:\n  - title: t\n    file: files/a.pdf\n---\n\n正文\n');
    expect([2, 4, 6, 7, 10].map(at)).toEqual(['id', 'policy.docNumber', 'attachments.title', 'attachments.file', 'body']);
  });
});

describe('pnpm desk, the command', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  const output = () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...a) => void lines.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a) => void lines.push(a.join(' ')));
    return lines;
  };

  it('answers --help in Chinese, naming the loopback addresses it listens on', async () => {
    const lines = output();
    expect(await deskMain(['--help'])).toBe(0);
    expect(lines.join('\n')).toMatch(/^用法：pnpm desk/);
    expect(lines.join('\n')).toContain('127.0.0.1 和 ::1');
  });

  it('explains a wrong flag or port in Chinese, without a stack trace', async () => {
    let lines = output();
    await deskMain(['--host', '0.0.0.0']);
    expect(process.exitCode).toBe(2);
    expect(lines.join('\n')).toMatch(/^错误：不认识的参数 --host/);
    vi.restoreAllMocks();
    lines = output();
    expect(await deskMain(['--port', 'abc', '--root', repo])).toBe(2);
    expect(lines).toEqual(['错误：--port 应为 1–65535 之间的整数，而不是“abc”']);
  });
});

describe('saving through the desk server', () => {
  it('writes a checked item and commits exactly that file; refuses a wrong one and writes nothing', async () => {
    const root = scratchRoot();
    const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
    writeFileSync(join(root, '.gitignore'), '.cache/\n');
    git('init', '-q');
    git('config', 'user.name', '测试');
    git('config', 'user.email', 'test@example.invalid');
    git('add', '-A');
    git('commit', '-q', '-m', 'start');
    writeFileSync(join(contentDir(root), 'sites.yaml'), readFileSync(join(contentDir(root), 'sites.yaml'), 'utf8') + '\n'); // someone else's unfinished edit
    // The form of a new draft as Decap sends it (the file pnpm new would write, through the desk's view).
    const made = createItem(registryOf(root), contentDir(root), { site: 'qingchuan', column: 'news', title: '晴川区召开安全生产会议', date: '2026-11-20 10:00' });
    const raw = toDesk(readFileSync(made.file, 'utf8').replace('在此撰写正文（Markdown 格式）。', '11 月 20 日，晴川区召开安全生产工作会议。')).replace(/\n---\n/, '\nsignoff:\n  editor: 赵雨桐\n---\n');
    rmSync(made.file);
    const path = made.file.slice(root.length + 1);

    const server = deskServer({ root, bundle: '', commit: true }).listen(0, '127.0.0.1');
    await new Promise((ok) => server.once('listening', ok));
    const save = (text: string) => fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'persistEntry', params: { dataFiles: [{ path, raw: text }], assets: [] } }),
    });
    try {
      const bad = await save(raw.replace('安全生产工作会议', '安全生产工作会议，联系电话 13912345678'));
      expect(bad.status).toBe(422);
      expect((await bad.json()).error).toMatch(/^未保存，请先改正：正文：.*手机号码/);
      expect(existsSync(made.file)).toBe(false);
      expect(git('rev-list', '--count', 'HEAD')).toBe('1');

      expect((await save(raw)).status).toBe(200);
      expect(readFileSync(made.file, 'utf8')).toMatch(/^draft: true$/m);
      expect(readFileSync(made.file, 'utf8')).toMatch(/^signoff:\n {2}editor: 赵雨桐$/m);
      expect(git('log', '-1', '--format=%s')).toBe('发布工作台：晴川区召开安全生产会议（编辑 赵雨桐 签字）');
      expect(git('show', '--name-only', '--format=', 'HEAD')).toBe(path);
      expect(git('status', '--porcelain')).toBe('M content/sites.yaml'); // left alone
    } finally {
      server.close();
    }
  });
});
