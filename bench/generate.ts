/**
 * The synthetic city: a registry (city portal, district portals, departments) and items of
 * every type, generated deterministically from a seed. `writeLibrary` writes it as a Jiyue
 * content library (content/sites.yaml + content/items/**.md); hugo.ts writes the same pages
 * for the Hugo reference from the same in-memory model.
 */
import { contentDir } from '@jiyue/content';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as text from './text.ts';
import { Rng, topics, type Voice } from './text.ts';

type ItemType =
  | 'news' | 'notice' | 'policy' | 'interpretation' | 'response' | 'guide'
  | 'info' | 'disclosure' | 'statistics' | 'topic' | 'message' | 'faq';
type Kind = 'city-portal' | 'district-portal' | 'department';

export interface Column { id: string; name: string; type: ItemType }

export interface SiteDef {
  id: string;
  name: string;
  kind: Kind;
  parent?: string;
  /** How the site speaks of itself in text: 市政府, 晴川区政府, 市教育局. */
  short: string;
  scope: string;
  domain: string;
  columns: Column[];
  registry: Record<string, unknown>;
}

export interface Item {
  id: string;
  title: string;
  type: ItemType;
  site: string;
  column: string;
  date: string;
  source: string;
  body: string;
  file: string;
  meta: Record<string, unknown>;
  shownOn?: { site: string; column: string }[];
}

export interface City { sites: SiteDef[]; items: Item[] }

const CITY = '示例市';
const PINYIN = 'shili';

const districtNames: [string, string][] = [
  ['qingchuan', '晴川'], ['minghu', '明湖'], ['dongcheng', '东城'], ['xishan', '西山'], ['nanling', '南岭'],
  ['beitang', '北塘'], ['qingshi', '青石'], ['baisha', '白沙'], ['jinxi', '金溪'], ['yuntai', '云台'],
  ['songlin', '松林'], ['lanjiang', '澜江'],
];
const departments: [string, string, string][] = [
  ['fgw', '发展和改革委员会', '市发展改革委'], ['rsj', '人力资源和社会保障局', '市人社局'], ['jyj', '教育局', '市教育局'],
  ['czj', '财政局', '市财政局'], ['mzj', '民政局', '市民政局'], ['zrzyj', '自然资源和规划局', '市自然资源规划局'],
  ['sthjj', '生态环境局', '市生态环境局'], ['zjj', '住房和城乡建设局', '市住建局'], ['jtysj', '交通运输局', '市交通运输局'],
  ['nyncj', '农业农村局', '市农业农村局'], ['swj', '商务局', '市商务局'], ['wglj', '文化广电旅游局', '市文广旅局'],
  ['wjw', '卫生健康委员会', '市卫健委'], ['yjglj', '应急管理局', '市应急局'], ['scjgj', '市场监督管理局', '市市场监管局'],
  ['tjj', '统计局', '市统计局'], ['ybj', '医疗保障局', '市医保局'], ['kjj', '科学技术局', '市科技局'],
  ['gxj', '工业和信息化局', '市工信局'], ['sfj', '司法局', '市司法局'],
];
/** Extra two-character place names, for cities larger than the lists above. */
const syllables = '东西南北中青白金云松兰安平宁和丰华新永长';
const extraName = (i: number) => syllables[i % syllables.length]! + syllables[Math.floor(i / syllables.length) % syllables.length]! + '湾';

const col = (id: string, name: string, type: ItemType): Column => ({ id, name, type });

/** How often each kind of column receives a new item. */
const typeWeights: Record<ItemType, number> = {
  news: 30, notice: 12, policy: 9, interpretation: 4, response: 2, guide: 12,
  info: 0.5, disclosure: 1.5, statistics: 3, topic: 1, message: 8, faq: 6,
};
const idPrefix: Record<ItemType, string> = {
  news: 'news', notice: 'notice', policy: 'policy', interpretation: 'interp', response: 'resp', guide: 'guide',
  info: 'info', disclosure: 'gk', statistics: 'stat', topic: 'topic', message: 'msg', faq: 'faq',
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function makeSites(count: number, rng: Rng): SiteDef[] {
  const nDistricts = Math.min(Math.round((count - 1) * 0.35), count - 1);
  const nDepartments = count - 1 - nDistricts;
  const themes = ['red', 'blue', 'teal'];
  const person = () => text.fakeName(rng);
  const roster = () => ({ editors: [person(), person()], reviewers: [person()], approvers: [person()] });
  const sites: SiteDef[] = [];
  const add = (s: Omit<SiteDef, 'registry'>, k: number, extra: Record<string, unknown>) => {
    const isDept = s.kind === 'department';
    const g = sites.length; // unique across all sites, unlike k (the index within a kind)
    const siteCode = isDept ? `bm99${pad(100 + k, 6)}` : `99${pad(k, 4)}0001`;
    const recordcode = `99${pad(g, 4)}02${pad(g + 1, 6)}`;
    const name = s.name;
    sites.push({
      ...s,
      registry: {
        id: s.id, name, kind: s.kind, ...(s.parent ? { parent: s.parent } : {}), domain: s.domain,
        chineseDomain: `${name.startsWith(CITY) && s.kind === 'district-portal' ? name.slice(CITY.length) : name}.政务`,
        siteCode, icp: isDept ? `演ICP备99000001号-${k + 1}` : `演ICP备${99000001 + g * 10}号`,
        police: { number: `演公网安备${recordcode}号`, recordcode },
        sponsor: isDept ? name : `${name}办公室`,
        operator: isDept ? `${name}办公室` : `${name.replace('人民政府', '')}大数据管理局`,
        contact: { phone: `0999-${pad(12340000 + g * 1111, 8)}`, email: `web${g}@${PINYIN}.gov.cn` },
        partyGovLabel: `990000${pad(g, 5)}`,
        ...extra,
        theme: themes[g % themes.length],
        roster: roster(),
        columns: s.columns,
      },
    });
  };

  add({
    id: 'city', name: `${CITY}人民政府`, kind: 'city-portal', short: '市政府', scope: '市', domain: `www.${PINYIN}.gov.cn`,
    columns: [
      col('news', '政务要闻', 'news'), col('district-news', '区县动态', 'news'), col('notices', '通知公告', 'notice'),
      col('policies', '政策文件', 'policy'), col('interpretations', '政策解读', 'interpretation'), col('responses', '回应关切', 'response'),
      col('guides', '办事指南', 'guide'), col('about', '市情概况', 'info'), col('disclosure', '政府信息公开', 'disclosure'),
      col('statistics', '统计数据', 'statistics'), col('topics', '专题专栏', 'topic'), col('messages', '留言答复', 'message'),
      col('faq', '知识库', 'faq'),
    ],
  }, 0, { emblem: 'national' });

  for (let i = 0; i < nDistricts; i++) {
    const [id, cn] = districtNames[i] ?? [`district-${i + 1}`, extraName(i)];
    add({
      id, name: `${CITY}${cn}区人民政府`, kind: 'district-portal', parent: 'city', short: `${cn}区政府`, scope: '区',
      domain: `www.${id}.gov.cn`,
      columns: [
        col('news', `${cn}要闻`, 'news'), col('city-news', '市级动态', 'news'), col('notices', '通知公告', 'notice'),
        col('policies', '政策文件', 'policy'), col('interpretations', '政策解读', 'interpretation'), col('guides', '办事指南', 'guide'),
        col('about', '区情概况', 'info'), col('messages', '留言答复', 'message'), col('faq', '知识库', 'faq'),
      ],
    }, i + 1, { emblem: 'national' });
  }

  for (let j = 0; j < nDepartments; j++) {
    const [id, cn, short] = departments[j] ?? [`dept-${j + 1}`, `${extraName(j)}事务管理局`, `市${extraName(j)}局`];
    const optional = rng.sample([
      col('interpretations', '政策解读', 'interpretation'), col('guides', '办事指南', 'guide'),
      col('statistics', '统计数据', 'statistics'), col('responses', '回应关切', 'response'), col('faq', '知识库', 'faq'),
    ], rng.int(2, 3));
    add({
      id, name: `${CITY}${cn}`, kind: 'department', parent: 'city', short, scope: '市', domain: `${id}.${PINYIN}.gov.cn`,
      columns: [
        col('news', '工作动态', 'news'), col('notices', '通知公告', 'notice'), col('policies', '政策文件', 'policy'),
        ...optional, col('about', '机构职能', 'info'), col('disclosure', '信息公开', 'disclosure'),
      ],
    }, j + 1, { logo: `logos/${id}.svg` });
  }
  return sites;
}

const randomDate = (rng: Rng): string => {
  const day = new Date(Date.UTC(2023, 0, 1) + rng.int(0, 1399) * 86_400_000).toISOString().slice(0, 10);
  return `${day} ${pad(rng.int(8, 19), 2)}:${pad(rng.int(0, 5) * 10, 2)}`;
};
const hoursAfter = (date: string, n: number) => {
  const t = new Date(Date.parse(`${date.replace(' ', 'T')}:00Z`) + n * 3_600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
};
const daysBefore = (date: string, n: number) =>
  new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

const policyTopics = ['综合政务/其他', '国民经济管理、国有资产监管/发展规划', '城乡建设、环境保护/城市规划', '劳动、人事、监察/就业', '科技、教育/教育', '卫生、体育/卫生', '民政、扶贫、救灾/社会福利'];
const laws = ['《中华人民共和国社会保险法》', '《中华人民共和国行政许可法》', '《优化营商环境条例》', '《社会救助暂行办法》', '《中华人民共和国食品安全法》'];
const materials = ['居民身份证原件', '申请表', '营业执照副本', '法定代表人授权委托书', '相关证明材料', '户口簿', '社会保障卡', '场所使用证明'];

export interface GenerateOptions { sites: number; items: number; seed: number }

/** The whole city, in memory. */
export function generateCity(o: GenerateOptions): City {
  const rng = new Rng(o.seed);
  const sites = makeSites(o.sites, rng);
  const byId = new Map(sites.map((s) => [s.id, s]));
  const nDistricts = sites.filter((s) => s.kind === 'district-portal').length;
  const nDepartments = sites.length - 1 - nDistricts;
  // A quarter of the items belong to the city portal, the rest to districts and departments.
  const siteWeights: Record<string, number> = { city: 0.25 * (nDistricts + nDepartments ? 1 : 4) };
  for (const s of sites) {
    if (s.kind === 'district-portal') siteWeights[s.id] = (nDepartments ? 0.35 : 0.75) / nDistricts;
    if (s.kind === 'department') siteWeights[s.id] = (nDistricts ? 0.4 : 0.75) / nDepartments;
  }

  const items: Item[] = [];
  const policies: Item[] = [];
  const cityNews: Item[] = [];
  for (let n = 0; n < o.items; n++) {
    // The very first item is a city policy, so every interpretation has something to interpret.
    const site = n === 0 ? byId.get('city')! : byId.get(rng.weighted(siteWeights))!;
    // Columns that only gather items of other sites (市级动态, 区县动态) get none of their own.
    const columnId = n === 0 ? 'policies' : rng.weighted(Object.fromEntries(site.columns.map((c) => [c.id, c.id.endsWith('-news') ? 0 : typeWeights[c.type]])));
    const column = site.columns.find((c) => c.id === columnId)!;
    const type = column.type;
    // A district reprints some city news, a few hours after the original (within the 12-hour rule).
    const original = type === 'news' && site.kind === 'district-portal' && cityNews.length && rng.chance(0.03) ? rng.pick(cityNews) : undefined;
    const date = original ? hoursAfter(original.date, rng.int(1, 10)) : randomDate(rng);
    const year = Number(date.slice(0, 4));
    const id = `${site.id}-${idPrefix[type]}-${year}-${pad(n + 1, 5)}`;
    const topic = rng.pick(topics);
    const v: Voice = { org: site.name, short: site.short, scope: site.scope, topic };
    const roster = (site.registry.roster as { editors: string[]; reviewers: string[]; approvers: string[] });
    const meta: Record<string, unknown> = {};
    let source = site.kind === 'department' ? site.name : `${site.name}办公室`;
    let title = '';
    let body = '';
    switch (type) {
      case 'news':
        title = rng.pick([`${site.short}召开${topic}工作推进会`, `${rng.pick(text.leaders)}调研${topic}工作`, `${site.short}部署${year}年${topic}重点任务`, `全${site.scope}${topic}工作取得阶段性成效`]);
        body = text.newsBody(rng, v, date);
        if (original) {
          meta.reprintOf = original.id;
          title = original.title;
          source = original.source; // a reprint names the original's source
        }
        break;
      case 'notice':
        title = rng.pick([`关于开展${year}年${topic}专项检查的通知`, `关于做好${topic}有关工作的通知`, `关于${year}年${topic}项目申报的公告`]);
        body = text.genericBody(rng, v);
        if (rng.chance(0.3)) meta.attachments = [{ title: `${topic}申报表`, file: `files/attachments/att-${pad(rng.int(1, 40), 2)}.pdf` }];
        break;
      case 'policy': {
        const seq = rng.int(1, 60);
        title = `${site.name}关于印发《${site.kind === 'department' ? '' : CITY}${topic}实施方案（${year}—${year + 2}年）》的通知`;
        body = text.policyBody(rng, v);
        const prefix = site.kind === 'city-portal' ? '示政发' : site.kind === 'district-portal' ? `示${site.short[0]}政发` : `示${site.short.slice(1, 3)}发`;
        meta.policy = {
          docNumber: `${prefix}〔${year}〕${seq}号`,
          indexNumber: `${String(site.registry.siteCode).replace('bm', '').slice(0, 6)}/${year}-${pad(n + 1, 5)}`,
          issuer: site.name,
          writtenDate: daysBefore(date, rng.int(1, 10)),
          topic: `${rng.pick(policyTopics)}`,
          validity: rng.weighted({ 有效: 90, 失效: 7, 废止: 3 }),
          important: false, // set below for the policies that have an interpretation
        };
        break;
      }
      case 'interpretation': {
        const policy = rng.pick(policies.filter((p) => p.site === site.id).length ? policies.filter((p) => p.site === site.id) : policies);
        meta.interprets = policy.id;
        title = `《${policy.title.split('《')[1]!.split('》')[0]}》政策解读`;
        body = text.interpretationBody(rng, v);
        break;
      }
      case 'guide':
        title = `${text.serviceName(rng)}${rng.chance(0.3) ? `（${site.short}）` : ''}`;
        body = text.guideBody(rng, v);
        meta.guide = {
          basis: `${rng.pick(laws)}第${rng.int(2, 60)}条`,
          conditions: `在本${site.scope}办理相关事项、符合法定条件的申请人`,
          materials: rng.sample(materials, rng.int(2, 4)),
          procedure: '网上申请或窗口提交材料 → 受理审核 → 办结并告知结果',
          timeLimit: rng.pick(['即时办结', '3个工作日', '5个工作日', '10个工作日', '20个工作日']),
          fees: '不收费',
          office: `${site.name}政务服务窗口`,
          contact: `0999-${pad(rng.int(1000000, 9999999), 8)}`,
          onlineLevel: rng.pick(['一级', '二级', '三级', '四级']),
          ...(rng.chance(0.4) ? { forms: [{ title: `${topic}申请表`, file: `files/forms/form-${pad(rng.int(1, 30), 2)}.pdf` }] } : {}),
        };
        break;
      case 'message':
        title = `关于${topic}的咨询`;
        body = text.messageBody(rng, v);
        meta.message = { received: daysBefore(date, rng.int(5, 15)), replied: daysBefore(date, rng.int(0, 4)), department: site.name };
        break;
      case 'statistics':
        title = `${year}年${rng.int(1, 12)}月全${site.scope}主要经济指标运行情况`;
        body = text.statisticsBody(rng, v);
        break;
      case 'faq':
        title = `${topic}相关事项如何办理？`;
        body = text.faqBody(rng, v);
        break;
      case 'response':
        title = `关于网传“${topic}新规”的情况说明`;
        body = text.genericBody(rng, v);
        break;
      case 'info':
        title = `${site.name}${rng.pick(['机构职能', '领导信息', '内设机构', '概况'])}`;
        body = text.genericBody(rng, v);
        break;
      case 'disclosure':
        title = `${site.name}${year}年政府信息公开工作年度报告`;
        body = text.genericBody(rng, v);
        break;
      case 'topic':
        title = `${topic}专题`;
        body = text.genericBody(rng, v);
        break;
    }
    if (year === 2023 && rng.chance(0.2)) meta.archived = { date: '2025-01-01' };
    meta.signoff = { editor: rng.pick(roster.editors), reviewer: rng.pick(roster.reviewers), approver: rng.pick(roster.approvers) };
    const item: Item = {
      id, title, type, site: site.id, column: column.id, date, body, meta,
      source,
      file: `items/${site.id}/${column.id}/${id}.md`,
      shownOn: shownOn(rng, site, type, sites),
    };
    items.push(item);
    if (type === 'policy') policies.push(item);
    if (site.id === 'city' && column.id === 'news') cityNews.push(item);
  }
  // An important policy must come with its interpretation (inspector rule crossref/uninterpreted-policy).
  const interpreted = new Set(items.map((i) => i.meta.interprets));
  for (const p of policies) (p.meta.policy as { important: boolean }).important = interpreted.has(p.id);
  return { sites, items };
}

/** C1: some items also appear on other sites (city news on districts, department files on the portal). */
function shownOn(rng: Rng, site: SiteDef, type: ItemType, sites: SiteDef[]): Item['shownOn'] {
  const columnOf = (s: SiteDef) => (site.kind === 'city-portal' && type === 'news' ? s.columns.find((c) => c.id === 'city-news') : s.columns.find((c) => c.type === type));
  let targets: SiteDef[] = [];
  if (site.kind === 'city-portal' && ['news', 'policy', 'guide'].includes(type) && rng.chance(0.12)) {
    targets = rng.sample(sites.filter((s) => s.kind === 'district-portal'), rng.int(1, 3));
  } else if (site.kind === 'department' && ['policy', 'guide', 'notice'].includes(type) && rng.chance(0.15)) {
    targets = sites.filter((s) => s.kind === 'city-portal');
  } else if (site.kind === 'district-portal' && type === 'news' && rng.chance(0.05)) {
    targets = sites.filter((s) => s.kind === 'city-portal');
  }
  const out = targets.flatMap((s) => {
    const c = site.kind === 'district-portal' ? s.columns.find((x) => x.id === 'district-news') : columnOf(s);
    return c ? [{ site: s.id, column: c.id }] : [];
  });
  return out.length ? out : undefined;
}

/** YAML with JSON-quoted scalars: maps as blocks, lists of flat maps one per line. */
function yaml(value: Record<string, unknown>, indent = ''): string {
  const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const flat = (v: Record<string, unknown>) => Object.values(v).every((x) => !isMap(x) && !Array.isArray(x));
  return Object.entries(value)
    .map(([k, v]) => {
      if (isMap(v)) return `${indent}${k}:\n${yaml(v, `${indent}  `)}`;
      if (Array.isArray(v) && v.some(isMap)) {
        const entry = (x: Record<string, unknown>) => (flat(x) ? JSON.stringify(x) : yaml(x, `${indent}    `).trimStart());
        return `${indent}${k}:\n${v.map((x) => `${indent}  - ${entry(x)}`).join('\n')}`;
      }
      return `${indent}${k}: ${JSON.stringify(v)}`;
    })
    .join('\n');
}

export function itemMarkdown(item: Item): string {
  const front = {
    id: item.id, title: item.title, type: item.type, site: item.site, column: item.column,
    date: item.date, source: item.source, ...item.meta, ...(item.shownOn ? { shownOn: item.shownOn } : {}),
  };
  return `---\n${yaml(front)}\n---\n\n${item.body}\n`;
}

/** Writes <root>/content: sites.yaml, items, department logos, attachment files and the repo's library configuration. */
export function writeLibrary(root: string, city: City, mainRoot: string): void {
  const content = contentDir(root);
  const registry = { city: { name: CITY, pinyin: PINYIN, demo: true }, sites: city.sites.map((s) => s.registry) };
  mkdirSync(content, { recursive: true });
  writeFileSync(join(content, 'sites.yaml'), `# Synthetic benchmark city (bench/generate.ts); region code 99 is fictional.\n${yaml(registry)}\n`);

  // The library's own configuration (inspector rules, search synonyms, emblem slot, ...) as in the repo.
  for (const entry of readdirSync(contentDir(mainRoot))) {
    if (!['items', 'files', 'logos', 'sites.yaml'].includes(entry)) cpSync(join(mainRoot, 'content', entry), join(content, entry), { recursive: true });
  }

  const logos = ['fgw.svg', 'rsj.svg'].map((f) => readFileSync(join(mainRoot, 'content/logos', f), 'utf8'));
  mkdirSync(join(content, 'logos'), { recursive: true });
  city.sites.filter((s) => s.registry.logo).forEach((s, i) => {
    const svg = logos[i % logos.length]!.replace(/aria-label="[^"]*"/, `aria-label="${s.name}标志（演示）"`);
    writeFileSync(join(content, `logos/${s.id}.svg`), svg);
  });

  const pdf = join(mainRoot, 'content/files/forms/lhjy-canbao-dengjibiao.pdf');
  for (const [dir, name, count] of [['forms', 'form', 30], ['attachments', 'att', 40]] as const) {
    mkdirSync(join(content, 'files', dir), { recursive: true });
    for (let i = 1; i <= count; i++) copyFileSync(pdf, join(content, 'files', dir, `${name}-${pad(i, 2)}.pdf`));
  }

  const dirs = new Set<string>();
  for (const item of city.items) {
    const path = join(content, item.file);
    const dir = path.slice(0, path.lastIndexOf('/'));
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    writeFileSync(path, itemMarkdown(item));
  }
}
