/**
 * Every component of the design system, rendered from its fixtures with Astro's container API:
 * the folder has its parts (component, stylesheet, README of its options, fixtures); every
 * example renders clean HTML (no inline style or script, no event attribute, no IPv4 literal);
 * every `invalid*` example stops the build with a Chinese message; and each component does what
 * the requirement it implements says.
 */
import { load } from 'cheerio';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, cityPortal, department } from '../src/fixtures/demo.ts';
import { createRenderer, uiRoot, type Renderer } from './helpers/astro.ts';

const componentsDir = join(uiRoot, 'src', 'components');
const names = readdirSync(componentsDir).sort();
const kebab = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
/** Components that render nothing visible (no stylesheet needed). */
const NON_VISUAL = new Set(['PageMeta']);
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/;

let r: Renderer;
beforeAll(async () => {
  r = await createRenderer();
});
afterAll(() => r?.close());

const componentPath = (name: string) => `/src/components/${name}/${name}.astro`;
type Fixtures = Record<string, unknown> & { default: { title: string; requirement: string; render?: string } };
const fixtures = (name: string) => r.load<Fixtures>(`/src/components/${name}/${kebab(name)}.fixtures.ts`);
const examples = (f: Fixtures) => Object.entries(f).filter(([k]) => k !== 'default') as [string, Record<string, unknown>][];
const render = async (name: string, example: string, request?: Request) => {
  const f = await fixtures(name);
  return r.render(componentPath(name), f[example] as Record<string, unknown>, request ? { request } : {});
};

describe('component folders', () => {
  it('has the components the design system promises', () => {
    for (const n of ['Banner', 'Emblem', 'Footer', 'ErrorFinderBadge', 'ArchiveLabel', 'DemoRibbon', 'Breadcrumb', 'ColumnNav', 'ArticleMeta', 'PolicyTable', 'PolicyLinks', 'GuideTable', 'Pagination', 'SearchBox', 'ReadingControls', 'PrintButton', 'PageMeta', 'ItemList', 'Attachments', 'MessageMeta']) {
      expect(names, n).toContain(n);
    }
  });

  it.each(names)('%s has its component, stylesheet, README of every option and fixtures', (name) => {
    const dir = join(componentsDir, name);
    const astro = readFileSync(join(dir, `${name}.astro`), 'utf8');
    expect(existsSync(join(dir, `${kebab(name)}.fixtures.ts`)), 'fixtures').toBe(true);
    if (!NON_VISUAL.has(name)) {
      expect(existsSync(join(dir, `${name}.css`)), 'stylesheet').toBe(true);
      expect(astro).toContain(`import './${name}.css';`);
    }
    expect(astro, 'no scoped <style> or inline <script> in a component').not.toMatch(/<style|<script/);
    expect(astro, 'no style attribute').not.toMatch(/\sstyle=/);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const props = /interface Props \{([\s\S]*?)\n\}/.exec(astro)?.[1] ?? '';
    for (const m of props.matchAll(/^\s*([a-zA-Z]+)\??:/gm)) expect(readme, `README documents ${m[1]}`).toContain(`\`${m[1]}\``);
  });
});

describe.each(names)('%s fixtures', (name) => {
  it('has a title, a requirement and at least one valid example', async () => {
    const f = await fixtures(name);
    expect(f.default.title).toMatch(/[\u4e00-\u9fa5]/);
    expect(examples(f).filter(([k]) => !k.startsWith('invalid')).length).toBeGreaterThan(0);
  });

  it('renders every valid example as clean, CSP-safe HTML; every invalid one fails in Chinese', async () => {
    const f = await fixtures(name);
    for (const [example, props] of examples(f)) {
      if (example.startsWith('invalid')) {
        await expect(r.render(componentPath(name), props), example).rejects.toThrow(/[\u4e00-\u9fa5]/);
        continue;
      }
      const html = await r.render(componentPath(name), props);
      expect(html, example).not.toMatch(/\sstyle=|<style|<script|\son[a-z]+=|javascript:/i);
      expect(html, example).not.toMatch(IPV4);
      const $ = load(html);
      const ids = $('[id]').map((_, el) => $(el).attr('id')).get();
      expect(new Set(ids).size, `${example}: unique ids`).toBe(ids.length);
      $('img').each((_, img) => {
        expect($(img).attr('alt'), `${example}: img alt`).toBeTruthy();
        expect($(img).attr('src'), `${example}: same-origin image`).toMatch(/^\/(?!\/)/);
      });
    }
  });
});

describe('what each component guarantees', () => {
  it('Banner: full name, emblem placeholder on portals, inline logo on departments (D1, D2)', async () => {
    const $p = load(await render('Banner', 'cityPortalBanner'));
    expect($p('.banner__name').text()).toBe(cityPortal.name);
    expect($p('a.banner__home').attr('href')).toBe('/');
    expect($p('.emblem--placeholder').attr('aria-label')).toContain('国徽');
    expect($p('.banner__logo')).toHaveLength(0);
    const $d = load(await render('Banner', 'departmentBanner'));
    expect($d('.banner__name').text()).toBe(department.name);
    expect($d('.emblem')).toHaveLength(0);
    expect($d('.banner__logo svg')).toHaveLength(1);
    expect($d('.banner__logo').attr('aria-label')).toBe(`${department.name}标志`);
  });

  it('Banner: a department with the emblem, a portal without it, a logo with script all stop the build', async () => {
    await expect(render('Banner', 'invalidDepartmentWithEmblem')).rejects.toThrow(/部门网站“示例市发展和改革委员会”不得使用国徽/);
    await expect(render('Banner', 'invalidPortalWithoutEmblem')).rejects.toThrow(/emblem: national/);
    await expect(render('Banner', 'invalidDepartmentWithoutLogo')).rejects.toThrow(/缺少本部门标志/);
    await expect(render('Banner', 'invalidLogoWithScript')).rejects.toThrow(/不得含有脚本/);
  });

  it('Footer: every identity field, MIIT and police links, party-government label, site map, error-finder (D3, D4)', async () => {
    const $ = load(await render('Footer', 'portalFooter'));
    const text = $('.site-footer').text();
    for (const v of [cityPortal.sponsor, cityPortal.operator, cityPortal.contact.phone, cityPortal.contact.email!, cityPortal.siteCode, cityPortal.icp, cityPortal.police.number]) expect(text).toContain(v);
    for (const label of ['主办单位', '承办单位', '联系电话', '网站标识码', 'ICP备案', '公安机关备案']) expect(text).toContain(label);
    expect($('a[href="https://beian.miit.gov.cn/"]').text()).toBe(cityPortal.icp);
    expect($(`a[href="https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=${cityPortal.police.recordcode}"]`).text()).toBe(cityPortal.police.number);
    expect($(`a[href$="id=${cityPortal.partyGovLabel}"] img`).attr('alt')).toBe('党政机关网站标识');
    expect($('a[href="/sitemap/"]').text()).toBe('网站地图');
    expect($('a.jiucuo').attr('href')).toContain('site_code=9900000001');
  });

  it('Footer: a missing identity field stops the build and names it', async () => {
    await expect(render('Footer', 'invalidWithoutSponsor')).rejects.toThrow(/主办单位 sponsor/);
    await expect(render('Footer', 'invalidWithoutIcp')).rejects.toThrow(/ICP备案编号 icp/);
    await expect(render('Footer', 'invalidWithoutPolice')).rejects.toThrow(/公安机关备案号/);
    await expect(render('Footer', 'invalidWithoutPartyGovLabel')).rejects.toThrow(/党政机关网站标识/);
  });

  it('ErrorFinderBadge: static link with site code and page URL, self-hosted image with alt (D4)', async () => {
    const $ = load(await render('ErrorFinderBadge', 'portalPage'));
    const href = new URL($('a.jiucuo').attr('href')!);
    expect(href.origin + href.pathname).toBe('https://zfwzgl.www.gov.cn/exposure/jiucuo.html');
    expect(href.searchParams.get('site_code')).toBe('9900000001');
    expect(href.searchParams.get('url')).toBe('https://www.shili.gov.cn/policies/city-policy-2025-003/');
    expect($('a.jiucuo img').attr('alt')).toBe('政府网站找错');
    expect($('a.jiucuo img').attr('src')).toMatch(/^\/.*jiucuo.*\.svg/);
  });

  it('ArchiveLabel: 已归档 with the date (D5)', async () => {
    const $ = load(await render('ArchiveLabel', 'archived'));
    expect($('.archive-label').text().replace(/\s+/g, ' ')).toBe('已归档 · 归档时间 2024-12-31');
    expect($('.archive-label time').attr('datetime')).toBe('2024-12-31');
  });

  it('ArticleMeta: 发布时间 YYYY-MM-DD HH:MM and 来源 (C9)', async () => {
    const $ = load(await render('ArticleMeta', 'shownFromAnotherSite'));
    expect($('.article-meta').text()).toMatch(/发布时间：2025-03-12 10:00\s*来源：示例市人民政府办公室\s*发布网站：示例市人民政府/);
    expect($('time').attr('datetime')).toBe('2025-03-12T10:00:00+08:00');
  });

  it('PageMeta: site tags always, column and article tags when given (D1)', async () => {
    const meta = async (example: string) => {
      const $ = load(await render('PageMeta', example));
      return Object.fromEntries($('meta').map((_, m) => [[$(m).attr('name'), $(m).attr('content')]]).get());
    };
    expect(await meta('homePage')).toEqual({ SiteName: '示例市人民政府', SiteDomain: 'www.shili.gov.cn', SiteIDCode: '9900000001' });
    expect(Object.keys(await meta('columnPage'))).toEqual(['SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName', 'ColumnType']);
    expect(await meta('itemPage')).toMatchObject({ ArticleTitle: '示例市人民政府关于进一步优化营商环境的若干措施', PubDate: '2025-03-12 10:00', ContentSource: '示例市人民政府办公室' });
  });

  it('PolicyTable: the eight disclosure fields in a table with row headers (C2, D8)', async () => {
    const $ = load(await render('PolicyTable', 'validPolicy'));
    expect($('th[scope="row"]').map((_, th) => $(th).text()).get()).toEqual(['索引号', '主题分类', '发文机关', '成文日期', '标题', '文号', '发布日期', '有效性']);
    expect($('caption').text()).toBe('政府信息公开标识');
  });

  it('PolicyLinks: both directions, nothing when empty (C3)', async () => {
    expect(load(await render('PolicyLinks', 'onPolicy'))('h2').text()).toBe('相关政策解读');
    expect(load(await render('PolicyLinks', 'onInterpretationFromAnotherSite'))('.policy-links__site').text()).toBe('（示例市人民政府）');
    expect((await render('PolicyLinks', 'empty')).trim()).toBe('');
  });

  it('GuideTable: every C8 row, the online-handling level and the forms', async () => {
    const $ = load(await render('GuideTable', 'fullGuide'));
    const heads = $('th').map((_, th) => $(th).text()).get();
    expect(heads).toEqual(['设定依据', '受理条件', '申请材料', '办理流程', '办理时限', '收费标准', '办理机构', '咨询电话', '注意事项', '网上办理深度', '表格下载']);
    expect($('td').eq(9).text()).toBe('四级（全程网上办理）');
    expect($('a[href="/files/lhjy-dengjibiao.pdf"]').text()).toBe('灵活就业人员参保登记表');
    expect($('ol li')).toHaveLength(2);
    expect(load(await render('GuideTable', 'withoutForms'))('td').last().text()).toBe('本事项无需填写表格');
  });

  it('Pagination: a window of pages with gaps, the current page marked, nothing for one page', async () => {
    const $ = load(await render('Pagination', 'middleOfTwelve'));
    expect($('li').map((_, li) => $(li).text()).get()).toEqual(['上一页', '第 1 页', '…', '第 4 页', '第 5 页', '第 6 页', '第 7 页', '第 8 页', '…', '第 12 页', '下一页']);
    expect($('[aria-current="page"]').text()).toBe('第 6 页');
    expect($('a[rel="prev"]').attr('href')).toBe('/news/index_5/');
    expect((await render('Pagination', 'singlePage')).trim()).toBe('');
  });

  it('SearchBox: a labelled GET form to /search/', async () => {
    const $ = load(await render('SearchBox', 'withQuery'));
    expect($('form').attr('action')).toBe('/search/');
    expect($('form').attr('method')).toBe('get');
    expect($(`label[for="${$('input').attr('id')}"]`).text()).toBe('站内搜索');
    expect($('input').attr('value')).toBe('营商环境');
  });

  it('ReadingControls: 大/中/小 and 长者模式 as toggle buttons driven by data attributes (D7)', async () => {
    const $ = load(await render('ReadingControls', 'toolbar'));
    expect($('[data-set-font]').map((_, b) => $(b).attr('data-set-font')).get()).toEqual(['large', 'medium', 'small']);
    expect($('[data-set-font]').map((_, b) => `${$(b).text()}|${$(b).attr('aria-label')}`).get()).toEqual(['大|大号字', '中|中号字', '小|小号字']);
    expect($('[data-toggle-elder]').text()).toBe('长者模式');
    $('button').each((_, b) => expect($(b).attr('aria-pressed')).toMatch(/^(true|false)$/));
  });

  it('ContactLinks and GuideAction make every number a tel: link, every address a mailto: link, and start the matter', async () => {
    const $c = load(await render('ContactLinks', 'several'));
    expect($c('a').map((_, a) => $c(a).attr('href')).get()).toEqual(['tel:099912333', 'tel:12345', 'mailto:web@shili.gov.cn']);
    const { linkContacts } = await r.load<typeof import('../src/components/ContactLinks/contact.ts')>('/src/components/ContactLinks/contact.ts');
    const body = linkContacts('<p>请拨打热线 12345 或 0999-12345678-801，补贴 12345 元，<a href="/x">0999-11111111</a></p>');
    expect(load(body)('a').map((_, a) => load(body)(a).attr('href')).get()).toEqual(['tel:12345', 'tel:099912345678,801', '/x']);
    const $g = load(await render('GuideAction', 'online'));
    expect($g('a.button').attr('href')).toBe('https://zwfw.shili.gov.cn/item/330100');
    expect($g('a.button').text()).toBe('在线办理');
    expect($g('dt').map((_, d) => $g(d).text()).get()).toEqual(['窗口办理', '办理地点', '办公时间', '咨询电话']);
    const $o = load(await render('GuideAction', 'officeOnly'));
    expect($o('a.button')).toHaveLength(0);
    expect($o('a[href^="tel:"]')).toHaveLength(1);
  });

  it('DemoRibbon, ItemList, Attachments, MessageMeta, Breadcrumb, ColumnNav, Emblem, PrintButton say what they should', async () => {
    expect(load(await render('DemoRibbon', 'demoCity'))('.demo-ribbon').text()).toContain('演示网站');
    const $l = load(await render('ItemList', 'columnPage'));
    expect($l('li')).toHaveLength(3);
    expect($l('li').last().find('.item-list__archived').text()).toBe('已归档');
    expect($l('time').first().text()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const $a = load(await render('Attachments', 'twoFiles'));
    expect($a('a').map((_, a) => $a(a).attr('href')).get()).toEqual(['/files/yingshang-quanwen.pdf', '/files/qiye-kaiban.xlsx']);
    expect($a('.attachments__kind').first().text()).toBe('（PDF）');
    expect(load(await render('MessageMeta', 'answered'))('dt').map((_, d) => load(d)('*').text()).get().join()).toMatch(/受理日期.*答复日期.*答复部门/);
    const $b = load(await render('Breadcrumb', 'itemPage'));
    expect($b('nav').attr('aria-label')).toBe('当前位置');
    expect($b('[aria-current="page"]').text()).toContain('若干措施');
    const $n = load(await render('ColumnNav', 'inPolicies'));
    expect($n('[aria-current="page"]').text()).toBe('政策文件');
    expect(load(await render('Emblem', 'placeholder'))('.emblem--placeholder').text()).toBe('国徽');
    expect(load(await render('PrintButton', 'standard'))('button[data-print]').text()).toBe('打印本页');
  });
});

describe('the page layout', () => {
  const renderPage = async (path: string, props: Record<string, unknown> = {}) =>
    load(await r.render('/src/layouts/Page.astro', { bundle, title: '政务要闻', ...props }, { request: new Request(`https://www.shili.gov.cn${path}`), slots: { default: '<p>内容</p>' }, partial: false }));

  it('puts identity, navigation, skip link and the reading-preferences script in every page', async () => {
    const $ = await renderPage('/news/', { column: { id: 'news', name: '政务要闻', type: 'news' }, trail: [{ title: '政务要闻' }] });
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('html').attr('data-theme')).toBe('red');
    expect($('body > a.skip-link').first().attr('href')).toBe('#main');
    expect($('main#main')).toHaveLength(1);
    expect($('header.site-header .banner__name').text()).toBe('示例市人民政府');
    expect($('nav.column-nav [aria-current="page"]').text()).toBe('政务要闻');
    expect($('meta[name="ColumnName"]').attr('content')).toBe('政务要闻');
    expect($('footer.site-footer')).toHaveLength(1);
    expect($('.demo-ribbon')).toHaveLength(1);
    // The only script: external, classic (not deferred, not a module), in <head> — before the first paint.
    const scripts = $('script');
    expect(scripts).toHaveLength(1);
    expect(scripts.parent().is('head')).toBe(true);
    expect(scripts.attr('src')).toMatch(/prefs\.js/);
    expect(scripts.attr('type') ?? '').toBe('');
    expect(scripts.attr('defer') ?? scripts.attr('async')).toBeUndefined();
    expect($.html()).not.toMatch(/\sstyle=|<style|\son[a-z]+=/i);
    expect($('title').text()).toBe('政务要闻 - 示例市人民政府');
  });

  it('marks 首页 as current on the home page only, and refuses an unknown theme', async () => {
    const $ = await renderPage('/');
    expect($('nav.column-nav [aria-current="page"]').text()).toBe('首页');
    expect($('title').text()).toBe('示例市人民政府');
    await expect(renderPage('/', { bundle: { ...bundle, site: { ...bundle.site, theme: 'green' } } })).rejects.toThrow(/主题“green”不存在/);
  });
});

describe('the showcase', () => {
  it('renders every valid example of every fixtures file, inside the real layout', async () => {
    const html = await r.render('/showcase/src/pages/index.astro', {}, { request: new Request('https://www.shili.gov.cn/'), partial: false });
    const $ = load(html);
    expect($('.banner__name').first().text()).toBe('示例市人民政府');
    const shown = new Set($('[data-example]').map((_, el) => $(el).attr('data-example')).get());
    for (const name of names) {
      const f = await fixtures(name);
      for (const [example] of examples(f)) {
        if (example.startsWith('invalid')) expect($(`#${name} .showcase-invalid`).text(), `${name}.${example}`).toContain(example);
        else expect(shown.has(`${name}.${example}`), `${name}.${example}`).toBe(true);
      }
    }
    expect(html).not.toMatch(/\sstyle=|<style|\son[a-z]+=/i);
  });
});
