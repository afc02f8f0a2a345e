import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadLogo } from './logo.ts';
import type { ContentProblem } from '../errors.ts';
import { validate } from '../validate.ts';
import { parseYaml, type YamlSource } from '../yaml-source.ts';
import { checkLifecycle } from './lifecycle.ts';
import { registrySchema, type Registry, type Site } from './schema.ts';

export const REGISTRY_FILE = 'sites.yaml';

/** Loads and checks content/sites.yaml: the schema first, then the rules across sites (S1–S3, D2). */
export function loadRegistry(libraryDir: string, cwd = process.cwd()): {
  registry?: Registry;
  problems: ContentProblem[];
  /** Department logos as rebuilt by the SVG allow-list, by site id: what the banners inline. */
  logos?: Map<string, string>;
} {
  const path = join(libraryDir, REGISTRY_FILE);
  const file = relative(cwd, path);
  if (!existsSync(path)) {
    return {
      problems: [
        {
          rule: 'registry/missing',
          file,
          line: 1,
          column: 1,
          message: '找不到网站登记表 sites.yaml',
          hint: '在内容库根目录创建 sites.yaml，格式见 docs/publisher-guide.md。',
        },
      ],
    };
  }
  const { source, problems } = parseYaml(readFileSync(path, 'utf8'), file);
  if (!source) return { problems };
  const checked = validate(registrySchema, source, 'registry');
  if (!checked.data) return { problems: checked.problems };
  const logos = new Map<string, string>();
  const ruleProblems = checkRegistryRules(checked.data, source, libraryDir, logos);
  return ruleProblems.length ? { problems: ruleProblems } : { registry: checked.data, problems: [], logos };
}

function checkRegistryRules(registry: Registry, source: YamlSource, libraryDir: string, logos: Map<string, string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (i: number, key: string | undefined, rule: string, message: string, hint: string) =>
    problems.push({
      rule,
      file: source.file,
      ...source.at(key ? ['sites', i, key] : ['sites', i]),
      message,
      hint,
    });
  const byId = new Map<string, Site>();
  // A unit with a second site breaks S1; any other repeated value is a plain duplicate.
  const duplicateRule = { id: 'registry/duplicate-id', domain: 'registry/duplicate-domain', siteCode: 'registry/duplicate-site-code', sponsor: 'registry/one-site-per-unit' } as const;
  const seen = { id: new Map<string, number>(), domain: new Map<string, number>(), siteCode: new Map<string, number>(), sponsor: new Map<string, number>() };

  registry.sites.forEach((site, i) => {
    for (const key of ['id', 'domain', 'siteCode', 'sponsor'] as const) {
      const first = seen[key].get(site[key]);
      if (first !== undefined) {
        const rule = duplicateRule[key];
        const message =
          key === 'sponsor'
            ? `主办单位“${site.sponsor}”已开设网站（第 ${first + 1} 个网站），一个单位最多开设一个网站`
            : `${key} “${site[key]}” 与第 ${first + 1} 个网站重复`;
        report(i, key, rule, message, key === 'sponsor' ? '将内容作为栏目并入该单位已有的网站。' : '每个网站的编号、域名和网站标识码都必须唯一。');
      } else seen[key].set(site[key], i);
    }
    byId.set(site.id, site);
  });

  const portals = registry.sites.filter((s) => s.kind === 'city-portal');
  if (portals.length !== 1) {
    problems.push({
      rule: 'registry/city-portal',
      file: source.file,
      ...source.at(['sites']),
      message: `登记表中应有且只有一个市政府门户网站（city-portal），现有 ${portals.length} 个`,
      hint: '把市政府门户网站的 kind 设为 city-portal，其他网站设为 district-portal 或 department。',
    });
  }

  registry.sites.forEach((site, i) => {
    const parent = site.parent ? byId.get(site.parent) : undefined;
    if (site.kind === 'city-portal' && site.parent) {
      report(i, 'parent', 'registry/parent', '市政府门户网站不能有上级网站', '删除 parent 字段。');
    }
    if (site.kind !== 'city-portal') {
      if (!site.parent) {
        report(i, undefined, 'registry/parent', `网站“${site.name}”缺少上级网站 parent`, '区政府门户网站的上级是市政府门户网站；部门网站的上级是本级政府门户网站。');
      } else if (!parent) {
        report(i, 'parent', 'registry/unknown-parent', `上级网站“${site.parent}”不在登记表中`, `parent 应为登记表中某个门户网站的 id，可选：${portalIds(registry).join('、')}。`);
      } else if (parent.kind === 'department') {
        report(i, 'parent', 'registry/parent', '部门网站不能作为其他网站的上级', '上级网站应为政府门户网站（区县和部门内容并入门户网站的栏目）。');
      } else if (site.kind === 'district-portal' && parent.kind !== 'city-portal') {
        report(i, 'parent', 'registry/parent', '区政府门户网站的上级必须是市政府门户网站', `把 parent 改为 ${portals[0]?.id ?? '市政府门户网站的 id'}。`);
      }
    }

    // D2: the national emblem belongs to the portals of people's governments only.
    if (site.kind === 'department' && site.emblem) {
      report(i, 'emblem', 'registry/emblem', `部门网站“${site.name}”不得使用国徽`, '删除 emblem 字段，改用本部门标志：logo: logos/<部门>.svg。');
    }
    if (site.kind !== 'department' && !site.emblem && !site.logo) {
      report(i, undefined, 'registry/emblem-missing', `门户网站“${site.name}”未设置国徽或标志`, '人民政府门户网站填写 emblem: national。');
    }
    if (site.kind === 'department' && !site.logo) {
      report(i, undefined, 'registry/logo-missing', `部门网站“${site.name}”未设置本部门标志`, '把标志文件放到 content/logos/ 下，并填写 logo: logos/<文件名>.svg。');
    }
    if (site.logo) {
      const logo = loadLogo(libraryDir, site.logo);
      if ('rule' in logo) report(i, 'logo', logo.rule, logo.message, logo.hint);
      else logos.set(site.id, logo.svg);
    }

    // S3: domains.
    const domainProblem = checkDomain(site, parent, registry.city.pinyin);
    if (domainProblem) report(i, 'domain', 'registry/domain', domainProblem[0], domainProblem[1]);

    // S2: site identifier codes, by kind; a demo city uses region code 99, which no real site has.
    const isDept = site.siteCode.startsWith('bm');
    if (isDept !== (site.kind === 'department')) {
      report(i, 'siteCode', 'registry/site-code', isDept ? '门户网站的网站标识码应为 10 位数字' : '部门网站的网站标识码应为 bm 加 8 位数字', '以全国政府网站信息报送系统中登记的标识码为准。');
    }
    if (registry.city.demo && !/^(bm)?99/.test(site.siteCode)) {
      report(i, 'siteCode', 'registry/demo-code', '演示城市的网站标识码必须以区划代码 99 开头，以免与真实网站混淆', '例如 9900000001 或 bm99000001。');
    }

    for (const issue of checkLifecycle(site, new Set(byId.keys()))) {
      problems.push({ rule: issue.rule, file: source.file, ...source.at(['sites', i, ...issue.path]), message: issue.message, hint: issue.hint });
    }

    const columnIds = new Set<string>();
    site.columns.forEach((col, c) => {
      if (columnIds.has(col.id)) {
        problems.push({
          rule: 'registry/duplicate-column',
          file: source.file,
          ...source.at(['sites', i, 'columns', c, 'id']),
          message: `网站“${site.name}”中栏目编号“${col.id}”重复`,
          hint: '同一网站内栏目编号必须唯一。',
        });
      }
      columnIds.add(col.id);
    });
  });
  return problems;
}

function portalIds(registry: Registry): string[] {
  return registry.sites.filter((s) => s.kind !== 'department').map((s) => s.id);
}

const label = /^[a-z][a-z0-9-]{0,40}$/;

/** S3: portal www.<pinyin>.gov.cn; department <dept>.<portal base>; only .gov.cn. */
function checkDomain(site: Site, parent: Site | undefined, cityPinyin: string): [string, string] | undefined {
  const d = site.domain;
  if (!d.endsWith('.gov.cn')) return [`域名“${d}”不是 .gov.cn 域名`, '政府网站只能使用 .gov.cn 域名。'];
  const labels = d.slice(0, -'.gov.cn'.length).split('.');
  if (!labels.every((l) => label.test(l))) return [`域名“${d}”含有不允许的字符`, '域名只用小写字母、数字和连字符。'];
  if (site.kind === 'city-portal' && d !== `www.${cityPinyin}.gov.cn`) {
    return [`市政府门户网站域名应为 www.${cityPinyin}.gov.cn，现为“${d}”`, `改为 www.${cityPinyin}.gov.cn。`];
  }
  if (site.kind === 'district-portal' && !(labels.length === 2 && labels[0] === 'www')) {
    return [`区政府门户网站域名应为 www.<区名拼音>.gov.cn，现为“${d}”`, '例如 www.dongqu.gov.cn。'];
  }
  if (site.kind === 'department' && parent) {
    const base = parent.domain.replace(/^www\./, '');
    if (!(d.endsWith(`.${base}`) && d.split('.').length === base.split('.').length + 1)) {
      return [`部门网站域名应为上级门户的子域名 <部门拼音>.${base}，现为“${d}”`, `例如 fgw.${base}。`];
    }
  }
  return undefined;
}
