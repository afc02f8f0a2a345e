import { contentDir, loadLibrary, loadRegistry } from '@jiyue/content';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { codeowners } from '../src/codeowners.ts';
import { createItem } from '../src/new-item.ts';
import { schedule } from '../src/schedule.ts';
import { sign } from '../src/sign.ts';
import { openSite, type NewSite } from '../src/site-new.ts';

const repo = new URL('../../..', import.meta.url).pathname;

/** A scratch repository root: the real registry and logos, no items, the site-kit manifest. */
function scratchRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'jiyue-pub-'));
  mkdirSync(join(root, 'content', 'items'), { recursive: true });
  cpSync(join(repo, 'content/sites.yaml'), join(root, 'content/sites.yaml'));
  cpSync(join(repo, 'content/logos'), join(root, 'content/logos'), { recursive: true });
  mkdirSync(join(root, 'packages/site-kit'), { recursive: true });
  cpSync(join(repo, 'packages/site-kit/package.json'), join(root, 'packages/site-kit/package.json'));
  return root;
}

const library = (root: string) => loadLibrary({ libraryDir: contentDir(root), cwd: root });

function newDraft(root: string) {
  const { registry } = loadRegistry(contentDir(root));
  return createItem(registry!, contentDir(root), { site: 'city', column: 'news', title: '示例市开展安全生产大检查', date: '2026-11-20 10:00' });
}

describe('pnpm new', () => {
  it('writes a valid draft with a stable id, in its site folder', () => {
    const root = scratchRoot();
    const made = newDraft(root);
    expect(made.id).toBe('city-news-2026-0001');
    expect(made.file).toBe(join(root, 'content/items/city/news/city-news-2026-0001.md'));
    expect(made.url).toBe('https://www.shili.gov.cn/news/city-news-2026-0001/');
    const r = library(root);
    expect(r.problems).toEqual([]);
    expect(r.library!.items).toHaveLength(0); // a draft is not published
    expect(newDraft(root).id).toBe('city-news-2026-0002');
  });

  it('writes the fields a policy needs', () => {
    const root = scratchRoot();
    const { registry } = loadRegistry(contentDir(root));
    const made = createItem(registry!, contentDir(root), { site: 'city', column: 'policies', title: '示例市关于某事项的通知', date: '2026-11-20 10:00' });
    expect(readFileSync(made.file, 'utf8')).toMatch(/policy:\n {2}docNumber:/);
    expect(library(root).problems).toEqual([]);
  });

  it('refuses an unknown column, naming the choices', () => {
    const root = scratchRoot();
    const { registry } = loadRegistry(contentDir(root));
    expect(() => createItem(registry!, contentDir(root), { site: 'city', column: 'nosuch', title: '标题' })).toThrow(/没有栏目“nosuch”.*news（政务要闻）/);
  });
});

describe('pnpm sign (C5)', () => {
  it('takes the three steps in order, by three different people on the roster, then publishes', () => {
    const root = scratchRoot();
    const { file } = newDraft(root);
    expect(() => sign({ root, file, role: 'editor', name: '张三' })).toThrow(/不在示例市人民政府的编辑名单中/);
    expect(() => sign({ root, file, role: 'reviewer', name: '陈立新' })).toThrow(/请先完成编辑签字/);
    expect(sign({ root, file, role: 'editor', name: '林晓雯' })).toEqual({ published: false });
    expect(() => sign({ root, file, role: 'editor', name: '周子航' })).toThrow(/编辑已由 林晓雯 签字/);
    expect(sign({ root, file, role: 'reviewer', name: '陈立新' })).toEqual({ published: false });
    expect(library(root).library!.items).toHaveLength(0);
    expect(sign({ root, file, role: 'approver', name: '王建国' })).toEqual({ published: true });
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('draft');
    expect(text).toContain('在此撰写正文');
    const r = library(root);
    expect(r.problems).toEqual([]);
    expect(r.library!.items[0]!.meta.signoff).toEqual({ editor: '林晓雯', reviewer: '陈立新', approver: '王建国' });
  });

  it('refuses one person signing twice', () => {
    const root = scratchRoot();
    const registry = readFileSync(join(root, 'content/sites.yaml'), 'utf8').replace('reviewers: [陈立新]', 'reviewers: [陈立新, 林晓雯]');
    writeFileSync(join(root, 'content/sites.yaml'), registry);
    const { file } = newDraft(root);
    sign({ root, file, role: 'editor', name: '林晓雯' });
    expect(() => sign({ root, file, role: 'reviewer', name: '林晓雯' })).toThrow(/三审须由不同人员完成/);
  });

  it('is refused by the build when a published item is unsigned', () => {
    const root = scratchRoot();
    const { file } = newDraft(root);
    writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true\n', ''));
    expect(library(root).problems.map((p) => p.rule)).toEqual(['item/unsigned']);
  });
});

const newDepartment: NewSite = {
  id: 'jyj', name: '示例市教育局', kind: 'department', parent: 'city', domain: 'jyj.shili.gov.cn',
  chineseDomain: '示例市教育局.政务', siteCode: 'bm99000103', icp: '演ICP备99000001号-4',
  police: { number: '演公网安备99000002000103号', recordcode: '99000002000103' },
  sponsor: '示例市教育局', operator: '示例市教育信息中心', contact: { phone: '0999-12340103' },
  partyGovLabel: '99000000103', logo: 'logos/fgw.svg',
  roster: { editors: ['许文华'], reviewers: ['邓立平'], approvers: ['曹建军'] },
};

describe('pnpm site:new', () => {
  it('registers the site, scaffolds its app and drafts the opening notice on the parent portal', () => {
    const root = scratchRoot();
    const { app, notice } = openSite(root, newDepartment, '2026-11-21');
    expect(existsSync(join(app, 'astro.config.ts'))).toBe(true);
    expect(readFileSync(join(app, 'astro.config.ts'), 'utf8')).toContain("jiyue({ site: 'jyj' })");
    const { registry, problems } = loadRegistry(contentDir(root));
    expect(problems).toEqual([]);
    expect(registry!.sites.find((s) => s.id === 'jyj')!.columns.map((c) => c.id)).toContain('news');
    expect(notice).toBe(join(root, 'content/items/city/notices/city-notices-2026-0001.md'));
    expect(readFileSync(notice!, 'utf8')).toContain('关于示例市教育局正式开通的公告');
    expect(library(root).problems).toEqual([]);
  });

  it('refuses a second site for the same unit and changes nothing', () => {
    const root = scratchRoot();
    const before = readFileSync(join(root, 'content/sites.yaml'), 'utf8');
    expect(() => openSite(root, { ...newDepartment, sponsor: '示例市发展和改革委员会' }, '2026-11-21')).toThrow(/registry\/one-site-per-unit/);
    expect(readFileSync(join(root, 'content/sites.yaml'), 'utf8')).toBe(before);
    expect(existsSync(join(root, 'apps/jyj'))).toBe(false);
  });

  it('refuses a department domain outside its portal', () => {
    const root = scratchRoot();
    expect(() => openSite(root, { ...newDepartment, domain: 'jyj.example.gov.cn' }, '2026-11-21')).toThrow(/registry\/domain/);
  });
});

describe('CODEOWNERS', () => {
  it('is up to date with the registry (regenerate with pnpm codeowners)', () => {
    const { registry } = loadRegistry(contentDir(repo));
    expect(readFileSync(join(repo, '.github/CODEOWNERS'), 'utf8')).toBe(codeowners(registry!, 'jiyue-demo'));
  });

  it("makes each site's reviewers own its items", () => {
    const { registry } = loadRegistry(contentDir(repo));
    const text = codeowners(registry!, 'shili');
    for (const site of registry!.sites) {
      expect(text).toContain(`/content/items/${site.id}/ @shili/jiyue-${site.id}-reviewers @shili/jiyue-${site.id}-approvers`);
    }
  });
});

/** Runs a publisher command as a publisher would, without a terminal. */
const run = (bin: string, args: string[]) => {
  try {
    return { code: 0, out: execFileSync('pnpm', ['exec', bin, ...args], { cwd: repo, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    const err = e as { status: number; stderr: string; stdout: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
};

describe('commands in a terminal-less run', () => {

  it('new: names a missing flag, creates with all flags', () => {
    const root = scratchRoot();
    expect(run('jiyue-new', ['--root', root, '--site', 'city'])).toMatchObject({ code: 1, out: expect.stringContaining('缺少参数 --column') });
    const ok = run('jiyue-new', ['--root', root, '--site', 'fgw', '--column', 'news', '--title', '市发展改革委召开专题会议', '--date', '2026-11-20 15:00']);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('https://fgw.shili.gov.cn/news/fgw-news-2026-0001/');
  });

  it('sign: refuses someone off the roster with exit code 1', () => {
    const root = scratchRoot();
    const { file } = newDraft(root);
    const r = run('jiyue-sign', [file, '--root', root, '--as', 'editor', '--name', '路人甲']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('不在示例市人民政府的编辑名单中');
  });

  it('site:new: a mistake in the entry file is shown at its line there, and nothing is changed', () => {
    const root = scratchRoot();
    const entry = join(root, 'new-site.yaml');
    const text = stringify({ ...newDepartment, contact: { phone: '请填写电话' } });
    writeFileSync(entry, text);
    const line = text.split('\n').findIndex((l) => l.includes('phone:')) + 1;
    const r = run('jiyue-site-new', ['--root', root, '--file', entry]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`new-site\\.yaml:${line}:\\d+ 错误 \\[registry/contact-phone\\]`));
    expect(existsSync(join(root, 'apps/jyj'))).toBe(false);
  });

  it.each(['jiyue-new', 'jiyue-sign', 'jiyue-site-new', 'jiyue-codeowners', 'jiyue-schedule'])('%s: answers --help in Chinese, and a wrong flag with the usage, never a stack trace', (bin) => {
    const help = run(bin, ['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^用法：pnpm /);
    const wrong = run(bin, ['--no-such-flag']);
    expect(wrong.code).toBe(2);
    expect(wrong.out).toContain('错误：不认识的参数 --no-such-flag');
    expect(wrong.out).toContain('用法：');
    expect(wrong.out).not.toMatch(/\n\s+at /);
  });

  it('new, schedule: a wrong --site lists every valid id with its name', () => {
    const root = scratchRoot();
    for (const [bin, ...args] of [['jiyue-new', '--column', 'news', '--title', '标题'], ['jiyue-schedule']] as const) {
      const r = run(bin, ['--root', root, '--site', 'citty', ...args]);
      expect(r.code).toBe(2);
      expect(r.out).toContain('没有编号为“citty”的网站。可选网站：');
      expect(r.out).toContain('city（示例市人民政府）');
      expect(r.out).toContain('qingchuan（示例市晴川区人民政府）');
    }
  });
});

describe('pnpm schedule (定时发布)', () => {
  it('lists scheduled items as unsigned, waiting or due, by the clock', () => {
    const root = scratchRoot();
    const { registry } = loadRegistry(contentDir(root));
    const due = createItem(registry!, contentDir(root), { site: 'city', column: 'news', title: '定时发布的通知一', date: '2026-12-05 09:00' });
    const later = createItem(registry!, contentDir(root), { site: 'city', column: 'news', title: '定时发布的通知二', date: '2026-12-08 09:00' });
    createItem(registry!, contentDir(root), { site: 'city', column: 'news', title: '普通文章', date: '2026-11-20 09:00' });
    for (const { file } of [due, later]) {
      writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true', 'draft: true\nscheduled: true'));
    }
    expect(schedule(root, '2026-12-06 00:00').items.map((i) => i.state)).toEqual(['unsigned', 'unsigned']);
    for (const [role, name] of [['editor', '林晓雯'], ['reviewer', '陈立新'], ['approver', '王建国']] as const) {
      for (const { file } of [due, later]) sign({ root, file, role, name });
    }
    const listed = schedule(root, '2026-12-06 00:00').items;
    expect(listed.map((i) => [i.title, i.state])).toEqual([['定时发布的通知一', 'due'], ['定时发布的通知二', 'waiting']]);
    expect(listed[0]!.file).toBe('content/items/city/news/city-news-2026-0001.md');
    const out = run('jiyue-schedule', ['--root', root, '--due', '--now', '2026-12-06 00:00']).out;
    expect(out).toContain('定时发布的通知一');
    expect(out).toContain('已到时间，下次构建上线');
    expect(out).not.toContain('定时发布的通知二');
  });
});
