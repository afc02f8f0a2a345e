/**
 * The publisher desk in a real browser (issue 17): a news item of a district (晴川区) shown on the
 * city portal is written, checked (a planted mistake is shown next to its field and the save is
 * refused), signed by three people of the roster in turn, built, and found on both sites — all
 * through the desk in Chromium, which may reach nothing but the loopback desk. Every save is
 * committed and pushed: to keep this repository's own history out of it, the desk's git runs on a
 * scratch repository (GIT_DIR) over this work tree, whose upstream is a bare repository on this
 * machine; the scenario ends with the signed item in that remote. Screenshots of each step go to
 * test-results/screenshots/ (the publisher guide's come from here).
 */
import { contentDir, distDir } from '@jiyue/content';
import { ensureBundle, listen } from '@jiyue/desk';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser.ts';
import { root } from './helpers/built-sites.ts';

const PORT = 4870;
const DESK = `http://127.0.0.1:${PORT}`;
const SHOTS = join(root, 'test-results', 'screenshots');
const TITLE = '晴川区举办社区养老服务开放日活动';
const BODY = '12 月 3 日，晴川区在各街道社区养老服务中心同步举办开放日活动，居民可现场体验助餐、助浴和康复服务。';

let browser: Browser;
let servers: Server[];
let page: Page;
const outside: string[] = [];
let file = '';

// The desk's git: a scratch repository (its own index and history) over this work tree, tracking a bare remote.
const scratch = mkdtempSync(join(tmpdir(), 'jiyue-desk-git-'));
const remote = join(scratch, 'remote.git');
const gitEnv = { GIT_DIR: join(scratch, 'work.git'), GIT_WORK_TREE: root };
const outerGit = { GIT_DIR: process.env.GIT_DIR, GIT_WORK_TREE: process.env.GIT_WORK_TREE };
/** The environment of the builds: this repository's own git, not the desk's scratch one. */
const buildEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !(k in gitEnv)));
const inRemote = (...args: string[]) => execFileSync('git', ['--git-dir', remote, ...args], { encoding: 'utf8', env: buildEnv() }).trim();

beforeAll(async () => {
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
  Object.assign(process.env, gitEnv);
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=测试', '-c', 'user.email=test@example.invalid', 'commit', '-q', '--allow-empty', '-m', 'start');
  git('config', 'user.name', '发布工作台测试');
  git('config', 'user.email', 'desk@example.invalid');
  git('remote', 'add', 'origin', remote);
  git('push', '-q', '-u', 'origin', 'main');
  servers = await listen({ root, bundle: await ensureBundle(root), commit: true }, PORT);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
  // Nothing but the desk itself: any other host is recorded and refused.
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'http:' && url.host === `127.0.0.1:${PORT}`) return route.continue();
    if (url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers ?? []) s.close();
  for (const [k, v] of Object.entries(outerGit)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  rmSync(scratch, { recursive: true, force: true });
  if (file && existsSync(file)) {
    rmSync(file);
    execFileSync('pnpm', ['build'], { cwd: root, stdio: 'ignore', env: buildEnv() }); // back to the library as committed
  }
});

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `desk-${name}.png`) });

/** Picks an option of a Decap select (react-select) by its visible text. */
async function choose(label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function save() {
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByRole('menuitem', { name: '立即保存' }).click();
}

/** The front matter of the saved item, as text. */
const saved = () => readFileSync(file, 'utf8');

describe('the publisher desk', () => {
  it('writes, checks, signs three times and publishes a district item on the city portal too', async () => {
    await page.goto(DESK);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('示例市晴川区人民政府 · 晴川要闻').first().waitFor();
    await shot('1-collections');

    // The editor: a new item, shown on the city portal, with a planted mistake (a mobile number).
    await page.goto(`${DESK}/#/collections/qingchuan--news/new`);
    await page.getByLabel('标题', { exact: true }).fill(TITLE);
    const id = await page.getByLabel('编号（网址的最后一段）').inputValue();
    expect(id).toMatch(/^qingchuan-news-\d{4}-\d{4}$/);
    file = join(contentDir(root), 'items', 'qingchuan', 'news', `${id}.md`);
    await choose('同时在以下网站栏目展示 (可选)', '示例市人民政府 · 政务要闻');
    await choose('编辑 (可选)', '赵雨桐');
    const body = page.locator('[data-slate-editor="true"]');
    await body.click();
    await page.keyboard.type(`${BODY}咨询电话 13912345678。`);
    const bodyMessages = page.locator('ul.jiyue-check-messages[data-field="body"]');
    await expect.poll(() => bodyMessages.textContent(), { timeout: 30_000 }).toMatch(/手机号码|个人信息/);
    // The preview pane (Decap renders it in a frame) reads 草稿 until the approver has signed.
    const banner = page.frameLocator('iframe').first().locator('.jiyue-draft-banner');
    await expect.poll(() => banner.textContent(), { timeout: 30_000 }).toContain('草稿：尚未完成三审（已签 1 / 3）');
    await bodyMessages.scrollIntoViewIfNeeded();
    await shot('2-check-message');
    await save();
    await page.getByText(/请先改正|手机号码/).first().waitFor();
    expect(existsSync(file)).toBe(false); // refused before anything was written

    // The mistake removed, the draft is saved with the editor's signature.
    await body.click();
    for (let i = 0; i < '咨询电话 13912345678。'.length; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => bodyMessages.count(), { timeout: 30_000 }).toBe(0);
    await save();
    await expect.poll(() => existsSync(file) && saved(), { timeout: 30_000 }).toContain('editor: 赵雨桐');
    expect(saved()).toContain('draft: true');
    expect(saved()).toMatch(/shownOn:\n {2}- site: city\n {4}column: news/);
    await shot('3-draft-saved');

    // The reviewer, then the approver, each choosing their own name.
    for (const [label, name] of [['审核 (可选)', '钱文博'], ['签发 (可选)', '李振华']] as const) {
      await page.goto(`${DESK}/#/collections/qingchuan--news/entries/${id}`);
      await page.getByLabel('标题', { exact: true }).waitFor();
      await choose(label, name);
      await save();
      await expect.poll(() => saved(), { timeout: 30_000 }).toContain(`: ${name}`);
    }
    // Each save was pushed (the server answers after the push): the remote holds the three sign-offs and the signed file.
    const path = relative(root, file);
    const signoffs = [`发布工作台：${TITLE}（签发 李振华，三审完成）`, `发布工作台：${TITLE}（审核 钱文博 签字）`, `发布工作台：${TITLE}（编辑 赵雨桐 签字）`];
    await expect.poll(() => inRemote('log', '--format=%s', 'main', '--', path).split('\n'), { timeout: 30_000 }).toEqual(signoffs);
    expect(inRemote('show', `main:${path}`)).toBe(saved().trimEnd());
    await page.getByText('修改已保存').waitFor();
    await expect.poll(() => page.locator('#jiyue-push-status').textContent(), { timeout: 30_000 }).toContain('已推送到远程仓库 origin/main');
    await shot('4-signed');
    expect(await banner.count()).toBe(0); // signed three times: no longer a draft
    expect(saved()).not.toContain('draft');
    expect(saved()).toMatch(/signoff:\n {2}editor: 赵雨桐\n {2}reviewer: 钱文博\n {2}approver: 李振华/);
    expect(outside).toEqual([]);

    // The next build publishes it on the district site and on the city portal.
    execFileSync('pnpm', ['build'], { cwd: root, stdio: 'pipe', env: buildEnv() });
    for (const site of ['qingchuan', 'city']) {
      const built = join(distDir(root, site), 'news', id, 'index.html');
      expect(existsSync(built), site).toBe(true);
      expect(readFileSync(built, 'utf8')).toContain('居民可现场体验助餐、助浴和康复服务');
    }
  });

  it('answers only loopback names', async () => {
    // What a page of another site would send after pointing its own name at 127.0.0.1 (DNS rebinding).
    const status = (host: string) => new Promise<number>((ok, fail) => {
      request({ host: '127.0.0.1', port: PORT, path: '/config.json', headers: { host } }, (res) => {
        res.resume();
        ok(res.statusCode!);
      }).on('error', fail).end();
    });
    expect(await status('desk.example.com')).toBe(403);
    expect(await status(`127.0.0.1:${PORT}`)).toBe(200);
    expect(await status(`[::1]:${PORT}`)).toBe(200);
  });
});
